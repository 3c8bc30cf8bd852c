import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { accountabilityCase, correctionMeasure, person, toleranceFollowup } from '../../../core/db/schema';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { mayTolerance } from '../access';

const responsible = alias(person, 'responsible');
const subject = alias(person, 'subject');

/** Correction measures: the discipline office and org see all, a responsible person their own; with what the caller may do. */
export async function listMeasures(ex: Executor, auth: AuthContext, q: { status?: 'open' | 'closed'; caseId?: number }) {
  const all = auth.permissions.has('tolerance.read');
  if (!all && auth.personId === null) return [];
  const rows = await ex
    .select({ m: correctionMeasure, responsibleName: responsible.name, subjectName: subject.name, matter: accountabilityCase.matter, subjectKind: accountabilityCase.subjectKind, subjectPersonId: accountabilityCase.subjectPersonId, subjectDepartmentId: accountabilityCase.subjectDepartmentId })
    .from(correctionMeasure)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, correctionMeasure.caseId))
    .innerJoin(responsible, eq(responsible.id, correctionMeasure.responsiblePersonId))
    .leftJoin(subject, eq(subject.id, accountabilityCase.subjectPersonId))
    .where(
      and(
        eq(correctionMeasure.institutionId, auth.institutionId),
        q.status ? eq(correctionMeasure.status, q.status) : undefined,
        q.caseId ? eq(correctionMeasure.caseId, q.caseId) : undefined,
        all ? undefined : eq(correctionMeasure.responsiblePersonId, auth.personId!),
      ),
    )
    .orderBy(desc(correctionMeasure.dueDate));
  return rows.map(({ m, responsibleName, subjectName, matter, subjectKind, subjectPersonId, subjectDepartmentId }) => {
    const c = { subjectKind, subjectPersonId, subjectDepartmentId };
    return {
      ...m, kindLabel: VALUE_LABELS[m.kind] ?? m.kind, responsibleName, subjectName: subjectName ?? '（单位）', matter,
      mayClose: m.status === 'open' && mayTolerance(auth, 'closeCorrection', { measure: m, case: c }),
      mayVerify: m.status === 'closed' && !m.verifiedOn && auth.permissions.has('tolerance.handle') && mayTolerance(auth, 'verifyCorrection', { measure: m, case: c, citation: null }),
    };
  });
}

/** 跟踪回访 of an exempted cadre, in date order. */
export const listFollowups = (ex: Executor, institutionId: number, reviewId: number) =>
  ex.select({ id: toleranceFollowup.id, on: toleranceFollowup.on, note: toleranceFollowup.note }).from(toleranceFollowup).where(and(eq(toleranceFollowup.institutionId, institutionId), eq(toleranceFollowup.reviewId, reviewId))).orderBy(toleranceFollowup.on);
