import { and, desc, eq, or } from 'drizzle-orm';
import { contains } from '../../../core/db/sql';
import type { z } from 'zod';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { department, outsideOrg, person, sidelineApplication } from '../../../core/db/schema';
import type { Step } from '../rules/approval-chain';
import { authorizeSideline } from '../access';
import type { applicationListQuery, applicationSummary } from '../http/sidelines.schema';
import { mayDecide, stepLabel } from './applications';

/**
 * 兼职申请: mine, those waiting for my decision, or all of the college's (those who keep the ledger), newest first;
 * searched by the applicant's name, the organization or the post.
 */
export async function listApplications(ex: Executor, auth: AuthContext, q: z.infer<typeof applicationListQuery>): Promise<{ total: number; items: z.infer<typeof applicationSummary>[] }> {
  if (q.scope === 'all') authorizeSideline(auth, 'seeAllApplications', null);
  const rows = await ex
    .select({ a: sidelineApplication, applicantName: person.name, orgName: outsideOrg.name, orgKind: outsideOrg.kind, departmentName: department.name })
    .from(sidelineApplication)
    .innerJoin(person, eq(person.id, sidelineApplication.applicantPersonId))
    .innerJoin(outsideOrg, eq(outsideOrg.id, sidelineApplication.orgId))
    .leftJoin(department, eq(department.id, sidelineApplication.departmentId))
    .where(
      and(
        eq(sidelineApplication.institutionId, auth.institutionId),
        q.status ? eq(sidelineApplication.status, q.status) : undefined,
        q.scope === 'mine' ? eq(sidelineApplication.applicantPersonId, auth.personId ?? -1) : undefined,
        q.scope === 'todo' ? eq(sidelineApplication.status, 'in_review') : undefined,
        q.q ? or(contains(person.name, q.q), contains(outsideOrg.name, q.q), contains(sidelineApplication.postTitle, q.q)) : undefined,
      ),
    )
    .orderBy(desc(sidelineApplication.updatedAt));
  const visible = rows.filter((r) => (q.scope === 'todo' ? mayDecide(auth, r.a) : true));
  const page = visible.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  return {
    total: visible.length,
    items: page.map(({ a, applicantName, orgName, orgKind, departmentName }) => ({
      id: a.id, applicant: { id: a.applicantPersonId, name: applicantName }, departmentName, org: { id: a.orgId, name: orgName, kind: orgKind }, postTitle: a.postTitle, status: a.status,
      currentStepLabel: a.status === 'in_review' ? stepLabel((a.steps as Step[])[a.currentStep]?.kind ?? '') : null, startDate: a.startDate, endDate: a.endDate,
      submittedAt: a.submittedAt?.toISOString() ?? null, updatedAt: a.updatedAt.toISOString(),
    })),
  };
}
