import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import type { CalendarData } from '../../../core/calendar/working-days';
import { accountabilityCase, toleranceReview } from '../../../core/db/schema';
import { STATUS_LABELS, type ReviewStatus } from '../rules/procedure';
import type { ToleranceRules } from '../rules/rules';
import { checkFiling, filingDeadline, type CaseStage } from '../rules/window';
import { listCases, scheduleOf, subjectCondition } from './cases';
import { scopeRefusal } from '../rules/scope';
import { applicantContext } from '../../sidelines';

/** The cases the caller answers for (as the cadre, or as the unit's chief), each with its filing window as of today. */
export async function myCases(ex: Executor, auth: AuthContext, rules: ToleranceRules, cal: CalendarData, today: string) {
  const mine = await listCases(ex, auth.institutionId, subjectCondition(auth));
  // 适用范围: a cadre the college's rules do not cover is not offered an application (their unit's cases are the chief's).
  const outOfScope = rules.subjectScope && auth.personId !== null && mine.some((c) => c.subjectKind === 'person')
    ? scopeRefusal(rules.subjectScope, (await applicantContext(ex, auth.institutionId, auth.personId, today)).rank, '您')
    : null;
  return mine.reverse().map((c) => {
    const pending = c.reviewStatus && c.reviewStatus !== 'refused';
    const refusal = pending
      ? { message: '已有容错申请（认定）', article: null }
      : ((c.subjectKind === 'person' ? outOfScope : null) ?? checkFiling(rules.filing, { stage: c.stage as CaseStage, startedOn: c.startedOn }, today, cal));
    const until = filingDeadline(rules.filing, { stage: c.stage as CaseStage, startedOn: c.startedOn }, cal);
    return { ...c, window: { open: !refusal, until: until?.date ?? null, provisional: until?.provisional ?? false, reason: refusal?.message ?? null, article: refusal?.article ?? null } };
  });
}

/** The college's reviews (optionally of one status), latest filed first, each with its next step due. */
export async function listReviews(ex: Executor, institutionId: number, status: string | undefined, rules: ToleranceRules, cal: CalendarData) {
  const rows = await ex
    .select()
    .from(toleranceReview)
    .where(and(eq(toleranceReview.institutionId, institutionId), status ? eq(toleranceReview.status, status) : undefined))
    .orderBy(desc(toleranceReview.filedOn), desc(toleranceReview.id));
  const caseIds = [...new Set(rows.map((r) => r.caseId))];
  const cases = new Map((caseIds.length ? await listCases(ex, institutionId, and(inArray(accountabilityCase.id, caseIds))) : []).map((c) => [c.id, c]));
  return rows.map((r) => {
    const c = cases.get(r.caseId)!;
    const next = scheduleOf(r, c, rules, cal).find((s) => !s.doneOn);
    return {
      id: r.id, caseId: r.caseId, origin: r.origin, subjectName: c.subjectName, matter: c.matter, filedOn: r.filedOn, status: r.status,
      statusLabel: STATUS_LABELS[r.status as ReviewStatus] ?? r.status, outcome: r.outcome, nextDue: next?.due ?? null, nextLabel: next?.label ?? null,
    };
  });
}
