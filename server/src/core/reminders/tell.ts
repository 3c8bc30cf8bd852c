import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { account } from '../db/schema';
import type { Pack } from '../policy/pack-schema';
import { ROLE_PERMISSIONS, type AssignedRole, type Permission } from '../auth/roles';
import { notifyMany, type NoticeInput } from '../notifications/notify';
import { noticeOf, type EventContext, type EventKey } from './events';
import { citationName } from '../policy/citation-names';

/** The persons behind the institution's enabled accounts holding any of the roles, or a role that grants the permission. */
export async function personsHolding(ex: Executor, institutionId: number, who: { roles?: readonly string[]; permission?: Permission }): Promise<number[]> {
  const rows = await ex
    .select({ personId: account.personId, roles: account.roles })
    .from(account)
    .where(and(eq(account.institutionId, institutionId), eq(account.disabled, false), isNotNull(account.personId)));
  const grants = (r: string) => (who.roles?.includes(r) ?? false) || (!!who.permission && (ROLE_PERMISSIONS[r as AssignedRole] ?? []).includes(who.permission));
  return [...new Set(rows.filter((a) => a.roles.some(grants)).map((a) => a.personId!))];
}

/** A procedure event to tell of: who is told, and what (the context of its notice text). */
export interface TellEvent {
  institutionId: number;
  createdBy: number;
  actorPersonId?: number | null;
  recipients: readonly (number | null | undefined)[];
  event: EventKey;
  ctx: Omit<EventContext, 'article'>;
  citation?: string | null;
}

/** The notices of an event, one per recipient; the person who acted is not told of their own act. */
export function noticesFor(packs: ReadonlyMap<string, Pack>, e: TellEvent): NoticeInput[] {
  const to = [...new Set(e.recipients.filter((p): p is number => typeof p === 'number' && p !== e.actorPersonId))];
  if (!to.length) return [];
  const n = noticeOf(e.event, { ...e.ctx, article: citationName(packs, e.citation ?? null) });
  return to.map((recipientPersonId) => ({ institutionId: e.institutionId, recipientPersonId, ...n, citation: e.citation ?? null, createdBy: e.createdBy }));
}

/**
 * Tells the recipients of a procedure event, in the caller's transaction (the command that creates or advances the
 * step). The person who acted is not told of their own act. Returns how many were told.
 */
export async function tell(ex: Executor, packs: ReadonlyMap<string, Pack>, e: TellEvent): Promise<number> {
  return tellAll(ex, packs, [e]);
}

/** Tells of several events of one command (the applicant of a decision, the next step) in one insert. */
export async function tellAll(ex: Executor, packs: ReadonlyMap<string, Pack>, events: readonly TellEvent[]): Promise<number> {
  const list = events.flatMap((e) => noticesFor(packs, e));
  return list.length ? (await notifyMany(ex, list)).length : 0;
}
