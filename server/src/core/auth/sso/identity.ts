import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { account, institution, person } from '../../db/schema';
import type { SsoConfig } from '../../../config';
import { writeAudit } from '../../audit/audit.writer';
import { unusablePasswordHash } from '../sign-in-throttle';
import { createSession, purgeIdleSessions, type SsoSessionInfo } from '../session.repository';
import { identityRefusal, ssoUsername } from './identity-rules';
import { SsoFailure } from './sso-errors';

/** The college whose people sign in through single sign-on: SSO_INSTITUTION, or the deployment's only college. */
export async function ssoInstitution(db: Db, sso: SsoConfig): Promise<{ id: number; code: string }> {
  const rows = await db.select({ id: institution.id, code: institution.code }).from(institution);
  if (sso.institutionCode) {
    const found = rows.find((r) => r.code === sso.institutionCode);
    if (!found) throw new SsoFailure('SSO.INSTITUTION', `no institution with code ${sso.institutionCode}`);
    return found;
  }
  if (rows.length !== 1) throw new SsoFailure('SSO.INSTITUTION', `SSO_INSTITUTION unset and ${rows.length} institutions`);
  return rows[0];
}

export interface SsoSignIn {
  staffNo: string;
  ip: string;
  userAgent: string | undefined;
  session: SsoSessionInfo;
  idleMinutes: number;
}

/**
 * Opens a session for the person the identity names by 工号. A person of the roster without an account gets one now
 * (no password, no assigned role: the roles come from their posts, as for every account; assigned roles stay with the
 * security administrator). The account, its first link to single sign-on, the session and the audit events are
 * written in one transaction. Refusals throw SsoFailure (the caller audits them).
 */
export async function signInByStaffNo(db: Db, inst: { id: number; code: string }, s: SsoSignIn): Promise<{ token: string; accountId: number }> {
  const [p] = await db
    .select({ id: person.id, name: person.name, status: person.status })
    .from(person)
    .where(and(eq(person.institutionId, inst.id), eq(person.staffNo, s.staffNo)))
    .limit(1);
  const [existing] = p ? await db.select().from(account).where(and(eq(account.institutionId, inst.id), eq(account.personId, p.id))).limit(1) : [];
  const refusal = identityRefusal(p, existing);
  if (refusal) throw new SsoFailure(refusal, refusal, { staffNo: s.staffNo, institutionId: inst.id, accountId: existing?.id });
  const passwordHash = existing ? null : await unusablePasswordHash();
  await purgeIdleSessions(db, s.idleMinutes);
  return db.transaction(async (tx) => {
    let a = existing;
    if (!a) {
      // The usual name, or — taken by an account of someone else — the same with the person's id.
      const base = ssoUsername(inst.code, s.staffNo);
      const [taken] = await tx.select({ personId: account.personId }).from(account).where(eq(account.username, base)).limit(1);
      const username = taken ? `${base}-${p!.id}` : base;
      [a] = await tx
        .insert(account)
        .values({ institutionId: inst.id, username, displayName: p!.name, personId: p!.id, passwordHash: passwordHash!, ssoLinkedAt: new Date() })
        .onConflictDoNothing({ target: account.username })
        .returning();
      // A second first sign-in of the same person at the same moment made it already: that account it is.
      if (!a) [a] = await tx.select().from(account).where(and(eq(account.username, username), eq(account.personId, p!.id))).limit(1);
      if (!a) throw new SsoFailure('SSO.PROVIDER', `username ${username} taken while signing in`, { staffNo: s.staffNo, institutionId: inst.id });
      await writeAudit(tx, {
        institutionId: inst.id, actorAccountId: a.id, actorName: a.displayName, action: 'account.create', entityType: 'account', entityId: a.id,
        after: { username: a.username, personId: a.personId, roles: [] }, detail: { via: s.session.protocol, firstSignIn: true }, ip: s.ip, outcome: 'success',
      });
    } else if (!a.ssoLinkedAt || a.mustChangePassword) {
      // From now on the account signs in through single sign-on: a password it was told to change no longer stands in the way.
      await tx.update(account).set({ ssoLinkedAt: a.ssoLinkedAt ?? new Date(), mustChangePassword: false }).where(eq(account.id, a.id));
    }
    await writeAudit(tx, { institutionId: inst.id, actorAccountId: a.id, actorName: a.displayName, action: 'auth.login', ip: s.ip, outcome: 'success', detail: { via: s.session.protocol, staffNo: s.staffNo } });
    const token = await createSession(tx as unknown as Db, a.id, inst.id, s.ip, s.userAgent, s.session);
    return { token, accountId: a.id };
  });
}
