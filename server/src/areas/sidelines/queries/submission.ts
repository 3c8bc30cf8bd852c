import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { sideline, sidelineApplication, sidelineFile } from '../../../core/db/schema';
import { isSamePost } from '../rules/terms';
import type { Application } from './applications';

/** The kinds of the files attached to an application. */
export async function applicationFileKinds(ex: Executor, applicationId: number): Promise<string[]> {
  const files = await ex.select({ kind: sidelineFile.kind }).from(sidelineFile).where(and(eq(sidelineFile.ownerType, 'application'), eq(sidelineFile.ownerId, applicationId)));
  return files.map((f) => f.kind);
}

/** Another application of the same applicant for the same post (same organization, same title: 第十四条) now in review. */
export async function samePostInReview(ex: Executor, institutionId: number, a: Application) {
  const inReview = await ex
    .select({ id: sidelineApplication.id, orgId: sidelineApplication.orgId, postTitle: sidelineApplication.postTitle })
    .from(sidelineApplication)
    .where(and(eq(sidelineApplication.institutionId, institutionId), eq(sidelineApplication.applicantPersonId, a.applicantPersonId), eq(sidelineApplication.status, 'in_review'), ne(sidelineApplication.id, a.id)));
  return inReview.find((x) => isSamePost(x, a));
}

/** The applicant's post at the same organization with the same title, if they hold it (not ended). */
export async function samePostHeld(ex: Executor, institutionId: number, a: Application) {
  const held = await ex
    .select({ id: sideline.id, orgId: sideline.orgId, postTitle: sideline.postTitle })
    .from(sideline)
    .where(and(eq(sideline.institutionId, institutionId), eq(sideline.personId, a.applicantPersonId), eq(sideline.orgId, a.orgId), ne(sideline.status, 'ended')));
  return held.find((x) => isSamePost(x, a));
}

/** A post of the college's, if there is one (the one a renewal or re-approval continues). */
export async function sidelineById(ex: Executor, institutionId: number, id: number) {
  const [s] = await ex.select().from(sideline).where(and(eq(sideline.institutionId, institutionId), eq(sideline.id, id)));
  return s;
}
