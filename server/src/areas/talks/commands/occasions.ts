import { and, eq, inArray } from 'drizzle-orm';
import { talkOccasion } from '../../../core/db/schema';
import type { Tx } from '../../../core/db/client';

export type OccasionKind = 'deviation' | 'major_event' | 'team_conflict' | 'weak_appraisal' | 'tendency' | 'life_meeting' | 'own_request' | 'major_project';

/**
 * The boundary other areas use to say "this calls for a talk" (第五条). The appraisal module calls it with
 * `weak_appraisal` when it saves a 基本合格/不合格 grade, in its own transaction; the talk duty then follows by derivation.
 */
export async function registerTalkOccasion(
  tx: Tx,
  o: { institutionId: number; kind: OccasionKind; subjectPersonId: number | null; occasionDate: string; note: string; source: string; createdBy: number },
): Promise<number> {
  const [row] = await tx.insert(talkOccasion).values(o).returning({ id: talkOccasion.id });
  return row.id;
}

/** Withdraws occasions registered by a step that is itself withdrawn (an import batch undone within the day): the talk duty goes with them. */
export async function withdrawTalkOccasions(tx: Tx, institutionId: number, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  return (await tx.delete(talkOccasion).where(and(eq(talkOccasion.institutionId, institutionId), inArray(talkOccasion.id, ids))).returning({ id: talkOccasion.id })).length;
}
