import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sidelineApplication } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { todayIso } from '../../../core/shared/dates';
import { derivedTerm } from '../queries/applications';
import { applicantOf } from '../queries/application-check';
import type { applicationFields } from '../http/sidelines.schema';
import { checkDraft, draftFields } from './application-draft';

/** 填写兼职申请（草稿）, by a cadre for themselves; the 届次 is computed from their record, not taken as typed. */
export async function createApplication({ db, packs }: AppDeps, req: FastifyRequest, b: z.infer<typeof applicationFields>): Promise<{ id: number; termNumber: number }> {
  const auth = req.auth!;
  const personId = applicantOf(auth);
  const { policy } = await policyFor(db, packs, auth.institutionId);
  await checkDraft(db, auth, policy, b);
  const { termNumber } = await derivedTerm(db, auth.institutionId, policy, personId, b, todayIso());
  const id = await runCommand(db, req, async (tx) => {
    const fields = draftFields(b, termNumber);
    const [row] = await tx
      .insert(sidelineApplication)
      .values({ ...fields, institutionId: auth.institutionId, applicantPersonId: personId, committedAt: b.commitment ? new Date() : null, createdBy: auth.accountId })
      .returning({ id: sidelineApplication.id });
    return { result: row.id, audit: { action: 'sideline.draft', entityType: 'sideline_application', entityId: row.id, after: fields } };
  });
  return { id, termNumber };
}
