import { and, inArray, eq, sql } from 'drizzle-orm';
import { accountabilityCase, appraisal, appraisalCycle, person } from '../../../core/db/schema';
import type { Executor, Tx } from '../../../core/db/client';
import type { AppDeps } from '../../../core/services/deps';
import type { AuthContext } from '../../../core/auth/context';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { citationName } from '../../../core/policy/citation-names';
import { notifyMany } from '../../../core/notifications/notify';
import { noticeOf } from '../../../core/reminders/events';
import { registerTalkOccasion } from '../../talks';
import { determinations } from '../../tolerance';
import type { AppraisalRules } from '../rules/appraisal';
import { checkGrades, type BatchGrade, type BatchMember, type CheckedGrade } from '../rules/appraisal-batch';
import { mayIncentive } from '../access';

const CHUNK = 500;

/** A checked row as the grid, the preview and the report show it: what becomes of it, and why not where refused. */
export interface GradeOutcome {
  row?: number;
  personId: number;
  name: string;
  departmentName: string;
  grade: string | null;
  result: 'new' | 'update' | 'unchanged' | 'bad' | 'skipped' | 'blank';
  detail: string;
}

/** The exempted matters (第12条) of the people whose rows name accountability cases, and whether each case is theirs. */
async function casesOf(ex: Executor, institutionId: number, rows: BatchGrade[]) {
  const withCases = rows.filter((r) => r.caseIds.length);
  const exempted = new Map<number, { caseId: number; matter: string; citation: string | null }[]>();
  const foreign = new Set<number>();
  if (!withCases.length) return { exempted, foreign };
  const ids = [...new Set(withCases.flatMap((r) => r.caseIds))];
  const cases = await ex.select({ id: accountabilityCase.id, personId: accountabilityCase.subjectPersonId, matter: accountabilityCase.matter }).from(accountabilityCase).where(and(eq(accountabilityCase.institutionId, institutionId), inArray(accountabilityCase.id, ids)));
  for (const r of withCases) {
    const dets = await determinations(ex, institutionId, { personId: r.personId });
    if (r.caseIds.some((id) => !cases.some((c) => c.id === id && c.personId === r.personId))) foreign.add(r.personId);
    exempted.set(r.personId, cases.filter((c) => c.personId === r.personId).flatMap((c) => {
      const d = dets.find((x) => x.caseId === c.id && x.outcome === 'exempt' && x.protections.includes('annual_appraisal'));
      return d ? [{ caseId: c.id, matter: c.matter, citation: d.protectionCitation ?? null }] : [];
    }));
  }
  return { exempted, foreign };
}

/**
 * Checks a batch of grades against the sheet (the single grade's rules, rules/appraisal-batch.ts), adding 回避 (nobody
 * grades themselves, access.ts) and cases that are not the person's. Reads only.
 */
export async function checkBatch(ex: Executor, deps: AppDeps, auth: AuthContext, year: number, rows: BatchGrade[], members: BatchMember[], rules: AppraisalRules, notAppraised: string) {
  const { exempted, foreign } = await casesOf(ex, auth.institutionId, rows);
  const checked = checkGrades(rows, members, { year, exempted, notAppraised }, rules);
  // Someone of the college outside the scope is named; an id of no one of the college stays a number.
  const strangers = [...new Set(checked.filter((c) => !c.name).map((c) => c.personId))];
  if (strangers.length) {
    const names = new Map((await ex.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, strangers)))).map((p) => [p.id, p.name]));
    for (const c of checked) if (!c.name) c.name = names.get(c.personId) ?? '';
  }
  for (const c of checked) {
    if (!mayIncentive(auth, 'gradeAppraisal', { personId: c.personId }))
      c.problems.unshift({ code: 'PROCEDURE.OWN_CASE', message: '您是本人，不能登记本人的年度考核等次（应当回避），请由其他有权限的同志办理', article: null });
    if (foreign.has(c.personId)) c.problems.push({ code: 'APPRAISAL.CASE', message: '所选问责事项不属于该人员', article: null });
  }
  return checked;
}

/** One row's outcome in words: the problems with their articles by the regulation's name, or what was done. */
export function outcomeOf(deps: AppDeps, c: CheckedGrade, rules: AppraisalRules, skipBad = false): GradeOutcome {
  const label = (g: string | null) => (g ? (rules.labels[g] ?? g) : '');
  const detail = c.problems.length
    ? c.problems.map((p) => (p.article ? `${p.message}（${citationName(deps.packs, p.article)}）` : p.message)).join('；')
    : c.action === 'unchanged'
      ? `已登记为“${label(c.before)}”，未变`
      : [c.before ? `由“${label(c.before)}”改为“${label(c.input.grade)}”` : `登记为“${label(c.input.grade)}”`, c.overQuota ? '超出优秀名额（已写明理由）' : '', c.newTalk ? '列入谈心谈话情形' : ''].filter(Boolean).join('；');
  return { row: c.row, personId: c.personId, name: c.name, departmentName: c.departmentName, grade: c.input.grade, result: c.problems.length ? (skipBad ? 'skipped' : 'bad') : c.action, detail };
}

/**
 * Writes the good rows of a checked batch in the caller's transaction: the grades in a few statements (insert, or
 * update by person and year), a talk occasion for a grade that now calls for one (scitc 附件1 第五条（四）), and each
 * cadre told their grade. `ifUngraded`: people given a grade only as long as nobody has graded them (the grid's
 * “其余人员”): one graded by another meanwhile keeps that grade (`left`). Returns what it did, for the audit.
 */
export async function writeGrades(tx: Tx, deps: AppDeps, auth: Pick<AuthContext, 'institutionId' | 'accountId' | 'personId'>, cycle: typeof appraisalCycle.$inferSelect, checked: CheckedGrade[], rules: AppraisalRules, opts: { ifUngraded?: ReadonlySet<number> } = {}) {
  const today = todayIso();
  const toWrite = checked.filter((c) => !c.problems.length && c.action !== 'unchanged');
  const valuesOf = (rows: CheckedGrade[]) => rows.map((c) => ({
    institutionId: auth.institutionId, cycleId: cycle.id, year: cycle.year, personId: c.personId, departmentId: c.departmentId, grade: c.input.grade, reason: c.input.reason, caseIds: c.input.caseIds,
    overQuota: c.overQuota, quotaReason: c.input.quotaReason, recordedOn: today, recordedBy: auth.accountId,
  }));
  const ifUngraded = (c: CheckedGrade) => c.action === 'new' && !!opts.ifUngraded?.has(c.personId);
  const onlyNew = toWrite.filter(ifUngraded);
  const upserts = toWrite.filter((c) => !ifUngraded(c));
  for (let i = 0; i < upserts.length; i += CHUNK) {
    await tx
      .insert(appraisal)
      .values(valuesOf(upserts.slice(i, i + CHUNK)))
      .onConflictDoUpdate({
        target: [appraisal.institutionId, appraisal.personId, appraisal.year],
        set: {
          departmentId: sql`excluded.department_id`, grade: sql`excluded.grade`, reason: sql`excluded.reason`, caseIds: sql`excluded.case_ids`, overQuota: sql`excluded.over_quota`,
          quotaReason: sql`excluded.quota_reason`, recordedOn: sql`excluded.recorded_on`, recordedBy: sql`excluded.recorded_by`,
        },
      });
  }
  // Those still ungraded only: a grade another committed meanwhile (or commits while this waits for it) stays.
  const inserted = new Set<number>();
  for (let i = 0; i < onlyNew.length; i += CHUNK) {
    const rows = await tx.insert(appraisal).values(valuesOf(onlyNew.slice(i, i + CHUNK))).onConflictDoNothing({ target: [appraisal.institutionId, appraisal.personId, appraisal.year] }).returning({ personId: appraisal.personId });
    for (const r of rows) inserted.add(r.personId);
  }
  const left = new Set(onlyNew.filter((c) => !inserted.has(c.personId)).map((c) => c.personId));
  const good = toWrite.filter((c) => !left.has(c.personId));
  // The boundary to the talks area: a grade that calls for a talk is a situation for one (few in a batch).
  const talkOccasionIds: number[] = [];
  for (const c of good.filter((x) => x.newTalk))
    talkOccasionIds.push(
      await registerTalkOccasion(tx, {
        institutionId: auth.institutionId, kind: 'weak_appraisal', subjectPersonId: c.personId, occasionDate: today, source: 'appraisal', createdBy: auth.accountId,
        note: `${cycle.year} 年度考核评为${rules.labels[c.input.grade] ?? c.input.grade}`,
      }),
    );
  // Each cadre is told their grade (as the single grade does), with the basis where the grade is adverse.
  const noticeIds = await notifyMany(
    tx,
    good.filter((c) => c.personId !== auth.personId).map((c) => {
      const n = noticeOf('appraisal.graded', { id: cycle.id, who: c.name, what: String(cycle.year), decision: rules.labels[c.input.grade] ?? c.input.grade, reason: c.input.reason, article: c.input.reason ? citationName(deps.packs, rules.adverseCitation) : null });
      return { institutionId: auth.institutionId, recipientPersonId: c.personId, ...n, citation: c.input.reason ? rules.adverseCitation : null, createdBy: auth.accountId };
    }),
  );
  return {
    created: good.filter((c) => c.action === 'new').length,
    updated: good.filter((c) => c.action === 'update').length,
    talkOccasionIds,
    noticeIds,
    changes: good.map((c) => ({ personId: c.personId, before: c.before, grade: c.input.grade })),
    left: [...left],
  };
}

/** Refuses a batch with a refused row: each refused person named with why and the article; nothing is saved. */
export function refuseBatch(outcomes: GradeOutcome[], code: 'APPRAISAL.BATCH_REFUSED' | 'IMPORT.HAS_ERRORS', lead: string) {
  const bad = outcomes.filter((o) => o.result === 'bad');
  if (!bad.length) return;
  const listed = bad.slice(0, 10).map((o) => `${o.row ? `第 ${o.row} 行 ` : ''}${o.name || `人员 ${o.personId}`}：${o.detail}`).join('；');
  throw new AppError(code, `${lead}${bad.length} 人未通过检查，未保存任何等次：${listed}${bad.length > 10 ? `；等 ${bad.length} 人` : ''}`, code === 'IMPORT.HAS_ERRORS' ? 409 : 422, { field: code === 'IMPORT.HAS_ERRORS' ? 'onlyGood' : 'rows' });
}

export { type BatchGrade };
