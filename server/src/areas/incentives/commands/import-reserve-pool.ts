import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { person, reserveNomination } from '../../../core/db/schema';
import { AppError } from '../../../core/shared/errors';
import type { CheckedImportRow, ImportContext } from '../../../core/imports/template';
import type { ReserveWrite } from '../rules/reserve-import';

/** What a batch of 后备干部名单 wrote: the nominations it added, and those it changed with their values before. */
export interface ReserveImportUndo {
  created: number[];
  updated: { id: number; targetRank: string; reasons: string; reviewNote: string | null }[];
}

/**
 * 后备干部名单 at go-live, written in the import's transaction: each cadre as a nomination approved on the 入库日期
 * (推荐方式 and 职位类别 as its reasons, 考察意见 as its review note), or the earlier imported one updated. They are then in
 * the reserve pool like any reviewed nomination: listed on the reserve page, removed from it by the usual review.
 */
export async function writeReservePool(tx: Tx, ctx: ImportContext & { accountId: number; batchId: number }, rows: CheckedImportRow<ReserveWrite>[]): Promise<ReserveImportUndo> {
  const undo: ReserveImportUndo = { created: [], updated: [] };
  for (const { write: w } of rows) {
    if (!w) continue;
    if (w.existingId === null) {
      const [n] = await tx
        .insert(reserveNomination)
        .values({ institutionId: ctx.institutionId, personId: w.personId, targetRank: w.targetRank, reasons: w.reasons, nominatedOn: w.enteredOn, status: 'approved', reviewedOn: w.enteredOn, reviewNote: w.reviewNote, createdBy: ctx.accountId })
        .returning({ id: reserveNomination.id });
      undo.created.push(n.id);
    } else {
      const [before] = await tx.select({ targetRank: reserveNomination.targetRank, reasons: reserveNomination.reasons, reviewNote: reserveNomination.reviewNote }).from(reserveNomination).where(eq(reserveNomination.id, w.existingId));
      await tx.update(reserveNomination).set({ targetRank: w.targetRank, reasons: w.reasons, reviewNote: w.reviewNote }).where(eq(reserveNomination.id, w.existingId));
      undo.updated.push({ id: w.existingId, ...before });
    }
  }
  return undo;
}

/** Withdraws a batch: refused once a cadre it listed has left the pool since; otherwise its nominations removed and those it changed written back. */
export async function undoReservePool(tx: Tx, _ctx: ImportContext, undo: ReserveImportUndo): Promise<{ removed: number; restored: number }> {
  const ids = [...undo.created, ...undo.updated.map((u) => u.id)];
  if (ids.length) {
    const moved = (await tx.select({ id: reserveNomination.id, status: reserveNomination.status }).from(reserveNomination).where(inArray(reserveNomination.id, ids))).filter((n) => n.status !== 'approved');
    if (moved.length) {
      const names = await tx.select({ name: person.name }).from(reserveNomination).innerJoin(person, eq(person.id, reserveNomination.personId)).where(inArray(reserveNomination.id, moved.map((m) => m.id)));
      throw new AppError('IMPORT.UNDO_IN_USE', `该批次列入的后备干部（${names.map((n) => n.name).join('、')}）此后已办理退出，不能撤销该批次`, 409);
    }
  }
  if (undo.created.length) await tx.delete(reserveNomination).where(inArray(reserveNomination.id, undo.created));
  for (const u of undo.updated) await tx.update(reserveNomination).set({ targetRank: u.targetRank, reasons: u.reasons, reviewNote: u.reviewNote }).where(eq(reserveNomination.id, u.id));
  return { removed: undo.created.length, restored: undo.updated.length };
}
