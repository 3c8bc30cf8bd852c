import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { sideline } from '../../../core/db/schema';
import { isSamePost } from '../rules/terms';
import type { Application } from '../queries/applications';

/**
 * 组织部登记备案, inside the command of the chain's last approval: the approved post becomes a held post; a renewal or
 * re-approval ends the post it continues (its first-held date carries over).
 */
export async function registerApprovedPost(tx: Tx, a: Application, today: string, reference: string | null): Promise<number> {
  let firstHeldSince = a.firstHeldSince ?? a.startDate;
  if (a.continuesSidelineId) {
    const [old] = await tx.select().from(sideline).where(eq(sideline.id, a.continuesSidelineId));
    if (old) {
      firstHeldSince = old.firstHeldSince;
      await tx
        .update(sideline)
        .set({ status: 'ended', endKind: isSamePost(old, a) && a.termNumber > old.termNumber ? 'renewed' : 'reapproved', endedOn: a.startDate < today ? a.startDate : today })
        .where(eq(sideline.id, old.id));
    }
  }
  const [row] = await tx
    .insert(sideline)
    .values({
      institutionId: a.institutionId, personId: a.applicantPersonId, orgId: a.orgId, applicationId: a.id, postTitle: a.postTitle, associationLeadershipPost: a.associationLeadershipPost,
      legalRepresentative: a.legalRepresentative, hasTerms: a.hasTerms, termNumber: a.termNumber, startDate: a.startDate, endDate: a.endDate, firstHeldSince,
      approvedRank: a.rank ?? 'middle_deputy', justification: a.justification, registeredAt: today, registrationNo: reference,
    })
    .returning({ id: sideline.id });
  return row.id;
}
