import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../core/db/client';
import { account, outsideOrg, person, sidelineApplication } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import { found } from '../../../core/http/authorize';
import { APPLICATION_HIDDEN, authorizeSideline } from '../access';
import type { Step } from '../rules/approval-chain';
import type { NoticeSubject } from '../notices';
import type { Application } from './applications';

/**
 * What a decision at the current step reads, in one statement: the application, the names its notices give (the
 * applicant, the organization), and, for an approval (which hands the application on), the persons holding each role a
 * step of its chain names — personsHolding's answer by role: the persons behind the enabled accounts with that role.
 */
function decisionLookup(db: Db) {
  const roleHolders = sql<Record<string, number[]> | null>`CASE WHEN ${sql.placeholder('approve')}::boolean THEN (
    SELECT json_object_agg(r.role, (
      SELECT coalesce(array_agg(DISTINCT ${account.personId}), '{}') FROM ${account}
      WHERE ${account.institutionId} = ${sidelineApplication.institutionId} AND NOT ${account.disabled} AND ${account.personId} IS NOT NULL AND r.role = ANY(${account.roles})))
    FROM (SELECT DISTINCT s -> 'actor' ->> 'role' AS role FROM jsonb_array_elements(${sidelineApplication.steps}) s WHERE s -> 'actor' ->> 'type' = 'role') r) END`;
  return db
    // The submission's stamp exactly as stored (microseconds, which a Date loses): the decision lands only on this round.
    .select({ application: sidelineApplication, who: person.name, org: outsideOrg.name, roleHolders, round: sql<string | null>`${sidelineApplication.submittedAt}::text` })
    .from(sidelineApplication)
    .innerJoin(person, eq(person.id, sidelineApplication.applicantPersonId))
    .innerJoin(outsideOrg, eq(outsideOrg.id, sidelineApplication.orgId))
    .where(and(eq(sidelineApplication.institutionId, sql.placeholder('institutionId')), eq(sidelineApplication.id, sql.placeholder('id'))))
    .prepare('sideline_decision_context');
}
// Built once per database, prepared on the server once per connection.
const lookups = new WeakMap<Db, ReturnType<typeof decisionLookup>>();

export interface DecisionContext {
  application: Application;
  subject: NoticeSubject;
  /** The round decided on: when the application was (re)submitted, as the database stores it. */
  round: string | null;
  /** Who acts at a step the application may be handed on to: the named persons, or whoever holds the step's role. */
  actorsOf: (step: Step) => number[];
}

/**
 * The application the caller decides on, or the refusal (access.ts `decide`: the 404 of an unknown id for one the
 * caller may not see, a 403 for their own application), with what the decision's notices need.
 */
export async function decisionContext(db: Db, auth: AuthContext, id: number, approve: boolean): Promise<DecisionContext> {
  let lookup = lookups.get(db);
  if (!lookup) lookups.set(db, (lookup = decisionLookup(db)));
  const [row] = await lookup.execute({ institutionId: auth.institutionId, id, approve });
  const { application: a, who, org, roleHolders, round } = found(row, APPLICATION_HIDDEN);
  authorizeSideline(auth, 'decide', a);
  const holders = roleHolders ?? {};
  return {
    application: a,
    round,
    subject: { who, what: `${org}${a.postTitle}` },
    actorsOf: (step) => (step.actor.type === 'persons' ? step.actor.personIds : (holders[step.actor.role] ?? [])),
  };
}
