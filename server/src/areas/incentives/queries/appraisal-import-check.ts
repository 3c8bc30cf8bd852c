import { and, eq, inArray } from 'drizzle-orm';
import { appraisalCycle, person } from '../../../core/db/schema';
import { citationName } from '../../../core/policy/citation-names';
import type { CheckedImportRow, ImportContext, ImportRawRow } from '../../../core/imports/template';
import type { BatchGrade, CheckedGrade } from '../rules/appraisal-batch';
import type { AppraisalRules } from '../rules/appraisal';
import { appraisalContext, appraisalSheet } from './appraisal';
import { checkBatch, outcomeOf, type GradeOutcome } from '../commands/grade-appraisals';

export type AppraisalCycleRow = typeof appraisalCycle.$inferSelect;

/** What a good row of 年度考核结果 writes: the grid's checked grade in its year's cycle. */
export interface AppraisalImportWrite {
  cycle: AppraisalCycleRow;
  checked: CheckedGrade;
}

/** The columns of a results row, by the template's words (the go-live template and the appraisal page's own sheet). */
export const APPRAISAL_IMPORT_WORDS = { year: '年度', staffNo: '工号', name: '姓名', grade: '考核等次', reason: '评定依据', quotaReason: '超出优秀名额的理由' } as const;

/** The column a refusal of the grid's checks (rules/appraisal-batch.ts, 回避) belongs to. */
const COLUMN_OF_CODE: Record<string, string> = {
  'APPRAISAL.GRADE': APPRAISAL_IMPORT_WORDS.grade,
  'APPRAISAL.QUOTA_EXCEEDED': APPRAISAL_IMPORT_WORDS.quotaReason,
  'APPRAISAL.REASON_REQUIRED': APPRAISAL_IMPORT_WORDS.reason,
  'APPRAISAL.EXEMPT_MATTER': APPRAISAL_IMPORT_WORDS.reason,
  'APPRAISAL.CASE': APPRAISAL_IMPORT_WORDS.reason,
};

const cell = (r: ImportRawRow, k: string) => String(r[k] ?? '').trim();

/**
 * 年度考核结果 rows checked with the appraisal grid's own checks: each row's 年度 names an open cycle (a year without
 * one, or closed, is refused); its 工号 one appraised that year, the 姓名 matching; the 等次 a label of the college's
 * scale; then, per year, the grid's batch check (checkBatch: the scale, 第6条 the department's excellent quota,
 * 第12条 the written basis of an adverse grade, a person twice, 回避). A row without a grade is left as it is.
 * Returns each row as the appraisal page reports it (GradeOutcome) and as the go-live import does. Reads only.
 */
export async function checkAppraisalRows(ctx: ImportContext, raw: ImportRawRow[], opts: { allowClosed?: boolean } = {}) {
  const { deps, institutionId, today } = ctx;
  const { db } = deps;
  if (!ctx.auth) throw new Error('appraisal results are checked for a signed-in request (回避)');
  const { rules, gapDays } = await appraisalContext(db, deps, institutionId, today);
  const years = [...new Set(raw.map((r) => Number(cell(r, 'year'))).filter((y) => Number.isInteger(y) && y >= 1949 && y <= 9999))];
  const staffNos = [...new Set(raw.map((r) => cell(r, 'staffNo')).filter(Boolean))];
  const [cycles, people] = await Promise.all([
    years.length ? db.select().from(appraisalCycle).where(and(eq(appraisalCycle.institutionId, institutionId), inArray(appraisalCycle.year, years))) : [],
    staffNos.length ? db.select({ id: person.id, staffNo: person.staffNo }).from(person).where(and(eq(person.institutionId, institutionId), inArray(person.staffNo, staffNos))) : [],
  ]);
  const cycleOf = new Map(cycles.map((c) => [c.year, c]));
  const idOf = new Map(people.map((p) => [p.staffNo, p.id]));
  const gradeOf = new Map(rules.grades.map((g) => [rules.labels[g], g]));
  const label = (g: string | null) => (g ? (rules.labels[g] ?? g) : '');
  const out: { outcome: GradeOutcome; row: CheckedImportRow<AppraisalImportWrite> }[] = [];
  const keyOf = (r: ImportRawRow) => `${cell(r, 'year') || '—'} 年度 · 工号 ${cell(r, 'staffNo') || '—'}`;
  const refuse = (r: ImportRawRow, column: string, message: string, m?: { personId: number; name: string; departmentName: string }) =>
    out.push({
      outcome: { row: r.row, personId: m?.personId ?? 0, name: m?.name ?? cell(r, 'name'), departmentName: m?.departmentName ?? cell(r, 'department'), grade: null, result: 'bad', detail: `${column}：${message}` },
      row: { row: r.row, key: keyOf(r), label: m?.name ?? cell(r, 'name'), action: 'bad', problems: [{ column, message }], warnings: [], detail: '' },
    });
  const byYear = new Map<number, ImportRawRow[]>();
  for (const r of raw) {
    const year = cell(r, 'year');
    const cycle = cycleOf.get(Number(year));
    if (!year) refuse(r, APPRAISAL_IMPORT_WORDS.year, '不能为空');
    else if (!/^\d{4}$/.test(year)) refuse(r, APPRAISAL_IMPORT_WORDS.year, `“${year}”应为四位数字的年份，如 ${today.slice(0, 4)}`);
    else if (!cycle) refuse(r, APPRAISAL_IMPORT_WORDS.year, `${year} 年度尚未开启年度考核，不能登记该年度的考核结果；请先在“激励担当作为 → 年度考核”中开启 ${year} 年度考核`);
    else if (cycle.status !== 'open' && !opts.allowClosed) refuse(r, APPRAISAL_IMPORT_WORDS.year, `${year} 年度考核已结束，不能再登记`);
    else byYear.set(cycle.year, [...(byYear.get(cycle.year) ?? []), r]);
  }
  for (const [year, rows] of byYear) {
    const cycle = cycleOf.get(year)!;
    const members = await appraisalSheet(db, institutionId, cycle, null, today, gapDays, rules);
    const memberOf = new Map(members.map((m) => [m.personId, m]));
    const grades: BatchGrade[] = [];
    const rawOf = new Map<number, ImportRawRow>();
    for (const r of rows) {
      const staffNo = cell(r, 'staffNo');
      const name = cell(r, 'name');
      const grade = cell(r, 'grade');
      const id = idOf.get(staffNo);
      const m = id ? memberOf.get(id) : undefined;
      if (!staffNo) refuse(r, APPRAISAL_IMPORT_WORDS.staffNo, '未填写');
      else if (!m) refuse(r, APPRAISAL_IMPORT_WORDS.staffNo, `“${staffNo}”不是 ${year} 年度参加考核的人员（院级领导由上级党委考核）`);
      else if (name && name !== m.name) refuse(r, APPRAISAL_IMPORT_WORDS.name, `与工号 ${staffNo} 登记的姓名“${m.name}”不一致`, m);
      else if (!grade) {
        const detail = '未填写考核等次，不登记';
        out.push({ outcome: { row: r.row, personId: m.personId, name: m.name, departmentName: m.departmentName, grade: null, result: 'blank', detail }, row: { row: r.row, key: keyOf(r), label: m.name, action: 'unchanged', problems: [], warnings: [], detail } });
      } else if (!gradeOf.has(grade)) refuse(r, APPRAISAL_IMPORT_WORDS.grade, `“${grade}”应为 ${rules.grades.map(label).join('、')}`, m);
      else {
        grades.push({ row: r.row, personId: m.personId, grade: gradeOf.get(grade)!, reason: cell(r, 'reason') || null, caseIds: [], quotaReason: cell(r, 'quotaReason') || null });
        rawOf.set(r.row, r);
      }
    }
    const checked = await checkBatch(db, deps, ctx.auth, year, grades, members, rules, `不是 ${year} 年度参加考核的人员`);
    for (const c of checked) out.push({ outcome: outcomeOf(deps, c, rules), row: importRowOf(deps.packs, c, rules, cycle, keyOf(rawOf.get(c.row!)!)) });
  }
  out.sort((a, b) => a.row.row - b.row.row);
  return { outcomes: out.map((o) => o.outcome), rows: out.map((o) => o.row), rules };
}

/** A row the grid checked, as the go-live import reports it: each refusal under its column, with its article by name. */
function importRowOf(packs: Parameters<typeof citationName>[0], c: CheckedGrade, rules: AppraisalRules, cycle: AppraisalCycleRow, key: string): CheckedImportRow<AppraisalImportWrite> {
  const label = (g: string | null) => (g ? (rules.labels[g] ?? g) : '');
  const problems = c.problems.map((p) => ({ column: COLUMN_OF_CODE[p.code] ?? APPRAISAL_IMPORT_WORDS.staffNo, message: p.article ? `${p.message}（${citationName(packs, p.article)}）` : p.message }));
  const detail = c.action === 'unchanged'
    ? `${cycle.year} 年度已登记为“${label(c.before)}”，未变`
    : [c.before ? `${cycle.year} 年度由“${label(c.before)}”改为“${label(c.input.grade)}”` : `${cycle.year} 年度登记为“${label(c.input.grade)}”`, c.overQuota ? '超出优秀名额（已写明理由）' : '', c.newTalk ? '列入谈心谈话情形' : ''].filter(Boolean).join('；');
  return { row: c.row!, key, label: c.name, action: problems.length ? 'bad' : c.action, problems, warnings: [], detail: problems.length ? '' : detail, write: problems.length ? undefined : { cycle, checked: c } };
}
