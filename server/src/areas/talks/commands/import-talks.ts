import { and, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { auditEvent, talk, talkParticipant } from '../../../core/db/schema';
import { nextIds, seal, sealedFromDriver, sealedToDriver } from '../../../core/db/sealed';
import { AppError } from '../../../core/shared/errors';
import type { CheckedImportRow, ImportContext } from '../../../core/imports/template';
import type { TalkImportWrite } from '../rules/talk-import';

/**
 * What a batch of 谈心谈话记录 wrote: when, and per talk whether it was new or, for an update of an earlier import, the
 * parts it replaced (the key points as stored, sealed: the batch record never holds them in the clear).
 */
export interface TalkImportUndo {
  writtenAt: string;
  entries: { talkId: number; before: { talkTime: string | null; place: string | null; keyPoints: string | null; recorderPersonId: number | null; updatedAt: string } | null }[];
}

/**
 * 谈心谈话记录 at go-live, written in the import's transaction: each new row a held talk with its talkers and subjects
 * (individual for one subject, group for several; key points sealed as the app seals them), each update the time, place,
 * key points and recorder of a talk an earlier import wrote. The talks are then facts like any recorded talk: the
 * quotas of 第八条 count them from the next derivation.
 */
export async function writeImportedTalks(tx: Tx, ctx: ImportContext & { accountId: number }, rows: CheckedImportRow<TalkImportWrite>[]): Promise<TalkImportUndo> {
  const writtenAt = new Date();
  const undo: TalkImportUndo = { writtenAt: writtenAt.toISOString(), entries: [] };
  const fresh = rows.map((r) => r.write).filter((w): w is TalkImportWrite => !!w && w.existingId === null);
  const ids = fresh.length ? await nextIds(tx, talk, fresh.length) : [];
  if (fresh.length) {
    await tx
      .insert(talk)
      .overridingSystemValue()
      .values(fresh.map((w, i) => ({
        id: ids[i], institutionId: ctx.institutionId, kind: w.kind, form: w.form, status: 'held', talkDate: w.talkDate, talkTime: w.talkTime, place: w.place,
        keyPoints: seal(talk.keyPoints, ids[i], w.keyPoints), recorderPersonId: w.recorderPersonId, createdBy: ctx.accountId, createdAt: writtenAt, updatedAt: writtenAt,
      })));
    await tx.insert(talkParticipant).values(fresh.flatMap((w, i) => [
      ...w.talkerIds.map((personId) => ({ talkId: ids[i], personId, role: 'talker' })),
      ...w.subjectIds.map((personId) => ({ talkId: ids[i], personId, role: 'subject' })),
    ]));
    undo.entries.push(...ids.map((talkId) => ({ talkId, before: null })));
  }
  for (const { write: w } of rows) {
    if (!w || w.existingId === null) continue;
    const [old] = await tx.select().from(talk).where(and(eq(talk.id, w.existingId), eq(talk.institutionId, ctx.institutionId)));
    await tx
      .update(talk)
      .set({ talkTime: w.talkTime, place: w.place, keyPoints: seal(talk.keyPoints, old.id, w.keyPoints), recorderPersonId: w.recorderPersonId, updatedAt: writtenAt })
      .where(eq(talk.id, old.id));
    undo.entries.push({
      talkId: old.id,
      before: { talkTime: old.talkTime, place: old.place, keyPoints: old.keyPoints === null ? null : sealedToDriver(old.keyPoints), recorderPersonId: old.recorderPersonId, updatedAt: old.updatedAt.toISOString() },
    });
  }
  return undo;
}

/**
 * Withdraws a batch: refused when a talk it wrote has been changed since, or used as a record since (its key points
 * read or its record sheet downloaded: somebody has relied on it, and the trail would point at nothing); otherwise the
 * new talks are removed and the updated ones given back what they held.
 */
export async function undoImportedTalks(tx: Tx, ctx: ImportContext, undo: TalkImportUndo): Promise<{ removed: number; restored: number }> {
  const ids = undo.entries.map((e) => e.talkId);
  if (!ids.length) return { removed: 0, restored: 0 };
  const since = new Date(undo.writtenAt);
  const rows = await tx.select({ id: talk.id, talkDate: talk.talkDate, status: talk.status, updatedAt: talk.updatedAt }).from(talk).where(and(eq(talk.institutionId, ctx.institutionId), inArray(talk.id, ids)));
  const used = await tx
    .selectDistinct({ id: auditEvent.entityId })
    .from(auditEvent)
    .where(and(
      eq(auditEvent.institutionId, ctx.institutionId),
      eq(auditEvent.entityType, 'talk'),
      inArray(auditEvent.entityId, ids.map(String)),
      or(eq(auditEvent.action, 'talk.read_notes'), eq(auditEvent.action, 'document.download')),
      gte(auditEvent.at, since),
    ));
  // Key points read in a list: one event per list, naming its talks.
  const listed = await tx
    .select({ summary: auditEvent.summary })
    .from(auditEvent)
    .where(and(eq(auditEvent.institutionId, ctx.institutionId), eq(auditEvent.entityType, 'talk'), isNull(auditEvent.entityId), eq(auditEvent.action, 'talk.read_notes'), gte(auditEvent.at, since)));
  const readInList = listed.flatMap((e) => ((e.summary as { detail?: { talkIds?: number[] } } | null)?.detail?.talkIds ?? []).filter((id) => ids.includes(id)));
  used.push(...readInList.map((id) => ({ id: String(id) })));
  const changed = rows.filter((r) => r.status !== 'held' || r.updatedAt.getTime() > since.getTime());
  if (changed.length || used.length || rows.length !== ids.length) {
    const which = [...new Set([...changed.map((r) => r.id), ...used.map((u) => Number(u.id))])].sort((a, b) => a - b);
    throw new AppError(
      'IMPORT.UNDO_IN_USE',
      `导入的谈话记录已被修改、查看要点或导出记录表（记录 ${which.join('、') || '已删除'}），不能撤销该批次；如需更正，请修改后重新导入（按记录更新）`,
      409,
    );
  }
  const removed = undo.entries.filter((e) => !e.before).map((e) => e.talkId);
  if (removed.length) {
    await tx.delete(talkParticipant).where(inArray(talkParticipant.talkId, removed));
    await tx.delete(talk).where(inArray(talk.id, removed));
  }
  let restored = 0;
  for (const e of undo.entries) {
    if (!e.before) continue;
    const b = e.before;
    await tx
      .update(talk)
      .set({ talkTime: b.talkTime, place: b.place, keyPoints: b.keyPoints === null ? null : sealedFromDriver(b.keyPoints), recorderPersonId: b.recorderPersonId, updatedAt: new Date(b.updatedAt) })
      .where(eq(talk.id, e.talkId));
    restored++;
  }
  return { removed: removed.length, restored };
}
