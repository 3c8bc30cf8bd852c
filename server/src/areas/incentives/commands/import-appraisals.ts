import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { and, eq, inArray } from 'drizzle-orm';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import type { BatchGrade } from '../rules/appraisal-batch';
import { appraisalContext, appraisalSheet, getCycle } from '../queries/appraisal';
import { readAppraisalSheet } from '../documents/appraisal-sheet';
import { checkBatch, outcomeOf, refuseBatch, writeGrades, type GradeOutcome } from './grade-appraisals';

const countsOf = (rows: { result: string }[]) => {
  const counts: Record<string, number> = { new: 0, update: 0, unchanged: 0, blank: 0, bad: 0 };
  for (const r of rows) counts[r.result] = (counts[r.result] ?? 0) + 1;
  return counts;
};

/**
 * Reads and checks an uploaded results file against the cycle's sheet: each row found by 工号 (its name must match),
 * its grade by the college's label; then the grid's own checks (rules/appraisal-batch.ts) on the rows that name a
 * person and a grade. Rows without a grade are left as they are. Reads only: the preview, and the commit's first step.
 */
async function checkFile(deps: AppDeps, req: FastifyRequest, cycleId: number, b: { fileName: string; contentBase64: string }) {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const cycle = await getCycle(db, auth.institutionId, cycleId);
  const raw = await readAppraisalSheet(b.contentBase64, b.fileName);
  if (!raw.length) throw new AppError('IMPORT.EMPTY', `文件“${b.fileName}”表头下没有数据行`, 400, { field: 'contentBase64' });
  const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, today);
  const members = await appraisalSheet(db, auth.institutionId, cycle, null, today, gapDays, rules);
  const staffNos = [...new Set(raw.map((r) => r.staffNo ?? '').filter(Boolean))];
  const people = staffNos.length ? await db.select({ id: person.id, staffNo: person.staffNo }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.staffNo, staffNos))) : [];
  const idOf = new Map(people.map((p) => [p.staffNo, p.id]));
  const memberOf = new Map(members.map((m) => [m.personId, m]));
  const gradeOf = new Map(rules.grades.map((g) => [rules.labels[g], g]));
  const early: GradeOutcome[] = [];
  const rows: BatchGrade[] = [];
  for (const r of raw) {
    const id = idOf.get(r.staffNo ?? '');
    const m = id ? memberOf.get(id) : undefined;
    const bad = (detail: string) => early.push({ row: r.row, personId: m?.personId ?? 0, name: r.name ?? '', departmentName: m?.departmentName ?? r.department ?? '', grade: null, result: 'bad', detail });
    if (!r.staffNo) bad('工号：未填写');
    else if (!m) bad(`工号：“${r.staffNo}”不是 ${cycle.year} 年度参加考核的人员（院级领导由上级党委考核）`);
    else if ((r.name ?? '') !== m.name) bad(`姓名：与工号 ${r.staffNo} 登记的姓名“${m.name}”不一致`);
    else if (!r.grade) early.push({ row: r.row, personId: m.personId, name: m.name, departmentName: m.departmentName, grade: null, result: 'blank', detail: '未填写考核等次，不登记' });
    else if (!gradeOf.has(r.grade)) bad(`考核等次：“${r.grade}”应为 ${rules.grades.map((g) => rules.labels[g]).join('、')}`);
    else rows.push({ row: r.row, personId: m.personId, grade: gradeOf.get(r.grade)!, reason: r.reason || null, caseIds: [], quotaReason: r.quotaReason || null });
  }
  const checked = await checkBatch(db, deps, auth, cycle.year, rows, members, rules, `不是 ${cycle.year} 年度参加考核的人员`);
  const results = [...early, ...checked.map((c) => outcomeOf(deps, c, rules))].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { cycle, rules, checked, results, totalRows: raw.length };
}

/** 上传考核结果并预览: every row checked; nothing written, nothing kept (the commit sends the file again). */
export async function previewAppraisalImport(deps: AppDeps, req: FastifyRequest, cycleId: number, b: { fileName: string; contentBase64: string }) {
  const { results, totalRows } = await checkFile(deps, req, cycleId, b);
  return { fileName: b.fileName, status: 'previewed', totalRows, counts: countsOf(results), results };
}

/**
 * 导入考核结果: the file checked again as the sheet is now; all rows or none (with a refused row nothing is written
 * unless only the good rows are asked for), updating a person's grade of the year by 工号; one audit event.
 */
export async function commitAppraisalImport(deps: AppDeps, req: FastifyRequest, cycleId: number, b: { fileName: string; contentBase64: string; onlyGood: boolean }) {
  const auth = req.auth!;
  const { cycle, rules, checked, results, totalRows } = await checkFile(deps, req, cycleId, b);
  if (cycle.status !== 'open') throw new AppError('APPRAISAL.CYCLE_CLOSED', `${cycle.year} 年度考核已结束，不能再登记`, 409);
  if (!b.onlyGood) refuseBatch(results, 'IMPORT.HAS_ERRORS', '有错误行，未导入任何数据（可修改后重新上传，或选择“只导入正确的行”）。');
  const final = results.map((r) => (r.result === 'bad' ? { ...r, result: 'skipped' as const } : r));
  const counts = countsOf(final);
  const sha256 = createHash('sha256').update(b.contentBase64).digest('hex');
  return runCommand(deps.db, req, async (tx) => {
    const wrote = await writeGrades(tx, deps, auth, cycle, checked, rules);
    return {
      result: { fileName: b.fileName, status: 'committed', totalRows, counts, results: final },
      audit: { action: 'appraisal.import', entityType: 'appraisal_cycle', entityId: cycle.id, detail: { year: cycle.year, fileName: b.fileName, sha256, onlyGood: b.onlyGood, counts, talkOccasionIds: wrote.talkOccasionIds, changes: wrote.changes } },
    };
  });
}
