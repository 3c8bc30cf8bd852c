import type { FastifyRequest } from 'fastify';
import { dutyWaiver } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { todayIso } from '../../shared/dates';
import { dutiesFor } from '../duties.service';
import { waiveRefusal } from '../refusals';
import { okItem, refusedForAudit, refusedItem, report, sortOut, type BatchReport, batchEntity } from './batch';

/**
 * 批量免办: every selected duty under the single waiver's rule (refusals.ts), with one reason; those refused are
 * reported each with its reason and nothing is written for them; the rest are waived in one transaction with one
 * audit event.
 */
export async function waiveDuties({ db, packs }: AppDeps, req: FastifyRequest, b: { keys: string[]; reason: string }): Promise<BatchReport> {
  const auth = req.auth!;
  const { duties } = await dutiesFor(db, packs, auth.institutionId, todayIso(), auth.factsVersion);
  const sorted = sortOut(b.keys, new Map(duties.map((d) => [d.key, d])), (d) => waiveRefusal(auth, d));
  const items = sorted.map((s) => (s.refusal ? refusedItem(s.key, s.duty, s.refusal) : okItem(s.duty!)));
  const accepted = sorted.filter((s) => !s.refusal).map((s) => s.duty!);
  if (!accepted.length) return report(items);
  return runCommand(db, req, async (tx) => {
    await tx.insert(dutyWaiver).values(accepted.map((d) => ({ institutionId: auth.institutionId, dutyKey: d.key, reason: b.reason, waivedBy: auth.accountId })));
    const keys = accepted.map((d) => d.key);
    return {
      result: report(items),
      audit: { action: 'duty.waive_batch', entityType: 'duty', entityId: batchEntity(keys), after: { status: 'waived', reason: b.reason }, detail: { keys, refused: refusedForAudit(items) } },
    };
  });
}
