import crypto from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { activeOnAlias } from '../db/sql';
import { account, institution, session } from '../db/schema';
import { institutionColumns } from '../db/facts-version';
import type { HeldPost } from './roles';

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** How a single sign-on session was opened: what signing out (or the provider's single logout) needs. */
export interface SsoSessionInfo {
  protocol: 'oidc' | 'cas';
  /** CAS: the service ticket. */
  sessionIndex?: string;
  /** OIDC: the ID token, for id_token_hint at sign-out. */
  idToken?: string;
}

export async function createSession(db: Db, accountId: number, institutionId: number, ip: string, userAgent: string | undefined, sso?: SsoSessionInfo): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await db.insert(session).values({
    id: hashToken(token), accountId, institutionId, ip, userAgent: userAgent?.slice(0, 300),
    ...(sso ? { ssoProtocol: sso.protocol, ssoSessionIndex: sso.sessionIndex ?? null, ssoIdToken: sso.idToken ?? null } : {}),
  });
  return token;
}

/**
 * The posts the account's person holds on the day and the departments they oversee: what role derivation needs. Read in
 * the session's own statement, fresh on every request (a cache keyed by the facts version was missed on every request
 * of a college whose commands kept moving the version).
 */
const heldPosts = sql<HeldPost[]>`(SELECT coalesce(json_agg(json_build_object('rank', p.rank, 'departmentId', p.department_id, 'title', p.title)), '[]'::json)
  FROM tenure t JOIN post p ON p.id = t.post_id AND p.institution_id = t.institution_id
  WHERE t.institution_id = ${account.institutionId} AND t.person_id = ${account.personId}
    AND ${activeOnAlias('t', sql.placeholder('asOf'))})`;
const overseen = sql<number[]>`(SELECT coalesce(json_agg(o.department_id), '[]'::json)
  FROM oversight o JOIN department d ON d.id = o.department_id
  WHERE o.institution_id = ${account.institutionId} AND o.leader_person_id = ${account.personId}
    AND ${activeOnAlias('o', sql.placeholder('asOf'))})`;

function sessionLookup(db: Db) {
  // Every request passes here: the account's columns without its secrets, so nothing is decrypted on the way.
  return db
    .select({
      session,
      account: {
        id: account.id, institutionId: account.institutionId, username: account.username, personId: account.personId, displayName: account.displayName,
        roles: account.roles, disabled: account.disabled, mustChangePassword: account.mustChangePassword,
        totpEnabled: sql<boolean>`${account.totpSecret} IS NOT NULL`,
      },
      /** The institution as the request began, its facts version included (http/command.ts): policyFor needs no read of its own. */
      institution: institutionColumns,
      posts: heldPosts,
      overseenDepartmentIds: overseen,
    })
    .from(session)
    .innerJoin(account, eq(account.id, session.accountId))
    .innerJoin(institution, eq(institution.id, account.institutionId))
    .where(eq(session.id, sql.placeholder('id')))
    .limit(1)
    .prepare('find_session');
}
// Built once per database and prepared on the server once per connection: the query is neither assembled nor planned
// again on each request.
const lookups = new WeakMap<Db, ReturnType<typeof sessionLookup>>();

/** The session of a token with its account, institution, and the account's person's posts and oversight on `asOf`. */
export async function findSession(db: Db, token: string, asOf: string) {
  let lookup = lookups.get(db);
  if (!lookup) lookups.set(db, (lookup = sessionLookup(db)));
  const rows = await lookup.execute({ id: hashToken(token), asOf });
  return rows[0];
}

export async function touchSession(db: Db, id: string): Promise<void> {
  await db.update(session).set({ lastSeenAt: new Date() }).where(eq(session.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(session).where(eq(session.id, id));
}

export async function purgeIdleSessions(db: Db, idleMinutes: number): Promise<void> {
  await db.delete(session).where(lt(session.lastSeenAt, sql`now() - make_interval(mins => ${idleMinutes})`));
}
