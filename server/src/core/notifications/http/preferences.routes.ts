import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notificationPreference, personContact } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { AppError } from '../../shared/errors';
import { CHANNEL_IDS, CHANNEL_LABELS, isHhmm, type ChannelId } from '../channel-config';
import { addressOf, loadPersonDelivery } from '../deliveries';
import { deliverySettings } from '../settings';

const timing = z.object({ digestTime: z.string(), quietStart: z.string(), quietEnd: z.string() });
const out = z.object({
  channels: z.array(z.object({ channel: z.enum(CHANNEL_IDS), label: z.string(), configured: z.boolean(), enabled: z.boolean(), address: z.string().nullable() })),
  email: z.string().nullable(),
  wecomUserId: z.string().nullable(),
  dingtalkUserId: z.string().nullable(),
  staffNo: z.string(),
  /** The person chose themselves; else the defaults apply. */
  custom: z.boolean(),
  timing,
  defaults: timing,
});

const hhmm = z.string().trim().refine(isHhmm, '应为 24 小时制时刻 HH:MM，如 08:30');
const userId = z.string().trim().max(64, '不能超过 64 个字符').regex(/^[A-Za-z0-9_.@-]*$/, '只能包含字母、数字和 _ . @ -').nullish().transform((v) => v || null);
const putBody = z.object({
  channels: z.array(z.enum(CHANNEL_IDS, '应为 email、wecom 或 dingtalk')).max(3),
  email: z.string().trim().max(200, '不能超过 200 个字符').email('电子邮箱格式不正确').nullish().or(z.literal('')).transform((v) => v || null),
  wecomUserId: userId,
  dingtalkUserId: userId,
  digestTime: hhmm.nullish().transform((v) => v || null),
  quietStart: hhmm.nullish().transform((v) => v || null),
  quietEnd: hhmm.nullish().transform((v) => v || null),
});

function mine(req: { auth?: { personId: number | null } }): number {
  const id = req.auth?.personId ?? null;
  if (id === null) throw new AppError('NOTIFICATION.NO_PERSON', '本账号未关联人员，没有个人通知设置', 400);
  return id;
}

/** The signed-in person's own notification settings (我的通知设置): channels, addresses, digest time, quiet hours. */
export const notificationPreferencesRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const view = async (personId: number) => {
    const s = deliverySettings();
    const p = (await loadPersonDelivery(db, [personId], s)).get(personId)!;
    return {
      channels: CHANNEL_IDS.map((c) => ({ channel: c, label: CHANNEL_LABELS[c], configured: s.channels.includes(c), enabled: p.channels.includes(c), address: addressOf(p, c) })),
      email: p.email,
      wecomUserId: p.wecomUserId,
      dingtalkUserId: p.dingtalkUserId,
      staffNo: p.staffNo,
      custom: p.custom,
      timing: p.timing,
      defaults: s.defaults,
    };
  };

  app.get(
    '/api/me/notification-preferences',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '我的通知设置', response: { 200: out } } },
    async (req) => view(mine(req)),
  );

  app.put(
    '/api/me/notification-preferences',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '修改我的通知设置（渠道、联系方式、每日摘要时间、免打扰时段）', body: putBody, response: { 200: out } } },
    async (req) => {
      const personId = mine(req);
      const b = req.body;
      const s = deliverySettings();
      const channels = [...new Set(b.channels)] as ChannelId[];
      const off = channels.filter((c) => !s.channels.includes(c));
      if (off.length) throw new AppError('NOTIFICATION.CHANNEL_OFF', `本系统未启用${off.map((c) => CHANNEL_LABELS[c]).join('、')}，不能选择`, 400, { field: 'channels' });
      if (channels.includes('email') && !b.email) throw new AppError('NOTIFICATION.EMAIL_REQUIRED', '选择电子邮件时须填写电子邮箱', 400, { field: 'email' });
      if ((b.quietStart === null) !== (b.quietEnd === null)) throw new AppError('NOTIFICATION.QUIET_HOURS', '免打扰时段须同时填写开始和结束时刻（都不填则使用系统默认）', 400, { field: b.quietStart ? 'quietEnd' : 'quietStart' });
      await runCommand(
        db,
        req,
        async (tx) => {
          const institutionId = req.auth!.institutionId;
          const contact = { email: b.email, wecomUserId: b.wecomUserId, dingtalkUserId: b.dingtalkUserId, updatedAt: new Date() };
          await tx.insert(personContact).values({ personId, institutionId, ...contact }).onConflictDoUpdate({ target: personContact.personId, set: contact });
          const pref = { channels, digestTime: b.digestTime, quietStart: b.quietStart, quietEnd: b.quietEnd, updatedAt: new Date() };
          await tx.insert(notificationPreference).values({ personId, institutionId, ...pref }).onConflictDoUpdate({ target: notificationPreference.personId, set: pref });
          return { result: null, audit: { action: 'notification.preferences', entityType: 'person', entityId: personId, after: { channels, digestTime: b.digestTime, quietStart: b.quietStart, quietEnd: b.quietEnd } } };
        },
        { affects: 'nothing' },
      );
      return view(personId);
    },
  );
};
