import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import { sidelineApplication } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { todayIso } from '../../../core/shared/dates';
import { derivedTerm } from '../queries/applications';
import type { applicationFields } from '../http/sidelines.schema';
import { checkDraft, draftFields, editableApplication } from './application-draft';

/** 修改兼职申请, by its applicant while a draft or returned for changes; the 届次 is computed again from the record. */
export async function editApplication({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof applicationFields>): Promise<{ id: number; termNumber: number }> {
  const auth = req.auth!;
  const a = await editableApplication(db, auth, id);
  const { policy } = await policyFor(db, packs, auth.institutionId);
  await checkDraft(db, auth, policy, b);
  const { termNumber } = await derivedTerm(db, auth.institutionId, policy, a.applicantPersonId, b, todayIso());
  return runCommand(db, req, async (tx) => {
    const fields = draftFields(b, termNumber);
    await tx
      .update(sidelineApplication)
      .set({ ...fields, committedAt: b.commitment ? (a.committedAt ?? new Date()) : null, updatedAt: new Date() })
      .where(eq(sidelineApplication.id, a.id));
    return { result: { id: a.id, termNumber }, audit: { action: 'sideline.edit', entityType: 'sideline_application', entityId: a.id, before: { postTitle: a.postTitle, orgId: a.orgId, startDate: a.startDate, endDate: a.endDate }, after: fields } };
  });
}
