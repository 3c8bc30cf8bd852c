import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import type { Executor } from '../../../core/db/client';
import { lockCollege } from '../../../core/db/college-lock';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { restOf } from '../rules/appraisal-batch';
import { countsAgainstQuota } from '../rules/appraisal';
import { appraisalContext, appraisalSheet, getCycle } from '../queries/appraisal';
import type { gradesCreate } from '../http/appraisal-batch.schema';
import { checkBatch, outcomeOf, refuseBatch, writeGrades } from './grade-appraisals';

/**
 * 按部门登记年度考核等次: the department grid's save. The rows given (exceptions, changes) and, when asked, the rest of
 * the department's ungraded people at one grade (“其余人员设为 合格”), checked together by the single grade's rules; all
 * saved in one transaction with one audit event, or none when any row is refused (each named with why and the article).
 */
export async function gradeDepartment(deps: AppDeps, req: FastifyRequest, cycleId: number, b: z.infer<typeof gradesCreate>) {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const c = await getCycle(db, auth.institutionId, cycleId);
  if (c.status !== 'open') throw new AppError('APPRAISAL.CYCLE_CLOSED', `${c.year} 年度考核已结束，不能再登记`, 409);
  const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, today);
  if (b.restGrade && !rules.grades.includes(b.restGrade))
    throw new AppError('APPRAISAL.GRADE', `考核等次应为：${rules.grades.map((g) => rules.labels[g]).join('、')}`, 400, { field: 'restGrade' });
  // The rows to save and their check, on a sheet read now: “其余人员” are those the sheet shows ungraded.
  const checkOn = async (ex: Executor) => {
    const members = await appraisalSheet(ex, auth.institutionId, c, b.departmentId, today, gapDays, rules);
    const rest = b.restGrade ? restOf(members, b.rows, b.restGrade, auth.personId) : [];
    const rows = [...b.rows, ...rest];
    if (!rows.length) throw new AppError('APPRAISAL.GRADE', '没有要登记的等次：请在表中选择等次，或选择“其余人员设为”', 400, { field: 'rows' });
    const checked = await checkBatch(ex, deps, auth, c.year, rows, members, rules, '该人员不在本部门参加考核的人员中');
    const outcomes = checked.map((x) => outcomeOf(deps, x, rules));
    refuseBatch(outcomes, 'APPRAISAL.BATCH_REFUSED', '');
    return { checked, outcomes, rest: new Set(rest.map((r) => r.personId)) };
  };
  // Checked on what was read: a refusal needs no transaction.
  const first = await checkOn(db);
  // The quota (第6条) depends on the department's other excellent grades, and “其余人员” on who is still ungraded.
  const excellent = b.rows.some((r) => countsAgainstQuota(r.grade)) || (!!b.restGrade && countsAgainstQuota(b.restGrade));
  return runCommand(db, req, async (tx) => {
    // An excellent grade takes its turn on the college's row (as the single grade and the import do), before anything
    // is written, and the batch is checked again on the grades committed now: two saves cannot both take a
    // department's last excellent place. The rest is taken again from the sheet as it is now, so that a person graded
    // by another meanwhile is not overwritten with the default grade.
    if (excellent) await lockCollege(tx, auth.institutionId);
    const now = excellent || b.restGrade ? await checkOn(tx) : first;
    // The rest only where still ungraded as written: one graded by another while this waited keeps that grade, and
    // the answer says so for that person rather than reporting the default grade as saved.
    const wrote = await writeGrades(tx, deps, auth, c, now.checked, rules, { ifUngraded: now.rest });
    const outcomes = now.outcomes.map((o) => (wrote.left.includes(o.personId) ? { ...o, result: 'unchanged' as const, detail: '保存时已由他人登记等次，未按“其余人员”改动' } : o));
    const counts = { created: wrote.created, updated: wrote.updated, unchanged: outcomes.length - wrote.created - wrote.updated };
    return {
      result: { ...counts, talkOccasions: wrote.talkOccasionIds.length, rows: outcomes },
      audit: {
        action: 'appraisal.grade_batch', entityType: 'appraisal_cycle', entityId: c.id,
        detail: { year: c.year, departmentId: b.departmentId, restGrade: b.restGrade, counts, talkOccasionIds: wrote.talkOccasionIds, changes: wrote.changes },
      },
    };
  });
}
