import crypto from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { activeOn } from '../db/sql';
import type { Db } from '../db/client';
import { account, department, institution, oversight, post, session, tenure } from '../db/schema';
import type { HeldPost } from './roles';
import { promiseCache } from '../shared/promise-cache';
import { postOfTenure } from '../db/joins';

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
      /** Bumped by every change of facts (http/command.ts): what the posts and oversight below may be cached by. */
      factsVersion: institution.factsVersion,
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

export async function findSession(db: Db, token: string) {
  let lookup = lookups.get(db);
  if (!lookup) lookups.set(db, (lookup = sessionLookup(db)));
  const rows = await lookup.execute({ id: hashToken(token) });
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

export type PostsAndOversight = { posts: HeldPost[]; overseenDepartmentIds: number[] };
const held = promiseCache<Db, PostsAndOversight>(2_000);

/**
 * currentPostsAndOversight for every request of a session: cached per (institution, facts version, person, date).
 * Posts and oversight change only through commands, and every command bumps its institution's facts version in its
 * own transaction (http/command.ts), so an entry is never read after the facts it came from have changed.
 */
export function heldPostsCached(db: Db, institutionId: number, factsVersion: number, personId: number, asOf: string): Promise<PostsAndOversight> {
  return held(db, `${institutionId}|${factsVersion}|${personId}|${asOf}`, () => currentPostsAndOversight(db, institutionId, personId, asOf));
}

/** The posts a person holds today and the departments they oversee today: the facts role derivation needs. */
async function currentPostsAndOversight(db: Db, institutionId: number, personId: number, asOf: string): Promise<PostsAndOversight> {
  const posts: HeldPost[] = await db
    .select({ rank: post.rank, departmentId: post.departmentId, title: post.title })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .where(and(eq(tenure.institutionId, institutionId), eq(tenure.personId, personId), activeOn(tenure.startDate, tenure.endDate, asOf)));
  const overseen = await db
    .select({ departmentId: oversight.departmentId })
    .from(oversight)
    .innerJoin(department, eq(department.id, oversight.departmentId))
    .where(and(eq(oversight.institutionId, institutionId), eq(oversight.leaderPersonId, personId), activeOn(oversight.startDate, oversight.endDate, asOf)));
  return { posts, overseenDepartmentIds: overseen.map((o) => o.departmentId) };
}
