import { and, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { account, notification, notificationDelivery, person, scheduledJob } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { AppError } from '../../shared/errors';
import { pageQuery } from '../../http/ids';
import { CHANNEL_IDS, CHANNEL_LABELS, type ChannelId } from '../channel-config';
import { buildChannels } from '../channels';
import { DeliveryError } from '../channels/channel';
import { DELIVERY_STATUS_LABELS } from '../deliveries';
import { registeredJobs } from '../../jobs/registry';

const STATUSES = ['pending', 'sent', 'failed', 'digested'] as const;
const JOB_STATUS_LABELS: Record<string, string> = { pending: '待执行', done: '已完成', failed: '失败' };
const PAGE = 50;

const REQUIRED: Record<ChannelId, string> = {
  email: 'SMTP_HOST、SMTP_FROM（可选 SMTP_PORT、SMTP_SECURE、SMTP_USER、SMTP_PASS）',
  wecom: 'WECOM_CORP_ID、WECOM_AGENT_ID、WECOM_SECRET（可选 WECOM_BASE_URL）',
  dingtalk: 'DINGTALK_APP_KEY、DINGTALK_APP_SECRET、DINGTALK_AGENT_ID（可选 DINGTALK_BASE_URL）',
};

const deliveryOut = z.object({
  id: z.number(),
  notificationId: z.number(),
  kind: z.string(),
  /** The notice's title; not shown to the system administrator (三员分立: no business content). */
  title: z.string().nullable(),
  recipientName: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  urgent: z.boolean(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});

/**
 * The delivery log (发送记录), the outside channels and the scheduled jobs (系统任务). The system administrator sees all
 * of the college's deliveries (without the notices' content) and the jobs; the organization department sees the
 * deliveries of its own reminders: notices created by an organization-department account, and the system's duty
 * reminders and talk reminders (kinds `duty_*`, `talk_reminder`).
 */
export const notificationDeliveriesRoutes = ({ db, config }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const channels = buildChannels(config.delivery);

  app.get(
    '/api/notification-deliveries',
    {
      config: { access: 'notification.log' },
      schema: {
        tags: ['notifications'],
        summary: '通知发送记录',
        querystring: z.object({ status: z.enum(STATUSES, '应为 pending、sent、failed 或 digested').optional(), channel: z.enum(CHANNEL_IDS, '应为 email、wecom 或 dingtalk').optional(), page: pageQuery }),
        response: { 200: z.object({ total: z.number(), counts: z.record(z.string(), z.number()), items: z.array(deliveryOut) }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const admin = auth.permissions.has('system.jobs');
      const scope: SQL[] = [eq(notificationDelivery.institutionId, auth.institutionId)];
      if (!admin) {
        const orgAccounts = db.select({ id: account.id }).from(account).where(and(eq(account.institutionId, auth.institutionId), sql`'org' = ANY(${account.roles})`));
        scope.push(or(like(notification.kind, 'duty\\_%'), eq(notification.kind, 'talk_reminder'), inArray(notification.createdBy, orgAccounts))!);
      }
      const filters = [...scope];
      if (req.query.status) filters.push(eq(notificationDelivery.status, req.query.status));
      if (req.query.channel) filters.push(eq(notificationDelivery.channel, req.query.channel));
      const base = db.select({ d: notificationDelivery, kind: notification.kind, title: notification.title, name: person.name }).from(notificationDelivery).innerJoin(notification, eq(notification.id, notificationDelivery.notificationId)).innerJoin(person, eq(person.id, notificationDelivery.recipientPersonId));
      const rows = await base.where(and(...filters)).orderBy(desc(notificationDelivery.id)).limit(PAGE).offset((req.query.page - 1) * PAGE);
      const countRows = await db
        .select({ status: notificationDelivery.status, n: sql<number>`count(*)::int` })
        .from(notificationDelivery)
        .innerJoin(notification, eq(notification.id, notificationDelivery.notificationId))
        .where(and(...scope, ...(req.query.channel ? [eq(notificationDelivery.channel, req.query.channel)] : [])))
        .groupBy(notificationDelivery.status);
      const counts = Object.fromEntries(countRows.map((c) => [c.status, Number(c.n)]));
      const total = req.query.status ? (counts[req.query.status] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
      return {
        total,
        counts,
        items: rows.map(({ d, kind, title, name }) => ({
          id: d.id,
          notificationId: d.notificationId,
          kind,
          title: admin ? null : title,
          recipientName: name,
          channel: d.channel,
          channelLabel: CHANNEL_LABELS[d.channel as ChannelId] ?? d.channel,
          status: d.status,
          statusLabel: DELIVERY_STATUS_LABELS[d.status] ?? d.status,
          urgent: d.urgent,
          attempts: d.attempts,
          lastError: d.lastError,
          nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
          sentAt: d.sentAt?.toISOString() ?? null,
          createdAt: d.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/notification-channels',
    {
      config: { access: 'system.jobs' },
      schema: { tags: ['notifications'], summary: '通知渠道的配置情况', response: { 200: z.array(z.object({ channel: z.string(), label: z.string(), configured: z.boolean(), settings: z.string() })) } },
    },
    async () => [
      { channel: 'in_app', label: CHANNEL_LABELS.in_app, configured: true, settings: '始终启用；页面右上角的提醒实时更新' },
      ...CHANNEL_IDS.map((c) => ({ channel: c, label: CHANNEL_LABELS[c], configured: !!channels[c], settings: channels[c] ? describe(c) : `未配置：设置 ${REQUIRED[c]} 后重启即可启用` })),
    ],
  );

  const describe = (c: ChannelId) => {
    const d = config.delivery;
    if (c === 'email') return `SMTP ${d.email!.host}:${d.email!.port}${d.email!.secure ? '（TLS）' : ''}，发件人 ${d.email!.from}`;
    if (c === 'wecom') return `企业 ${d.wecom!.corpId}，应用 ${d.wecom!.agentId}，${d.wecom!.baseUrl}`;
    return `应用 ${d.dingtalk!.agentId}，${d.dingtalk!.baseUrl}`;
  };

  app.post(
    '/api/notification-channels/:channel/test',
    {
      config: { access: 'system.jobs' },
      schema: {
        tags: ['notifications'],
        summary: '通过某一渠道发送测试消息',
        params: z.object({ channel: z.enum(CHANNEL_IDS, '渠道应为 email、wecom 或 dingtalk') }),
        body: z.object({ recipient: z.string().trim().min(1, '请填写接收人：电子邮箱地址或企业微信、钉钉的 userid').max(200, '不能超过 200 个字符') }),
        response: { 200: z.object({ ok: z.boolean(), message: z.string() }) },
      },
    },
    async (req) => {
      const { channel: id } = req.params;
      const { recipient } = req.body;
      const channel = channels[id];
      if (!channel) throw new AppError('NOTIFICATION.CHANNEL_NOT_CONFIGURED', `${CHANNEL_LABELS[id]}未配置：请设置 ${REQUIRED[id]} 后重启服务（见 README 通知渠道）`, 400, { field: 'channel' });
      if (id === 'email' && !/^[^\s@]+@[^\s@]+$/.test(recipient)) throw new AppError('NOTIFICATION.BAD_RECIPIENT', '接收人应为电子邮箱地址', 400, { field: 'recipient' });
      let outcome: { ok: boolean; message: string };
      try {
        // Sent before (outside) the audit transaction: a slow or absent server holds no database lock.
        await channel.send({ name: '测试接收人', address: recipient }, { title: '干部管理监督平台测试消息', body: `这是一条测试消息，由${req.auth!.displayName}通过${CHANNEL_LABELS[id]}发送。收到即说明该渠道配置正确。` });
        outcome = { ok: true, message: `已通过${CHANNEL_LABELS[id]}发送测试消息给 ${recipient}` };
      } catch (err) {
        outcome = { ok: false, message: `${CHANNEL_LABELS[id]}测试消息发送失败：${err instanceof DeliveryError ? err.message : (err as Error).message}` };
      }
      return runCommand(db, req, async () => ({ result: outcome, audit: { action: 'notification.channel_test', entityType: 'notification_channel', entityId: id, detail: { recipient, ...outcome } } }), { affects: 'nothing' });
    },
  );

  app.get(
    '/api/system/jobs',
    {
      config: { access: 'system.jobs' },
      schema: {
        tags: ['system'],
        summary: '系统任务（定时任务的执行情况，失败的在前）',
        querystring: z.object({ page: pageQuery }),
        response: {
          200: z.object({
            jobs: z.array(z.object({ name: z.string(), label: z.string(), at: z.string(), perInstitution: z.boolean() })),
            failed: z.number(),
            items: z.array(z.object({ id: z.number(), name: z.string(), label: z.string(), scheduledFor: z.string(), institutionId: z.number().nullable(), status: z.string(), statusLabel: z.string(), attempts: z.number(), lastError: z.string().nullable(), runAt: z.string(), finishedBy: z.string().nullable(), finishedAt: z.string().nullable() })),
          }),
        },
      },
    },
    async (req) => {
      const labels = new Map(registeredJobs().map((j) => [j.name, j.label]));
      const mineOrSystem = or(eq(scheduledJob.institutionId, 0), eq(scheduledJob.institutionId, req.auth!.institutionId));
      const rows = await db
        .select()
        .from(scheduledJob)
        .where(mineOrSystem)
        .orderBy(sql`CASE ${scheduledJob.status} WHEN 'failed' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END`, desc(scheduledJob.id))
        .limit(PAGE)
        .offset((req.query.page - 1) * PAGE);
      const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(scheduledJob).where(and(mineOrSystem, or(eq(scheduledJob.status, 'failed'), sql`${scheduledJob.status} = 'pending' AND ${scheduledJob.attempts} > 0`)));
      return {
        jobs: registeredJobs().map((j) => ({ name: j.name, label: j.label, at: j.at, perInstitution: j.perInstitution })),
        failed: Number(n),
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          label: labels.get(r.name) ?? r.name,
          scheduledFor: r.scheduledFor,
          institutionId: r.institutionId || null,
          status: r.status,
          statusLabel: r.status === 'pending' && r.attempts > 0 ? '等待重试' : (JOB_STATUS_LABELS[r.status] ?? r.status),
          attempts: r.attempts,
          lastError: r.lastError,
          runAt: r.runAt.toISOString(),
          finishedBy: r.finishedBy,
          finishedAt: r.finishedAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
