import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { commendationRound } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { commendationRules } from '../queries/commendation';
import type { roundCreate } from '../http/commendation.schema';

/** 启动一届“担当作为好干部”评选 (第15条): its quota as given, or the pack's. Returns the round's id. */
export async function openCommendationRound(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof roundCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const r = await commendationRules(db, deps, auth.institutionId);
  return runCommand(db, req, async (tx) => {
    const [row] = await tx.insert(commendationRound).values({ institutionId: auth.institutionId, year: b.year, title: b.title, quota: b.quota ?? r.quota, createdBy: auth.accountId }).returning({ id: commendationRound.id });
    return { result: row.id, audit: { action: 'commendation.round', entityType: 'commendation_round', entityId: row.id, after: b } };
  });
}
