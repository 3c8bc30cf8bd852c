import type { ErrorCode } from '../../../core/shared/error-codes';
import { AppraisalRuleError, checkGrade, type AppraisalRules, type GradeInput } from './appraisal';

/** One person's grade in a batch (the department grid, an imported file). `row` is the file's row, if any. */
export interface BatchGrade extends GradeInput {
  personId: number;
  row?: number;
}

/** A person appraised (a row of the appraisal sheet) with what is recorded for them so far. */
export interface BatchMember {
  personId: number;
  name: string;
  departmentId: number;
  departmentName: string;
  grade: string | null;
  reason: string | null;
  overQuota: boolean;
  quotaReason: string | null;
}

export interface BatchProblem {
  code: ErrorCode;
  message: string;
  /** The article (a pack citation) that forbids it, if a rule does. */
  article: string | null;
}

export interface CheckedGrade {
  personId: number;
  row?: number;
  name: string;
  departmentId: number;
  departmentName: string;
  before: string | null;
  input: GradeInput;
  /** new: no grade yet; update: another grade or basis; unchanged: as recorded. */
  action: 'new' | 'update' | 'unchanged';
  overQuota: boolean;
  /** The grade calls for a talk and the one before did not (a talk occasion is registered once). */
  newTalk: boolean;
  problems: BatchProblem[];
}

/**
 * The ungraded people of a department given the default grade ("其余人员设为 合格"): those with no grade and no row of
 * their own in the batch; `except` (the caller, 回避) is left out. Pure.
 */
export function restOf(members: BatchMember[], rows: BatchGrade[], grade: string, except: number | null): BatchGrade[] {
  const named = new Set(rows.map((r) => r.personId));
  return members.filter((m) => !m.grade && !named.has(m.personId) && m.personId !== except).map((m) => ({ personId: m.personId, grade, reason: null, caseIds: [], quotaReason: null }));
}

/**
 * Checks many grades at once, each by the single grade's rules (checkGrade: the scale; 第6条 the excellent quota of the
 * person's department, counted as the batch would leave it, in the sheet's order; 第12条 an adverse grade stated and not
 * resting on an exempted matter), plus what only a batch can get wrong: a person twice, a person not appraised in the
 * scope. A recorded grade may be changed (the cycle is open); one left as it is, is unchanged. Pure.
 */
export function checkGrades(
  rows: BatchGrade[],
  members: BatchMember[],
  ctx: { year: number; exempted: ReadonlyMap<number, { caseId: number; matter: string; citation: string | null }[]>; notAppraised: string },
  rules: AppraisalRules,
): CheckedGrade[] {
  const byPerson = new Map(members.map((m, i) => [m.personId, { m, i }]));
  const population = new Map<number, number>();
  for (const m of members) population.set(m.departmentId, (population.get(m.departmentId) ?? 0) + 1);
  const seen = new Map<number, number>();
  for (const r of rows) seen.set(r.personId, (seen.get(r.personId) ?? 0) + 1);
  const changing = new Map(rows.filter((r) => byPerson.has(r.personId)).map((r) => [r.personId, r.grade]));
  // 第6条: the excellent grades a department keeps (recorded and not changed by this batch) fill its quota first.
  const excellent = new Map<number, number>();
  for (const m of members) if (m.grade === 'excellent' && (changing.get(m.personId) ?? 'excellent') === 'excellent') excellent.set(m.departmentId, (excellent.get(m.departmentId) ?? 0) + 1);
  const order = rows.map((r, i) => ({ r, i })).sort((a, b) => (byPerson.get(a.r.personId)?.i ?? Infinity) - (byPerson.get(b.r.personId)?.i ?? Infinity) || a.i - b.i);
  const out: CheckedGrade[] = new Array(rows.length);
  for (const { r, i } of order) {
    const found = byPerson.get(r.personId);
    const input: GradeInput = { grade: r.grade, reason: r.reason?.trim() || null, caseIds: r.caseIds, quotaReason: r.quotaReason?.trim() || null };
    if (!found) {
      out[i] = { personId: r.personId, row: r.row, name: '', departmentId: 0, departmentName: '', before: null, input, action: 'new', overQuota: false, newTalk: false, problems: [{ code: 'APPRAISAL.NOT_IN_DEPARTMENT', message: ctx.notAppraised, article: null }] };
      continue;
    }
    const { m } = found;
    const base = { personId: m.personId, row: r.row, name: m.name, departmentId: m.departmentId, departmentName: m.departmentName, before: m.grade, input };
    if ((seen.get(r.personId) ?? 0) > 1) {
      out[i] = { ...base, action: 'new', overQuota: false, newTalk: false, problems: [{ code: 'APPRAISAL.BATCH_TWICE', message: '出现不止一次，每人只能登记一个等次', article: null }] };
      continue;
    }
    const sameGrade = m.grade === input.grade;
    if (sameGrade && (input.reason ?? m.reason) === m.reason && (input.quotaReason ?? m.quotaReason) === m.quotaReason && !input.caseIds.length) {
      out[i] = { ...base, input: { ...input, reason: m.reason, quotaReason: m.quotaReason }, action: 'unchanged', overQuota: m.overQuota, newTalk: false, problems: [] };
      continue;
    }
    const action = m.grade ? 'update' : 'new';
    const newTalk = rules.talkGrades.includes(input.grade) && !(m.grade && rules.talkGrades.includes(m.grade));
    try {
      // A kept excellent grade already counts in its department's quota: it is checked as within it, keeping its mark.
      const soFar = sameGrade && input.grade === 'excellent' ? 0 : (excellent.get(m.departmentId) ?? 0);
      const checked = checkGrade(input, { name: m.name, year: ctx.year, existing: null, population: population.get(m.departmentId) ?? 0, excellentSoFar: soFar, exempted: ctx.exempted.get(m.personId) ?? [] }, rules);
      if (input.grade === 'excellent' && !sameGrade) excellent.set(m.departmentId, (excellent.get(m.departmentId) ?? 0) + 1);
      const overQuota = sameGrade ? m.overQuota : checked.overQuota;
      out[i] = { ...base, input: { ...input, quotaReason: overQuota ? (input.quotaReason ?? m.quotaReason) : null }, action, overQuota, newTalk, problems: [] };
    } catch (e) {
      if (!(e instanceof AppraisalRuleError)) throw e;
      out[i] = { ...base, action, overQuota: false, newTalk: false, problems: [{ code: e.code, message: e.message, article: e.article }] };
    }
  }
  return out;
}
