import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { notificationDelivery } from '../src/core/db/schema';
import { notify } from '../src/core/notifications/notify';
import { sendDueDeliveries } from '../src/core/notifications/deliveries';
import { buildChannels } from '../src/core/notifications/channels';
import type { DeliveryConfig } from '../src/core/notifications/channel-config';
import { ConfigError, loadConfig } from '../src/config';
import { ENGINES, freshDatabase, type TestDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { startOpenApi, startSmtp } from './support/channel-servers';

/** A local port nothing listens on (a server opened and closed again). */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('channel configuration', () => {
  it('absent: off; half configured or malformed: a Chinese error at start', () => {
    expect(loadConfig({}).delivery).toMatchObject({ email: null, wecom: null, dingtalk: null, digestTime: '08:30', quietStart: '22:00', quietEnd: '07:30' });
    expect(() => loadConfig({ WECOM_CORP_ID: 'ww1' })).toThrow(ConfigError);
    expect(() => loadConfig({ WECOM_CORP_ID: 'ww1' })).toThrow(/企业微信配置不完整.*缺少 WECOM_AGENT_ID、WECOM_SECRET/);
    expect(() => loadConfig({ WECOM_CORP_ID: 'ww1', WECOM_AGENT_ID: 'abc', WECOM_SECRET: 's' })).toThrow(/WECOM_AGENT_ID 应为/);
    expect(() => loadConfig({ DINGTALK_APP_KEY: 'k', DINGTALK_APP_SECRET: 's', DINGTALK_AGENT_ID: '1', DINGTALK_BASE_URL: 'ftp://x' })).toThrow(/DINGTALK_BASE_URL 应为 http/);
    expect(() => loadConfig({ SMTP_HOST: 'mail' })).toThrow(/缺少 SMTP_FROM/);
    expect(() => loadConfig({ SMTP_HOST: 'mail', SMTP_FROM: 'x', })).toThrow(/SMTP_FROM 应为发件地址/);
    expect(() => loadConfig({ NOTIFY_QUIET_HOURS: '22-7' })).toThrow(/NOTIFY_QUIET_HOURS 应写作/);
    expect(loadConfig({ SMTP_HOST: 'mail', SMTP_FROM: '干部系统 <noreply@example.edu.cn>' }).delivery.email).toMatchObject({ port: 587, secure: false });
    expect(loadConfig({ WECOM_CORP_ID: 'ww1', WECOM_AGENT_ID: '1000002', WECOM_SECRET: 's' }).delivery.wecom?.baseUrl).toBe('https://qyapi.weixin.qq.com');
  });
});

describe.each(ENGINES)('delivery through outside channels (%s)', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let staff: Client;
  let me: { personId: number; institutionId: number };
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let wecom: Awaited<ReturnType<typeof startOpenApi>>;
  let dingtalk: Awaited<ReturnType<typeof startOpenApi>>;
  let delivery: Pick<DeliveryConfig, 'email' | 'wecom' | 'dingtalk'>;

  beforeAll(async () => {
    [smtp, wecom, dingtalk] = await Promise.all([startSmtp(['nobody@example.edu.cn']), startOpenApi('wecom'), startOpenApi('dingtalk')]);
    delivery = {
      email: { host: '127.0.0.1', port: smtp.port, secure: false, user: null, pass: null, from: '干部管理监督平台 <noreply@example.edu.cn>' },
      wecom: { corpId: 'ww-test', agentId: 1000002, secret: 'wecom-secret', baseUrl: wecom.url },
      dingtalk: { appKey: 'ding-key', appSecret: 'ding-secret', agentId: 2000003, baseUrl: dingtalk.url },
    };
    database = await freshDatabase(engine);
    app = (await testApp(database, { delivery })).app;
    staff = await signIn(app, 'wj.staff');
    const who = (await staff.get('/api/auth/me')).json();
    me = { personId: who.personId, institutionId: who.institution.id };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await Promise.all([smtp?.close(), wecom?.close(), dingtalk?.close()]);
  });

  const rows = (ids: number[]) => database.db.select().from(notificationDelivery).where(inArray(notificationDelivery.notificationId, ids));
  const notice = (title: string, urgent: boolean) => notify(database.db, { institutionId: me.institutionId, recipientPersonId: me.personId, kind: 'talk_reminder', title, body: `${title}，请及时办理`, link: '/talks', citation: 'scitc-2025 附件1 第十一条', urgent, createdBy: 0 });

  it('a person chooses channels, addresses, digest time and quiet hours on their own settings', async () => {
    const before = await staff.get('/api/me/notification-preferences');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().custom).toBe(false);
    // by default: every configured channel the person can be reached on (企业微信/钉钉 by 工号; no e-mail address yet)
    expect(before.json().channels.filter((c: { enabled: boolean }) => c.enabled).map((c: { channel: string }) => c.channel)).toEqual(['wecom', 'dingtalk']);
    const bad = await staff.put('/api/me/notification-preferences', { channels: ['email'], email: null, digestTime: '8点' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/HH:MM|电子邮箱/);
    const noMail = await staff.put('/api/me/notification-preferences', { channels: ['email'], email: null });
    expect(noMail.json().error.message).toBe('选择电子邮件时须填写电子邮箱');
    const ok = await staff.put('/api/me/notification-preferences', { channels: ['email', 'wecom', 'dingtalk'], email: 'wang@example.edu.cn', wecomUserId: 'WangWei', dingtalkUserId: null, digestTime: '08:30', quietStart: '00:00', quietEnd: '00:00' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ custom: true, email: 'wang@example.edu.cn', timing: { digestTime: '08:30', quietStart: '00:00', quietEnd: '00:00' } });
    expect(ok.json().channels.map((c: { address: string | null }) => c.address)).toEqual(['wang@example.edu.cn', 'WangWei', ok.json().staffNo]);
  });

  it('an urgent notice goes at once on each channel; an expired token is fetched again, a rate limit is retried later', async () => {
    const id = (await notice('谈话提醒：尚有 2 人未谈', true))!;
    const queued = await rows([id]);
    expect(queued.map((r) => [r.channel, r.status]).sort()).toEqual([['dingtalk', 'pending'], ['email', 'pending'], ['wecom', 'pending']]);
    // WeCom: the server replaced its token after our first fetch; DingTalk: rate limited once.
    const first = await sendDueDeliveries(database.db, buildChannels(delivery), { now: Date.now(), origin: 'https://cadre.example.edu.cn' });
    expect(first.sent).toBe(3);
    expect(wecom.tokenRequests()).toHaveLength(1);
    // then the servers replace the token we hold (expired), and DingTalk limits the rate once
    wecom.rotateToken();
    dingtalk.answers.push({ errcode: 90018, errmsg: '当前企业调用该接口的QPS已达到上限' });
    const again = (await notice('审批等待您处理', true))!;
    const now = Date.now();
    const r1 = await sendDueDeliveries(database.db, buildChannels(delivery), { now, origin: 'https://cadre.example.edu.cn' });
    expect(r1.retrying).toBe(1);
    const after = await rows([id, again]);
    const byKey = new Map(after.map((r) => [`${r.notificationId}:${r.channel}`, r]));
    expect(byKey.get(`${again}:wecom`)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    const limited = byKey.get(`${again}:dingtalk`)!;
    expect(limited).toMatchObject({ status: 'pending', attempts: 1 });
    expect(limited.lastError).toContain('钉钉接口调用频率超限');
    expect(limited.nextAttemptAt.getTime()).toBe(now + 60_000);
    expect(byKey.get(`${again}:email`)).toMatchObject({ status: 'sent' });

    // what the adapters sent, as the documented endpoints take it
    const wecomSend = wecom.sends().at(-1)!;
    expect(wecomSend.body).toMatchObject({ touser: 'WangWei', msgtype: 'textcard', agentid: 1000002, textcard: { title: '审批等待您处理', url: 'https://cadre.example.edu.cn/talks' } });
    expect(wecom.tokenRequests().at(-1)!.query.get('corpsecret')).toBe('wecom-secret');
    // the send with the old token was answered 42001; a new token was fetched once and the send repeated with it
    expect(wecom.tokenRequests()).toHaveLength(2);
    expect(wecom.sends().slice(-2).map((x) => x.query.get('access_token'))).toEqual(['token-1', 'token-3']);

    // after the backoff the rate-limited one goes
    const r2 = await sendDueDeliveries(database.db, buildChannels(delivery), { now: now + 60_000 });
    expect(r2.sent).toBe(1);
    const [ding] = await database.db.select().from(notificationDelivery).where(and(eq(notificationDelivery.notificationId, again), eq(notificationDelivery.channel, 'dingtalk')));
    expect(ding).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const dingSend = dingtalk.sends().at(-1)!;
    expect(dingSend.body).toMatchObject({ agent_id: 2000003, userid_list: (await staff.get('/api/me/notification-preferences')).json().staffNo });
    expect(dingtalk.tokenRequests()[0].query.get('appkey')).toBe('ding-key');

    const mail = smtp.mails.find((m) => m.subject === '审批等待您处理')!;
    expect(mail).toBeDefined();
    expect((mail.to as { value: { address: string }[] }).value[0].address).toBe('wang@example.edu.cn');
    expect(mail.text).toContain('审批等待您处理，请及时办理');
    expect(mail.text).toContain('依据：scitc-2025 附件1 第十一条');
    expect(mail.from?.text).toContain('noreply@example.edu.cn');
  });

  it('notices that can wait go in one digest per person at the digest time', async () => {
    const a = (await notice('谈话提醒：张三', false))!;
    const b = (await notice('谈话提醒：李四', false))!;
    const queued = await rows([a, b]);
    expect(queued.every((r) => r.status === 'pending')).toBe(true);
    const due = queued[0].nextAttemptAt.getTime();
    expect(due).toBeGreaterThan(Date.now() - 1000);
    // nothing before the digest time
    const early = await sendDueDeliveries(database.db, buildChannels(delivery), { now: due - 1000 });
    expect(early.sent + early.digested).toBe(0);
    const mailsBefore = smtp.mails.length;
    const r = await sendDueDeliveries(database.db, buildChannels(delivery), { now: due });
    expect(r.digested).toBe(6);
    const digests = smtp.mails.slice(mailsBefore);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('干部管理监督平台每日提醒（2 条）');
    expect(digests[0].text).toContain('1. 谈话提醒：张三');
    expect(digests[0].text).toContain('2. 谈话提醒：李四');
    expect((await rows([a, b])).every((x) => x.status === 'digested' && x.sentAt !== null)).toBe(true);
  });

  it('nothing goes out during the recipient\'s quiet hours: an urgent notice waits for their end', async () => {
    const set = await staff.put('/api/me/notification-preferences', { channels: ['email'], email: 'wang@example.edu.cn', quietStart: '22:00', quietEnd: '07:30' });
    expect(set.statusCode, set.body).toBe(200);
    const id = (await notice('夜间的紧急提醒', true))!;
    const [row] = await rows([id]);
    // a moment at 23:00 China time after the delivery became due
    const day = 24 * 3600_000;
    const at23 = Math.ceil((row.nextAttemptAt.getTime() + 8 * 3600_000) / day) * day - 8 * 3600_000 + 23 * 3600_000;
    const mails = smtp.mails.length;
    const r = await sendDueDeliveries(database.db, buildChannels(delivery), { now: at23 });
    expect(r.deferred).toBe(1);
    expect(smtp.mails.length).toBe(mails);
    const [waiting] = await rows([id]);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0 });
    expect(waiting.nextAttemptAt.getTime()).toBe(at23 + 8.5 * 3600_000);
    await sendDueDeliveries(database.db, buildChannels(delivery), { now: at23 + 8.5 * 3600_000 });
    expect((await rows([id]))[0].status).toBe('sent');
    expect(smtp.mails.at(-1)!.subject).toBe('夜间的紧急提醒');
    // back to all three channels without quiet hours for the tests that follow
    await staff.put('/api/me/notification-preferences', { channels: ['email', 'wecom', 'dingtalk'], email: 'wang@example.edu.cn', wecomUserId: 'WangWei', quietStart: '00:00', quietEnd: '00:00' });
  });

  it('a channel outage never fails the command: deliveries queue and go when it is back; an unknown user fails for good', async () => {
    const closed = await closedPort();
    const down = buildChannels({ email: { ...delivery.email!, port: closed }, wecom: { ...delivery.wecom!, baseUrl: `http://127.0.0.1:${closed}` }, dingtalk: null });
    const id = (await notice('逾期提醒', true))!;
    const now = Date.now();
    const r = await sendDueDeliveries(database.db, down, { now });
    expect(r.retrying).toBe(2);
    let got = await rows([id]);
    const email = got.find((x) => x.channel === 'email')!;
    expect(email.status).toBe('pending');
    expect(email.lastError).toMatch(new RegExp(`邮件服务器 127\\.0\\.0\\.1:${closed} 无法连接`));
    expect(got.find((x) => x.channel === 'wecom')!.lastError).toContain(`企业微信服务器 127.0.0.1:${closed} 无法连接（ECONNREFUSED）`);
    expect(got.find((x) => x.channel === 'dingtalk')!.lastError).toMatch(/钉钉未配置/);
    // back up: sent after the backoff, nothing lost
    await sendDueDeliveries(database.db, buildChannels(delivery), { now: now + 60_000 });
    got = await rows([id]);
    expect(got.find((x) => x.channel === 'email')).toMatchObject({ status: 'sent', attempts: 2 });
    expect(got.find((x) => x.channel === 'wecom')).toMatchObject({ status: 'sent', attempts: 2 });

    wecom.answers.push({ errcode: 81013, errmsg: 'user & party & tag all invalid' });
    const lost = (await notice('查无此人', true))!;
    await sendDueDeliveries(database.db, buildChannels(delivery), { now: now + 120_000 });
    const [w] = (await rows([lost])).filter((x) => x.channel === 'wecom');
    expect(w.status).toBe('failed');
    expect(w.lastError).toContain('企业微信中没有此成员（userid WangWei');
  });

  it('the delivery log: the organization department sees its reminders with Chinese status and error; the system administrator sees all without content', async () => {
    const org = await signIn(app, 'wj.org');
    const log = await org.get('/api/notification-deliveries');
    expect(log.statusCode, log.body).toBe(200);
    const items = log.json().items as { title: string; statusLabel: string; channelLabel: string; lastError: string | null }[];
    expect(items.some((i) => i.title === '查无此人' && i.statusLabel === '失败' && i.channelLabel === '企业微信' && i.lastError?.includes('没有此成员'))).toBe(true);
    expect(items.some((i) => i.statusLabel === '已合并入摘要')).toBe(true);
    expect(log.json().counts.failed).toBeGreaterThanOrEqual(1);
    const failedOnly = await org.get('/api/notification-deliveries?status=failed');
    expect(failedOnly.json().items.every((i: { status: string }) => i.status === 'failed')).toBe(true);
    expect((await org.get('/api/notification-deliveries?status=lost')).statusCode).toBe(400);
    const admin = await signIn(app, 'wj.sysadmin');
    const all = await admin.get('/api/notification-deliveries');
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(log.json().total);
    expect(all.json().items.every((i: { title: string | null }) => i.title === null)).toBe(true);
    expect((await staff.get('/api/notification-deliveries')).statusCode).toBe(403);
  });

  it('the system administrator sends a test message through each channel and gets a Chinese error for a channel that is off', async () => {
    const admin = await signIn(app, 'wj.sysadmin');
    const channels = await admin.get('/api/notification-channels');
    expect(channels.json().map((c: { configured: boolean }) => c.configured)).toEqual([true, true, true, true]);
    const w = await admin.post('/api/notification-channels/wecom/test', { recipient: 'WangWei' });
    expect(w.json(), w.body).toEqual({ ok: true, message: '已通过企业微信发送测试消息给 WangWei' });
    const m = await admin.post('/api/notification-channels/email/test', { recipient: 'test@example.edu.cn' });
    expect(m.json().ok).toBe(true);
    expect(smtp.mails.at(-1)!.subject).toBe('干部管理监督平台测试消息');
    const refused = await admin.post('/api/notification-channels/email/test', { recipient: 'nobody@example.edu.cn' });
    expect(refused.json().ok).toBe(false);
    expect(refused.json().message).toMatch(/电子邮件测试消息发送失败：邮件服务器拒收/);
    expect((await staff.post('/api/notification-channels/email/test', { recipient: 'a@b.c' })).statusCode).toBe(403);

    const bare = (await testApp(database, { delivery: { email: null, wecom: null, dingtalk: null } })).app;
    try {
      const a2 = await signIn(bare, 'wj.sysadmin');
      const off = await a2.post('/api/notification-channels/dingtalk/test', { recipient: 'x' });
      expect(off.statusCode).toBe(400);
      expect(off.json().error.message).toBe('钉钉未配置：请设置 DINGTALK_APP_KEY、DINGTALK_APP_SECRET、DINGTALK_AGENT_ID（可选 DINGTALK_BASE_URL） 后重启服务（见 README 通知渠道）');
      const unknown = await a2.post('/api/notification-channels/fax/test', { recipient: 'x' });
      expect(unknown.statusCode).toBe(400);
    } finally {
      await bare.close();
    }
  });
});
