import { sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { activeOnAlias } from '../../../core/db/sql';
import { placeholderStatement } from '../../../core/db/named';
import { MIDDLE_RANKS, PRINCIPAL_RANK, type RosterOversight, type TalkAssignmentFact } from '../rules/responsibility';
import type { RosterTenureRow } from '../facts';

/** A person the form names. */
export interface NamedPerson {
  id: number;
  status: string;
  name: string;
}

/** What 第六条 needs to know who answers for the subjects of one talk on one date (see `rosterAround` below). */
export interface RosterAround {
  people: { id: number; name: string; status: string }[];
  tenures: RosterTenureRow[];
  oversights: RosterOversight[];
  assignments: TalkAssignmentFact[];
}

export interface TalkFormReads {
  /** The people the form names (talkers, subjects, recorder) found in the college. */
  named: NamedPerson[];
  roster: RosterAround;
  /** The new talk's id from its identity sequence (asked for when recording: the notes are sealed with it). */
  newId?: number;
}

// Made once with placeholders and prepared by name (core/db/named.ts), with or without the new id: recording talks under
// load went from 180–245 to 305–335 req/s with it named and the audit append too (bench/README.md, round five); made
// once, its text is not worked out again per talk (round eight).
const P = (name: string) => sql.placeholder(name);
function talkFormStatement(newId: boolean) {
  return () => {
    const institutionId = P('institutionId');
    const subjects = sql`${P('subjects')}::int[]`;
    const current = activeOnAlias('t', P('asOf'));
    const postOf = sql`JOIN post p ON p.id = t.post_id AND p.institution_id = t.institution_id`;
    return sql`
    WITH subject_dept AS (
      SELECT DISTINCT p.department_id FROM post p
      WHERE p.institution_id = ${institutionId} AND p.id = ANY(ARRAY(
        SELECT t.post_id FROM tenure t WHERE t.institution_id = ${institutionId} AND t.person_id = ANY(${subjects}) AND ${current}))
    ), within AS (
      SELECT unnest(${subjects}) AS id
      UNION
      SELECT t.person_id FROM tenure t
      WHERE t.institution_id = ${institutionId} AND ${current}
        AND t.post_id = ANY(ARRAY(
          SELECT p.id FROM post p WHERE p.institution_id = ${institutionId}
            AND (p.rank = ${PRINCIPAL_RANK} OR (p.rank = ANY(${sql.param([...MIDDLE_RANKS])}::text[]) AND p.department_id IN (SELECT department_id FROM subject_dept)))))
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', id, 'status', status, 'name', name)), '[]')
         FROM person WHERE institution_id = ${institutionId} AND id = ANY(${P('named')}::int[])) AS named,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'status', status)), '[]')
         FROM person WHERE institution_id = ${institutionId} AND id = ANY(ARRAY(SELECT id FROM within))) AS people,
      (SELECT coalesce(json_agg(json_build_object(
           'id', t.id, 'personId', t.person_id, 'postId', t.post_id, 'startDate', t.start_date, 'endDate', t.end_date,
           'title', p.title, 'rank', p.rank, 'departmentId', p.department_id, 'departmentName', d.name) ORDER BY t.start_date, t.id), '[]')
         FROM tenure t ${postOf} JOIN department d ON d.id = p.department_id AND d.institution_id = p.institution_id
         WHERE t.institution_id = ${institutionId} AND t.person_id = ANY(ARRAY(SELECT id FROM within))) AS tenures,
      (SELECT coalesce(json_agg(json_build_object('leaderPersonId', o.leader_person_id, 'departmentId', o.department_id, 'startDate', o.start_date)), '[]')
         FROM oversight o WHERE o.institution_id = ${institutionId} AND ${activeOnAlias('o', P('asOf'))} AND o.department_id IN (SELECT department_id FROM subject_dept)) AS oversights,
      (SELECT coalesce(json_agg(json_build_object('talkerPersonId', a.talker_person_id, 'subjectPersonId', a.subject_person_id, 'reason', a.reason)), '[]')
         FROM talk_assignment a WHERE a.institution_id = ${institutionId} AND a.year = ${P('year')} AND a.subject_person_id = ANY(${subjects})) AS assignments
      ${newId ? sql`, nextval(pg_get_serial_sequence('talk', 'id'))::int AS new_id` : sql``}`;
  };
}
const withNewId = placeholderStatement('talk_form_new_id', talkFormStatement(true));
const withoutNewId = placeholderStatement('talk_form', talkFormStatement(false));

/**
 * What recording a talk (or checking its talkers) reads, in one statement: the people the form names, and the roster
 * around the subjects on `asOf` — the subjects, everyone holding a principal post, and the middle cadres of the
 * subjects' current departments (第六条: nobody else bears on who answers for them), those people's tenures, the
 * oversights of the subjects' departments and the organization department's assignments for the subjects that year.
 * (`= ANY(ARRAY(…))`: the planner cannot know `within` holds a handful of people, nor that a handful of posts are
 * principal or in the subjects' departments, and would scan the tables whole — the college's every tenure, on every
 * talk recorded; the posts found first, their tenures come by index: 0.74 → ~0.3 ms, bench/README round eight.)
 * With `newId`, the new talk's id is taken from its sequence in the same statement (a refused record leaves a gap in
 * the ids, as any rolled-back insert does).
 */
export async function readTalkForm(ex: Executor, institutionId: number, asOf: string, form: { talkerIds: number[]; subjectIds: number[]; recorderPersonId?: number | null }, opts: { newId?: boolean } = {}): Promise<TalkFormReads> {
  const named = [...new Set([...form.talkerIds, ...form.subjectIds, ...(form.recorderPersonId ? [form.recorderPersonId] : [])])];
  const res = await (opts.newId ? withNewId : withoutNewId)(ex, { institutionId, asOf, subjects: form.subjectIds, named, year: Number(asOf.slice(0, 4)) });
  const row = res.rows[0] as Omit<RosterAround, 'people'> & { named: NamedPerson[]; people: RosterAround['people']; new_id?: number };
  return {
    named: row.named,
    roster: { people: row.people, tenures: row.tenures, oversights: row.oversights, assignments: row.assignments },
    newId: row.new_id === undefined ? undefined : Number(row.new_id),
  };
}
