/**
 * Screenshots of the bell updating live, 我的通知设置 and 通知发送 at desktop and phone sizes (issue 22):
 * `npx tsx scripts/shots-notifications.ts <out-dir>` after building the web app. Runs its own PGlite database, a
 * local SMTP server, and a 企业微信 address that is down, so the delivery log shows each status.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from 'playwright-core';
import { migrateOnPglite, wrapPglite } from '../src/core/db/connection';
import { loadAllPacks } from '../src/core/policy/pack-loader';
import { seedDemoIfEmpty } from '../src/demo/seed';
import { COLLEGES } from '../src/demo/colleges';
import { buildApp } from '../src/app';
import { loadConfig, repoRoot } from '../src/config';
import { notify } from '../src/core/notifications/notify';
import { sendDueDeliveries } from '../src/core/notifications/deliveries';
import { buildChannels } from '../src/core/notifications/channels';
import { createJobRunner } from '../src/core/jobs/runner';
import { registerDailyJob, registeredJobs } from '../src/core/jobs/registry';
import { fixedClock } from '../src/core/shared/clock';
import { startSmtp } from '../test/support/channel-servers';

const out = process.argv[2] ?? '/tmp/shots-reach-delivery';
const TODAY = '2026-12-21';

async function main() {
  const smtp = await startSmtp(['nobody@example.edu.cn']);
  const client = new PGlite();
  await migrateOnPglite(client);
  const { db } = wrapPglite(client);
  const packs = loadAllPacks();
  await seedDemoIfEmpty(db, packs, TODAY, [COLLEGES[3]]);
  const base = loadConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: '干部管理监督平台 <noreply@example.edu.cn>', WECOM_CORP_ID: 'ww-demo', WECOM_AGENT_ID: '1000002', WECOM_SECRET: 'x', WECOM_BASE_URL: 'http://127.0.0.1:45999' });
  const config = { ...base, webDist: path.join(repoRoot, 'web', 'dist'), security: { ...base.security, totpRequiredForAdmins: false, loginPerMinute: 10_000 } };
  const { app } = await buildApp({ db, packs, config, clock: fixedClock(TODAY) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Cadre@2026' } });
    return res.cookies.find((c) => c.name === 'cadre_sid')!.value;
  };
  const staffCookie = await login('wj.staff');
  const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `cadre_sid=${staffCookie}` } })).json();
  await app.inject({ method: 'PUT', url: '/api/me/notification-preferences', headers: { cookie: `cadre_sid=${staffCookie}` }, payload: { channels: ['email', 'wecom'], email: 'wangwei@example.edu.cn', wecomUserId: null, dingtalkUserId: null, digestTime: '08:00', quietStart: '22:30', quietEnd: '07:00' } });
  const note = (title: string, body: string, urgent: boolean, kind = 'talk_reminder') =>
    notify(db, { institutionId: me.institution.id, recipientPersonId: me.personId, kind, title, body, link: '/talks', citation: 'scitc-2025 附件1 第十一条', urgent, createdBy: 0 });
  await note('谈心谈话提醒：尚有 3 人未谈', '本年度您还需与 3 名干部谈心谈话，截止 12 月 31 日', false);
  await note('应办事项即将到期：年度述职述廉报告', '请于 12 月 25 日前提交述职述廉报告', false, 'duty_reminder');
  await note('兼职申请等待您审批', '张明的兼职申请已到您的审批环节', true, 'step_waiting');
  // deliveries: e-mail goes, 企业微信 is down (queued for retry), one digest later
  const channels = buildChannels(config.delivery);
  await sendDueDeliveries(db, channels, { now: Date.now() + 26 * 3600_000 });
  // a job run for 系统任务
  registerDailyJob({ name: 'duty-reminders', label: '应办事项提醒', at: '06:00', perInstitution: true, handler: async () => ({ notices: 12 }) });
  await createJobRunner({ db, clock: fixedClock(TODAY), jobs: registeredJobs() }).runDue();

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const [w, h] of [[1440, 900], [390, 844]] as const) {
    const tag = `${w}x${h}`;
    const shot = async (page: import('playwright-core').Page, name: string) => page.screenshot({ path: path.join(out, `${name}-${tag}.png`) });
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
    await ctx.addCookies([{ name: 'cadre_sid', value: staffCookie, url }]);
    const page = await ctx.newPage();
    await page.goto(`${url}/workbench`);
    await page.getByTestId('bell').waitFor();
    await page.waitForTimeout(1500);
    await shot(page, 'bell-before');
    // a notice arrives while the page is open: the badge changes without a reload
    await note(`约谈材料等待您提交（${tag}）`, '请于 3 个工作日内提交廉政承诺', true, 'step_waiting');
    await page.waitForTimeout(3500);
    await page.getByTestId('bell').click();
    await page.getByTestId('bell-list').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'bell-live');
    await page.goto(`${url}/me/notifications`);
    await page.getByText('我的通知设置').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, `preferences-${tag}.png`), fullPage: true });
    await ctx.close();

    for (const who of ['wj.org', 'wj.sysadmin']) {
      const c = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
      await c.addCookies([{ name: 'cadre_sid', value: await login(who), url }]);
      const p = await c.newPage();
      await p.goto(`${url}/notification-deliveries`);
      await p.getByText('发送记录').first().waitFor();
      await p.waitForTimeout(1200);
      await p.screenshot({ path: path.join(out, `deliveries-${who.replace('wj.', '')}-${tag}.png`), fullPage: true });
      if (who === 'wj.sysadmin') {
        await p.getByRole('tab', { name: '通知渠道' }).click();
        await p.waitForTimeout(800);
        await p.getByPlaceholder('接收人 userid').first().fill('WangWei');
        await p.getByRole('button', { name: '发送测试' }).nth(1).click();
        await p.waitForTimeout(1500);
        await p.screenshot({ path: path.join(out, `channels-${tag}.png`), fullPage: true });
        await p.getByRole('tab', { name: '系统任务' }).click();
        await p.waitForTimeout(800);
        await p.screenshot({ path: path.join(out, `jobs-${tag}.png`), fullPage: true });
      }
      await c.close();
    }
  }
  await browser.close();
  await app.close();
  await smtp.close();
  await client.close();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
