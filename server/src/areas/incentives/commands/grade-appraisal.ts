import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { appraisal } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { tell } from '../../../core/reminders/tell';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { registerTalkOccasion } from '../../talks';
import { checkGrade } from '../rules/appraisal';
import { authorizeIncentive } from '../access';
import { together } from '../../../core/db/together';
import { appraisalContext, appraisalError, casesForAppraisal, departmentMembers, getCycle, gradesOf } from '../queries/appraisal';
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
  // The cycle, the rules, the person's cases and who ever held a post in the department, read together; then the
  // department's members (not the whole college's sheet: a grade needs who is in it and how many are 优秀 already).
  const [c, { rules, gapDays }, cases] = await together(db, [
    () => getCycle(db, auth.institutionId, b.cycleId),
    () => appraisalContext(db, deps, auth.institutionId, today),
    () => casesForAppraisal(db, auth.institutionId, b.personId),
  ]);
  if (c.status !== 'open') throw new AppError('APPRAISAL.CYCLE_CLOSED', `${c.year} 年度考核已结束，不能再登记`, 409);
  const members = await departmentMembers(db, auth.institutionId, b.departmentId, today, gapDays, rules);
  const row = members.find((r) => r.personId === b.personId);
  if (!row) throw new AppError('APPRAISAL.NOT_IN_DEPARTMENT', '该人员不在本部门参加考核的人员中', 400, { field: 'personId' });
  if (b.caseIds.some((id) => !cases.some((x) => x.id === id))) throw new AppError('APPRAISAL.CASE', '所选问责事项不属于该人员', 400, { field: 'caseIds' });
  const excellentSoFar = (await gradesOf(db, auth.institutionId, c.year, members.map((m) => m.personId))).filter((g) => g.grade === 'excellent').length;
  return runCommand(db, req, async (tx) => {
    const [existing] = await tx.select({ grade: appraisal.grade }).from(appraisal).where(and(eq(appraisal.institutionId, auth.institutionId), eq(appraisal.personId, b.personId), eq(appraisal.year, c.year)));
    let checked;
    try {
      checked = checkGrade(b, { name: row.name, year: c.year, existing: existing?.grade ?? null, population: members.length, excellentSoFar, exempted: cases.filter((x) => x.exempted).map((x) => ({ caseId: x.id, matter: x.matter, citation: x.citation })) }, rules);
    } catch (e) {
      throw appraisalError(e);
    }
    const [a] = await tx
      .insert(appraisal)
      .values({
        institutionId: auth.institutionId, cycleId: c.id, year: c.year, personId: b.personId, departmentId: b.departmentId, grade: b.grade, reason: b.reason, caseIds: b.caseIds,
        overQuota: checked.overQuota, quotaReason: checked.overQuota ? b.quotaReason : null, recordedOn: today, recordedBy: auth.accountId,
      })
      .returning({ id: appraisal.id });
    // The boundary to the talks area (scitc 附件1 第五条（四）): a weak grade is a situation calling for a talk.
    const talkOccasionId = checked.owesTalk
      ? await registerTalkOccasion(tx, {
          institutionId: auth.institutionId, kind: 'weak_appraisal', subjectPersonId: b.personId, occasionDate: today, source: 'appraisal', createdBy: auth.accountId,
          note: `${c.year} 年度考核评为${rules.labels[b.grade] ?? b.grade}`,
        })
      : null;
    // The cadre is told their grade, with the basis where the grade is adverse (基本称职、不称职须写明依据).
    await tell(tx, deps.packs, {
      institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [b.personId], event: 'appraisal.graded',
      ctx: { id: a.id, who: row.name, what: String(c.year), decision: rules.labels[b.grade] ?? b.grade, reason: b.reason }, citation: b.reason ? rules.adverseCitation : null,
    });
    return { result: { id: a.id, overQuota: checked.overQuota, talkOccasionId }, audit: { action: 'appraisal.grade', entityType: 'appraisal', entityId: a.id, after: { ...b, overQuota: checked.overQuota, talkOccasionId } } };
  });
}
