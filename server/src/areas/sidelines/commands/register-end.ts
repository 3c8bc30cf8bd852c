import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { sideline } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { postFor } from '../queries/posts';

/** 党委组织部登记备案辞去（不续任）兼职: the post leaves the active ledger — never one the registrar holds (回避, access.ts `registerEnd`). */
export async function registerEnd({ db, packs }: AppDeps, req: FastifyRequest, id: number): Promise<{ id: number }> {
  const row = await postFor(db, packs, req.auth!, id, 'registerEnd');
  if (row.status !== 'ending_reported') throw new AppError('SIDELINE.NOT_REPORTED', '本人尚未报告辞去兼职，或已登记备案', 409);
  return runCommand(db, req, async (tx) => {
    await tx.update(sideline).set({ status: 'ended', endRegisteredAt: todayIso() }).where(eq(sideline.id, row.id));
    return { result: { id: row.id }, audit: { action: 'sideline.end_register', entityType: 'sideline', entityId: row.id, after: { endKind: row.endKind, endedOn: row.endedOn } } };
  });
}
