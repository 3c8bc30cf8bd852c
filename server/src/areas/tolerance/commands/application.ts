import { and, eq, ne } from 'drizzle-orm';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { Executor, Tx } from '../../../core/db/client';
import { accountabilityCase, toleranceReview, toleranceStep } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import { AppError } from '../../../core/shared/errors';
import type { ToleranceRules } from '../rules/rules';
import { FILING_WORDS } from '../rules/window';
import { scopeRefusal } from '../rules/scope';
import { applicantContext } from '../../sidelines';
import type { CaseView } from '../queries/cases';

const art = (a: string | null) => a ?? undefined;

/** What an application states, checked against the college's pack: grounds it lists, the no-private-gain pledge, the ranks it covers. */
export async function checkApplicationContent(ex: Executor, institutionId: number, rules: ToleranceRules, c: CaseView, b: { grounds: string[]; noPrivateGainPledge: boolean }, asOf: string) {
  if (b.grounds.length === 0) throw new AppError('TOLERANCE.NO_GROUND', '请至少选择一种容错情形', 400, { field: 'grounds', article: art(rules.groundsCitation) });
  const unknown = b.grounds.find((g) => !rules.grounds.includes(g));
  if (unknown) throw new AppError('TOLERANCE.GROUND_UNKNOWN', `“${unknown}”不是本院规定的容错情形`, 400, { field: 'grounds', article: art(rules.groundsCitation) });
  if (!b.noPrivateGainPledge)
    throw new AppError('TOLERANCE.PLEDGE_REQUIRED', '请声明没有为个人、他人或单位谋取私利（容错以未谋取私利为前提）', 400, { field: 'noPrivateGainPledge', article: art(rules.procedure.privateGainCitation) });
  if (rules.subjectScope && c.subjectKind === 'person') {
    const ctx = await applicantContext(ex, institutionId, c.subjectPersonId!, asOf);
    const refusal = scopeRefusal(rules.subjectScope, ctx.rank, '被问责人');
    if (refusal) throw new AppError(refusal.code, refusal.message, 409, { article: art(refusal.article) });
  }
}

export interface NewApplication {
  applicantPersonId: number | null;
  grounds: string[];
  facts: string;
  /** The day it was filed: today online, the day of receipt for a written application. */
  filedOn: string;
  /** A written application registered by the office on the cadre's behalf. */
  paper?: { registeredOn: string };
}

/** Records an application and its filing step; one open application per case. Runs inside the caller's command. */
export async function insertApplication(tx: Tx, auth: AuthContext, rules: ToleranceRules, c: CaseView, a: NewApplication): Promise<number> {
  const [locked] = await tx.select({ id: accountabilityCase.id }).from(accountabilityCase).where(eq(accountabilityCase.id, c.id)).for('update');
  const open = await tx.select({ id: toleranceReview.id }).from(toleranceReview).where(and(eq(toleranceReview.caseId, locked.id), ne(toleranceReview.status, 'refused')));
  if (open.length) throw new AppError('TOLERANCE.DUPLICATE', '该问责案件已有容错申请，请在原申请中补充材料', 409, { field: 'caseId' });
  const [r] = await tx
    .insert(toleranceReview)
    .values({
      institutionId: auth.institutionId, caseId: c.id, origin: 'application', strategy: rules.strategy, applicantPersonId: a.applicantPersonId,
      grounds: a.grounds, facts: a.facts, noPrivateGainPledge: true, filedOn: a.filedOn, status: 'submitted', createdBy: auth.accountId,
      registeredBy: a.paper ? auth.accountId : null, registeredOn: a.paper?.registeredOn ?? null,
    })
    .returning({ id: toleranceReview.id });
  const to = FILING_WORDS[rules.strategy].filedTo(c.accountableDepartmentName);
  const how = a.paper ? `书面申请于 ${a.filedOn} 收到，${a.paper.registeredOn} 由${auth.displayName}代为登记；` : '';
  await tx.insert(toleranceStep).values({
    institutionId: auth.institutionId, reviewId: r.id, action: 'file', on: a.filedOn, accountId: auth.accountId, actorName: auth.displayName,
    summary: `${how}${to}；容错情形：${a.grounds.map((g) => VALUE_LABELS[g] ?? g).join('；')}`, article: rules.filing.citation,
  });
  return r.id;
}
