import { sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { activeOnAlias } from '../../../core/db/sql';
import { executeNamed } from '../../../core/db/named';
import { notFound } from '../../../core/shared/errors';
import { mainPosts } from '../../../core/roster/posts';
import { exemptedWith } from '../../tolerance';
import type { AppraisalRules } from '../rules/appraisal';

/**
 * A person's accountability cases as a JSON list, each with whether a decided review exempted it for the annual
 * appraisal and the article it cites (ahzaxy 第12条; the tolerance area says what an exemption on record is): a
 * subquery, for gradeFacts and casesForAppraisal.
 */
export const personCases = (institutionId: number, personId: number) => sql`
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'matter', k.matter, 'startedOn', k.started_on, 'exempted', x.id IS NOT NULL, 'citation', x.citation) ORDER BY k.id), '[]'::json)
         FROM accountability_case k
         LEFT JOIN LATERAL (
           SELECT tolerance_review.id, tolerance_review.protection_citation AS citation FROM tolerance_review
           WHERE tolerance_review.case_id = k.id AND tolerance_review.institution_id = ${institutionId} AND ${exemptedWith('annual_appraisal')}
           ORDER BY tolerance_review.id LIMIT 1
         ) x ON true
         WHERE k.institution_id = ${institutionId} AND k.subject_person_id = ${personId})`;

export type PersonCase = { id: number; matter: string; startedOn: string; exempted: boolean; citation: string | null };

/** What grading one person needs to know, read in one statement (see gradeFacts). */
export interface GradeFacts {
  cycle: { id: number; year: number; status: string };
  /**
   * The current posts of those holding a post in the department today (active persons) — or of the person alone, if
   * they hold one there, when the department was not asked for (gradeFacts `wholeDepartment: false`).
   */
  posts: { personId: number; name: string; rank: string; departmentId: number; isHead: boolean; postId: number }[];
  /** The cycle year's grades already recorded for them. */
  grades: { personId: number; grade: string }[];
  /** The person's accountability cases, with those exempted for the annual appraisal (ahzaxy 第12条; as casesForAppraisal). */
  cases: PersonCase[];
}

type Row = GradeFacts['cycle'] & Omit<GradeFacts, 'cycle'>;

/**
 * The cycle, the department's members (or the person alone, below), their grades of the cycle's year and the person's
 * cases with their exemptions, in one statement (one round trip: a grade is a single-cell save of the grid, made by the
 * hundred).
 * Only those holding a post in the department today can have their main post there, so only their current posts are read
 * (departmentSheet picks the members).
 * `wholeDepartment: false` reads the person alone (their current posts, their grade): enough to know whether they are
 * appraised in the department and already graded, not how many are — for a grade that does not count against the 优秀
 * quota (第6条), which needs the department's numbers. Reading every member for each cell saved cost ~2 ms at 230
 * members (bench/README round eight).
 */
export async function gradeFacts(ex: Executor, institutionId: number, q: { cycleId: number; departmentId: number; personId: number; asOf: string; wholeDepartment: boolean }): Promise<GradeFacts> {
  // A tenure in force today, on the alias t of both reads of tenures below.
  const current = activeOnAlias('t', q.asOf);
  // Prepared by name: a grade is saved by the hundred, and planning this statement cost as much as running it.
  const result = await executeNamed(ex, q.wholeDepartment ? 'grade_facts' : 'grade_facts_person', sql`
    WITH here AS (
      SELECT DISTINCT t.person_id FROM tenure t JOIN post p ON p.id = t.post_id AND p.institution_id = t.institution_id
      WHERE t.institution_id = ${institutionId} AND p.department_id = ${q.departmentId} AND ${current}
        ${q.wholeDepartment ? sql`` : sql`AND t.person_id = ${q.personId}`}
    )
    SELECT c.id, c.year, c.status,
      (SELECT coalesce(json_agg(json_build_object('personId', t.person_id, 'name', pe.name, 'rank', p.rank, 'departmentId', p.department_id, 'isHead', p.is_head, 'postId', p.id)), '[]'::json)
         FROM here
         JOIN tenure t ON t.institution_id = ${institutionId} AND t.person_id = here.person_id
         JOIN post p ON p.id = t.post_id AND p.institution_id = t.institution_id
         JOIN person pe ON pe.id = t.person_id AND pe.institution_id = t.institution_id
         WHERE pe.status = 'active' AND ${current}) AS posts,
      (SELECT coalesce(json_agg(json_build_object('personId', a.person_id, 'grade', a.grade)), '[]'::json)
         FROM here JOIN appraisal a ON a.institution_id = ${institutionId} AND a.person_id = here.person_id AND a.year = c.year) AS grades,
      ${personCases(institutionId, q.personId)} AS cases
    FROM appraisal_cycle c
    WHERE c.institution_id = ${institutionId} AND c.id = ${q.cycleId}`);
  const [row] = result.rows as Row[];
  if (!row) throw notFound('考核年度', 'APPRAISAL.CYCLE_NOT_FOUND');
  return { cycle: { id: row.id, year: row.year, status: row.status }, posts: row.posts, grades: row.grades, cases: row.cases };
}

/**
 * Who is appraised in the department (their main post is there, chosen as everywhere: core/roster mainPosts, at a rank
 * the college appraises), and the grades recorded for them. Pure.
 */
export function departmentSheet(f: Pick<GradeFacts, 'posts' | 'grades'>, departmentId: number, rules: Pick<AppraisalRules, 'appraisedRanks'>) {
  const members = [...mainPosts(f.posts).values()].filter((p) => p.departmentId === departmentId && rules.appraisedRanks.includes(p.rank));
  const ids = new Set(members.map((m) => m.personId));
  return { members, grades: f.grades.filter((g) => ids.has(g.personId)) };
}
