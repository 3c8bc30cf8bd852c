import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ENGINES, freshDatabase, packs, type TestDatabase } from './support/database';
import { policyFor } from '../src/core/services/policy.service';
import { todayIso } from '../src/core/shared/dates';
import type { EffectivePolicy } from '../src/core/policy/effective-policy';
import { loadTalkRosters } from '../src/areas/talks/facts';
import { readTalkForm } from '../src/areas/talks/queries/talk-form';
import { subjectsWithoutResponsibleTalker } from '../src/areas/talks/queries/responsibility';
import type { Responsibility } from '../src/areas/talks/rules/responsibility';

/**
 * Recording a talk reads only the roster around its subjects (the subjects, the principals, the middle cadres of the
 * subjects' departments). Its 第六条 warning must name exactly the subjects that the whole college's roster (the one the
 * talk duties are derived from) gives none of the talkers to: swept over the demo college, every kind of relationship
 * and a talker named by the organization department.
 */
describe.each(ENGINES)('the 第六条 warning of a talk on %s', (engine) => {
  let database: TestDatabase;
  let policy: EffectivePolicy;
  let institutionId: number;
  let full: Map<number, Responsibility>;
  const today = todayIso();

  beforeAll(async () => {
    database = await freshDatabase(engine);
    institutionId = Number((await database.db.execute(sql`SELECT min(id) AS id FROM institution`)).rows[0].id);
    policy = (await policyFor(database.db, packs, institutionId)).policy;
    // The organization department names a talker for one staff member, someone not otherwise responsible for them.
    const [roster] = await loadTalkRosters(database.db, institutionId, [today], policy);
    const staff = roster.responsibilities.find((r) => r.kind === 'middle_staff' && r.talkerIds.length)!;
    const other = roster.responsibilities.find((r) => r.kind === 'middle_staff' && r.subject.departmentId !== staff.subject.departmentId)!;
    await database.db.execute(sql`INSERT INTO talk_assignment (institution_id, talker_person_id, subject_person_id, year, reason, created_by)
      VALUES (${institutionId}, ${other.subjectId}, ${staff.subjectId}, ${Number(today.slice(0, 4))}, '测试：组织部指定谈话人', 0)`);
    const [after] = await loadTalkRosters(database.db, institutionId, [today], policy);
    full = new Map(after.responsibilities.map((r) => [r.subjectId, r]));
  });
  afterAll(async () => {
    await database?.close();
  });

  const expected = (talkerIds: number[], subjectIds: number[]) => subjectIds.filter((s) => !full.get(s)?.talkerIds.some((t) => talkerIds.includes(t)));
  const warned = async (talkerIds: number[], subjectIds: number[]) => {
    const { roster } = await readTalkForm(database.db, institutionId, today, { talkerIds, subjectIds });
    return subjectsWithoutResponsibleTalker(policy, roster, talkerIds, subjectIds, today).map((u) => u.subjectPersonId);
  };

  it('warns of the same subjects as the whole roster, for each kind of relationship and an assigned talker', async () => {
    const all = [...full.values()];
    const sample = [
      ...['principal_leadership', 'leader_middle', 'middle_staff'].flatMap((kind) => all.filter((r) => r.kind === kind).slice(0, 12)),
      ...all.filter((r) => r.assigned),
    ];
    expect(new Set(sample.map((r) => r.kind)).size).toBe(3);
    expect(sample.some((r) => r.assigned)).toBe(true);
    const principal = all.find((r) => r.subject.rank === 'principal')!.subjectId;
    const stranger = all.find((r) => r.kind === 'middle_staff')!.subjectId;
    let silent = 0;
    for (const r of sample) {
      for (const talkers of [r.talkerIds.slice(0, 1), r.talkerIds.slice(-1), [principal], [stranger], [stranger, ...r.talkerIds]]) {
        if (!talkers.length) continue;
        const want = expected(talkers, [r.subjectId]);
        if (!want.length) silent++;
        expect(await warned(talkers, [r.subjectId]), `subject ${r.subjectId} (${r.kind}), talkers ${talkers.join(',')}`).toEqual(want);
      }
    }
    // Not a sweep of warnings only: most subjects' own talkers answer for them.
    expect(silent).toBeGreaterThan(sample.length);
    // A group talk: several subjects of different kinds at once.
    const group = sample.map((r) => r.subjectId);
    const talkers = [principal, ...sample.slice(0, 5).flatMap((r) => r.talkerIds.slice(0, 1))];
    expect(await warned(talkers, group)).toEqual(expected(talkers, group));
  });
});
