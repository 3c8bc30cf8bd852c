import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { notification, notificationDelivery, notificationPreference, person, personContact } from '../db/schema';
import { CHANNEL_LABELS, type ChannelId } from './channel-config';
import { DeliveryError, type Channel, type OutgoingMessage, type Recipient } from './channels/channel';
import type { Channels } from './channels';
import { deliveryDueAt, inQuietHours, quietEndAfter, type Timing } from './schedule';
import { deliverySettings, type DeliverySettings } from './settings';

export const DELIVERY_STATUS_LABELS: Record<string, string> = { pending: '待发送', sent: '已发送', failed: '失败', digested: '已合并入摘要' };

/** What a person chose, with the deployment's defaults filled in. */
export interface PersonDelivery {
  personId: number;
  name: string;
  staffNo: string;
  email: string | null;
  wecomUserId: string | null;
  dingtalkUserId: string | null;
  /** The person chose channels themselves (else: every configured channel they can be reached on). */
  custom: boolean;
  channels: ChannelId[];
  timing: Timing;
}

/** The channel's address for a person: e-mail, or the 企业微信 / 钉钉 userid, else their 工号. */
export function addressOf(p: Pick<PersonDelivery, 'email' | 'wecomUserId' | 'dingtalkUserId' | 'staffNo'>, channel: ChannelId): string | null {
  if (channel === 'email') return p.email;
  if (channel === 'wecom') return p.wecomUserId || p.staffNo;
  return p.dingtalkUserId || p.staffNo;
}

export async function loadPersonDelivery(ex: Executor, personIds: number[], s: DeliverySettings = deliverySettings()): Promise<Map<number, PersonDelivery>> {
  if (!personIds.length) return new Map();
  const rows = await ex
    .select({ personId: person.id, name: person.name, staffNo: person.staffNo, contact: personContact, pref: notificationPreference })
    .from(person)
    .leftJoin(personContact, eq(personContact.personId, person.id))
    .leftJoin(notificationPreference, eq(notificationPreference.personId, person.id))
    .where(inArray(person.id, personIds));
  return new Map(
    rows.map((r) => {
      const base = { email: r.contact?.email ?? null, wecomUserId: r.contact?.wecomUserId ?? null, dingtalkUserId: r.contact?.dingtalkUserId ?? null, staffNo: r.staffNo };
      const channels = r.pref ? (r.pref.channels as ChannelId[]).filter((c) => s.channels.includes(c)) : s.channels.filter((c) => addressOf(base, c) !== null);
      const timing: Timing = {
        digestTime: r.pref?.digestTime ?? s.defaults.digestTime,
        quietStart: r.pref?.quietStart ?? s.defaults.quietStart,
        quietEnd: r.pref?.quietEnd ?? s.defaults.quietEnd,
      };
      return [r.personId, { personId: r.personId, name: r.name, ...base, custom: !!r.pref, channels, timing }];
    }),
  );
}

/**
 * Queues a recorded notice for the recipient's outside channels, in the caller's transaction (notify()). Nothing is
 * sent here: the sender works outside any request, so an outage never holds up or fails the command.
 */
export async function enqueueDeliveries(ex: Executor, n: { id: number; institutionId: number; recipientPersonId: number; urgent: boolean }, now = Date.now()): Promise<void> {
  const s = deliverySettings();
  if (!s.channels.length) return;
  const p = (await loadPersonDelivery(ex, [n.recipientPersonId], s)).get(n.recipientPersonId);
  if (!p?.channels.length) return;
  const due = new Date(deliveryDueAt(now, n.urgent, p.timing));
  await ex
    .insert(notificationDelivery)
    .values(
      p.channels.map((channel) => {
        const missing = addressOf(p, channel) === null;
        return { institutionId: n.institutionId, notificationId: n.id, recipientPersonId: n.recipientPersonId, channel, urgent: n.urgent, nextAttemptAt: due, status: missing ? 'failed' : 'pending', lastError: missing ? '本人未登记电子邮箱地址' : null };
      }),
    )
    .onConflictDoNothing();
}

/** Queues many recorded notices at once (notifyMany): the recipients' channels read in one query, the rows in few. */
export async function enqueueDeliveriesMany(ex: Executor, list: { id: number; institutionId: number; recipientPersonId: number; urgent: boolean }[], now = Date.now()): Promise<void> {
  const s = deliverySettings();
  if (!s.channels.length || !list.length) return;
  const people = await loadPersonDelivery(ex, [...new Set(list.map((n) => n.recipientPersonId))], s);
  const rows = list.flatMap((n) => {
    const p = people.get(n.recipientPersonId);
    if (!p?.channels.length) return [];
    const due = new Date(deliveryDueAt(now, n.urgent, p.timing));
    return p.channels.map((channel) => {
      const missing = addressOf(p, channel) === null;
      return { institutionId: n.institutionId, notificationId: n.id, recipientPersonId: n.recipientPersonId, channel, urgent: n.urgent, nextAttemptAt: due, status: missing ? 'failed' : 'pending', lastError: missing ? '本人未登记电子邮箱地址' : null };
    });
  });
  for (let i = 0; i < rows.length; i += 500) await ex.insert(notificationDelivery).values(rows.slice(i, i + 500)).onConflictDoNothing();
}

export interface SweepResult {
  sent: number;
  digested: number;
  failed: number;
  retrying: number;
  deferred: number;
}

const BACKOFF_BASE_MS = 60_000;
const BACKOFF_CAP_MS = 60 * 60_000;
/** About two days of retries at the cap before a delivery is given up (and shown as 失败). */
export const MAX_DELIVERY_ATTEMPTS = 48;
export const deliveryBackoffMs = (attempts: number) => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));

interface Claimed {
  id: number;
  notificationId: number;
  recipientPersonId: number;
  channel: ChannelId;
  urgent: boolean;
  attempts: number;
}

/** The page's address for outside messages, when the deployment's public address is configured. */
const absolute = (origin: string | null, link: string | null) => (origin && link ? `${origin}${link.startsWith('/') ? '' : '/'}${link}` : null);

/**
 * Sends what is due: claims due deliveries (SKIP LOCKED, with a lease, so instances never take the same rows and a
 * crashed sender's rows come back), sends urgent ones one by one and the rest as one digest per person and channel,
 * and records the outcome. Failed sends retry with exponential backoff; permanent failures are marked 失败.
 */
export async function sendDueDeliveries(db: Db, channels: Channels, opts: { now?: number; origin?: string | null; limit?: number } = {}): Promise<SweepResult> {
  const now = opts.now ?? Date.now();
  const at = new Date(now);
  const result: SweepResult = { sent: 0, digested: 0, failed: 0, retrying: 0, deferred: 0 };
  const claimed = (
    await db.execute(sql`
      UPDATE notification_delivery SET locked_until = ${new Date(now + 5 * 60_000).toISOString()}::timestamptz
      WHERE id IN (
        SELECT id FROM notification_delivery
        WHERE status = 'pending' AND next_attempt_at <= ${at.toISOString()}::timestamptz AND (locked_until IS NULL OR locked_until < ${at.toISOString()}::timestamptz)
        ORDER BY next_attempt_at, id LIMIT ${opts.limit ?? 500} FOR UPDATE SKIP LOCKED)
      RETURNING id, notification_id AS "notificationId", recipient_person_id AS "recipientPersonId", channel, urgent, attempts`)
  ).rows as unknown as Claimed[];
  if (!claimed.length) return result;
  const notices = new Map((await db.select().from(notification).where(inArray(notification.id, [...new Set(claimed.map((c) => c.notificationId))]))).map((n) => [n.id, n]));
  const people = await loadPersonDelivery(db, [...new Set(claimed.map((c) => c.recipientPersonId))]);

  const settle = async (rows: Claimed[], outcome: { ok: true; status: 'sent' | 'digested' } | { ok: false; error: DeliveryError } | { deferTo: number }) => {
    const ids = rows.map((r) => r.id);
    if ('deferTo' in outcome) {
      result.deferred += ids.length;
      await db.update(notificationDelivery).set({ nextAttemptAt: new Date(outcome.deferTo), lockedUntil: null }).where(inArray(notificationDelivery.id, ids));
    } else if (outcome.ok) {
      result[outcome.status === 'sent' ? 'sent' : 'digested'] += ids.length;
      await db.update(notificationDelivery).set({ status: outcome.status, sentAt: at, attempts: sql`${notificationDelivery.attempts} + 1`, lastError: null, lockedUntil: null }).where(inArray(notificationDelivery.id, ids));
    } else {
      const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
      const giveUp = outcome.error.permanent || attempts >= MAX_DELIVERY_ATTEMPTS;
      result[giveUp ? 'failed' : 'retrying'] += ids.length;
      const error = giveUp && !outcome.error.permanent ? `${outcome.error.message}（已重试 ${attempts} 次，不再重试）` : outcome.error.message;
      await db
        .update(notificationDelivery)
        .set({ status: giveUp ? 'failed' : 'pending', attempts: sql`${notificationDelivery.attempts} + 1`, lastError: error, nextAttemptAt: new Date(now + deliveryBackoffMs(attempts)), lockedUntil: null })
        .where(inArray(notificationDelivery.id, ids));
    }
  };

  const send = async (channel: Channel, to: Recipient, msg: OutgoingMessage, rows: Claimed[], status: 'sent' | 'digested') => {
    try {
      await channel.send(to, msg);
      await settle(rows, { ok: true, status });
    } catch (err) {
      await settle(rows, { ok: false, error: err instanceof DeliveryError ? err : new DeliveryError(`发送失败：${(err as Error).message}`) });
    }
  };

  const groups = new Map<string, Claimed[]>();
  for (const c of claimed) {
    const key = `${c.recipientPersonId}:${c.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const rows of groups.values()) {
    const { channel: channelId, recipientPersonId } = rows[0];
    const p = people.get(recipientPersonId);
    const channel = channels[channelId];
    if (!channel || !p) {
      await settle(rows, { ok: false, error: new DeliveryError(`${CHANNEL_LABELS[channelId] ?? channelId}未配置（已停用），无法发送`, true) });
      continue;
    }
    if (inQuietHours(now, p.timing)) {
      await settle(rows, { deferTo: quietEndAfter(now, p.timing) });
      continue;
    }
    const address = addressOf(p, channelId);
    if (!address) {
      await settle(rows, { ok: false, error: new DeliveryError('本人未登记电子邮箱地址', true) });
      continue;
    }
    const to = { name: p.name, address };
    for (const r of rows.filter((x) => x.urgent)) {
      const n = notices.get(r.notificationId)!;
      await send(channel, to, { title: n.title, body: n.citation ? `${n.body}\n（依据：${n.citation}）` : n.body, url: absolute(opts.origin ?? null, n.link) }, [r], 'sent');
    }
    const rest = rows.filter((x) => !x.urgent);
    if (rest.length) {
      const items = rest.map((r) => notices.get(r.notificationId)!);
      const body = items.map((n, i) => `${i + 1}. ${n.title}：${n.body}${n.citation ? `（依据：${n.citation}）` : ''}`).join('\n');
      await send(channel, to, { title: `干部管理监督平台每日提醒（${items.length} 条）`, body, url: absolute(opts.origin ?? null, '/workbench') }, rest, 'digested');
    }
  }
  return result;
}
