import type { Tx } from '../../../core/db/client';
import { accountabilityCase, toleranceReview, toleranceStep } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import type { ToleranceRules } from '../rules/rules';
import { FILING_WORDS } from '../rules/window';
import type { CaseRow } from '../queries/cases';

export interface NewCase {
  subjectKind: 'person' | 'department';
  subjectPersonId: number | null;
  subjectDepartmentId: number | null;
  accountableDepartmentId: number;
  matter: string;
  startedOn: string;
}

/**
 * Opens an accountability case; where the pack says so (ahzaxy 第12条) the tolerance inquiry opens with it. The one
 * way to start a case, for the cases page and for other areas (an interview's approved handling, tongren 五（四）).
 */
export async function openAccountabilityCase(tx: Tx, auth: Pick<AuthContext, 'institutionId' | 'accountId' | 'displayName'>, rules: ToleranceRules, b: NewCase): Promise<CaseRow> {
  const exOfficio = rules.strategy === 'investigate_with_accountability';
  const [c] = await tx
    .insert(accountabilityCase)
    .values({
      institutionId: auth.institutionId, subjectKind: b.subjectKind, subjectPersonId: b.subjectPersonId, subjectDepartmentId: b.subjectDepartmentId,
      accountableDepartmentId: b.accountableDepartmentId, matter: b.matter, startedOn: b.startedOn,
      stage: exOfficio ? 'investigating' : 'started', investigatingSince: exOfficio ? b.startedOn : null, createdBy: auth.accountId,
    })
    .returning();
  if (exOfficio) {
    const [r] = await tx
      .insert(toleranceReview)
      .values({
        institutionId: auth.institutionId, caseId: c.id, origin: 'ex_officio', strategy: rules.strategy,
        applicantPersonId: c.subjectKind === 'person' ? c.subjectPersonId : null, filedOn: b.startedOn, acceptedOn: b.startedOn, status: 'investigating', createdBy: auth.accountId,
      })
      .returning({ id: toleranceReview.id });
    await tx.insert(toleranceStep).values({
      institutionId: auth.institutionId, reviewId: r.id, action: 'open', on: b.startedOn, accountId: auth.accountId, actorName: auth.displayName,
      summary: FILING_WORDS[rules.strategy].filedTo(''), article: rules.filing.citation,
    });
  }
  return c;
}
