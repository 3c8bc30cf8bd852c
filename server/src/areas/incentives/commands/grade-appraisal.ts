import { lockCollege } from '../../../core/db/college-lock';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { appraisal } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { noticesFor } from '../../../core/reminders/tell';
import { writeWithNotices } from '../../../core/notifications/with-notices';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { registerTalkOccasion } from '../../talks';
import { checkGrade, countsAgainstQuota } from '../rules/appraisal';
import { authorizeIncentive } from '../access';
import { together } from '../../../core/db/together';
import { appraisalContext, appraisalError, gradesOf } from '../queries/appraisal';
import { departmentSheet, gradeFacts } from '../queries/grade-facts';
import type { gradeCreate } from '../http/appraisal.schema';

/**
 * 登记年度考核等次: not of oneself (回避, access.ts), in an open cycle, of a person appraised in the department; the
 * grade's rules (基本称职、不称职须写明依据, exempted matters are no reason, the 优秀 quota); a weak grade is a talk
 * occasion; the cadre is told their grade.
 */
export async function gradeAppraisal(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof gradeCreate>) {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  authorizeIncentive(auth, 'gradeAppraisal', b);
  // The rules (the college's policy, cached by the request's facts version), and in one statement the cycle, the
  // department's members with their grades (only the person's, unless the grade counts against the quota: the
  // department's numbers matter to nothing else) and the person's cases (queries/grade-facts.ts).
  const quotaGrade = countsAgainstQuota(b.grade);
  const [{ rules }, facts] = await together(db, [
    () => appraisalContext(db, deps, auth.institutionId, today, auth.factsVersion),
    () => gradeFacts(db, auth.institutionId, { cycleId: b.cycleId, departmentId: b.departmentId, personId: b.personId, asOf: today, wholeDepartment: quotaGrade }),
  ]);
  const { cycle: c, cases } = facts;
  if (c.status !== 'open') throw new AppError('APPRAISAL.CYCLE_CLOSED', `${c.year} 年度考核已结束，不能再登记`, 409);
  const { members, grades } = departmentSheet(facts, b.departmentId, rules);
  const row = members.find((r) => r.personId === b.personId);
  if (!row) throw new AppError('APPRAISAL.NOT_IN_DEPARTMENT', '该人员不在本部门参加考核的人员中', 400, { field: 'personId' });
  if (b.caseIds.some((id) => !cases.some((x) => x.id === id))) throw new AppError('APPRAISAL.CASE', '所选问责事项不属于该人员', 400, { field: 'caseIds' });
  // The population and the excellent grades so far are the department's when the grade counts against the quota, and
  // only then read; for any other grade checkGrade does not look at them.
  const check = (g: { personId: number; grade: string }[]) => {
    try {
      return checkGrade(b, {
        name: row.name, year: c.year, existing: g.find((x) => x.personId === b.personId)?.grade ?? null, population: members.length, excellentSoFar: g.filter((x) => countsAgainstQuota(x.grade)).length,
        exempted: cases.filter((x) => x.exempted).map((x) => ({ caseId: x.id, matter: x.matter, citation: x.citation })),
      }, rules);
    } catch (e) {
      throw appraisalError(e);
    }
  };
  // Checked on what was read: a refusal needs no transaction.
  let checked = check(grades);
  return runCommand(db, req, async (tx) => {
    // The quota (第6条) depends on the department's other excellent grades: an excellent grade takes the college's row
    // before it writes (as the grid with one and the imports do) and counts again what those before it committed. A
    // plain grade never takes the row (its audit append counts the change on its chain head), so the college is not
    // held while it writes (bench/README); should it and a writer holding the row wait on each other over the same
    // person, PostgreSQL fails one, answered 409 DATA.CONFLICT, nothing of it saved.
    if (quotaGrade) {
      await lockCollege(tx, auth.institutionId);
      checked = check(await gradesOf(tx, auth.institutionId, c.year, members.map((m) => m.personId)));
    }
    // The grade and the cadre's notice in one statement; one grade a person and year (the unique index: a grade
    // committed meanwhile by another is refused as the rule words it, and the notice goes back with the transaction).
    const id = await writeWithNotices(
      tx,
      tx.insert(appraisal).values({
        institutionId: auth.institutionId, cycleId: c.id, year: c.year, personId: b.personId, departmentId: b.departmentId, grade: b.grade, reason: b.reason, caseIds: b.caseIds,
        overQuota: checked.overQuota, quotaReason: checked.overQuota ? b.quotaReason : null, recordedOn: today, recordedBy: auth.accountId,
      }).onConflictDoNothing({ target: [appraisal.institutionId, appraisal.personId, appraisal.year] }).returning({ id: appraisal.id }),
      // The cadre is told their grade, with the basis where the grade is adverse (基本称职、不称职须写明依据).
      noticesFor(deps.packs, {
        institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [b.personId], event: 'appraisal.graded',
        // The notice's link is the incentives page, not the grade: it is written beside the grade, before its id is known.
        ctx: { id: 0, who: row.name, what: String(c.year), decision: rules.labels[b.grade] ?? b.grade, reason: b.reason }, citation: b.reason ? rules.adverseCitation : null,
      }),
    );
    if (id === null) {
      check(await gradesOf(tx, auth.institutionId, c.year, [b.personId]));
      throw new AppError('DATA.DUPLICATE', '与已有记录重复，未保存', 409);
    }
    // The boundary to the talks area (scitc 附件1 第五条（四）): a weak grade is a situation calling for a talk.
    const talkOccasionId = checked.owesTalk
      ? await registerTalkOccasion(tx, {
          institutionId: auth.institutionId, kind: 'weak_appraisal', subjectPersonId: b.personId, occasionDate: today, source: 'appraisal', createdBy: auth.accountId,
          note: `${c.year} 年度考核评为${rules.labels[b.grade] ?? b.grade}`,
        })
      : null;
    return { result: { id, overQuota: checked.overQuota, talkOccasionId }, audit: { action: 'appraisal.grade', entityType: 'appraisal', entityId: id, after: { ...b, overQuota: checked.overQuota, talkOccasionId } } };
  });
}
