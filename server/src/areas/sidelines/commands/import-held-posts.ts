import { eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { heldPostImport, outsideOrg, sideline, sidelineApplication } from '../../../core/db/schema';
import { AppError } from '../../../core/shared/errors';
import type { CheckedImportRow, ImportContext } from '../../../core/imports/template';
import type { HeldPostWrite } from '../rules/held-post-import';
import { sidelinesInUse } from '../queries/held-post-lookup';

type SidelineRow = typeof sideline.$inferInsert;
type RecordRow = typeof heldPostImport.$inferSelect;

/** What a batch of 兼职台账 wrote: the organizations it registered, and per post the rows it wrote and what they replaced. */
export interface HeldPostUndo {
  orgs: number[];
  entries: { recordId: number; written: number[]; before: { record: Pick<RecordRow, 'sidelineIds' | 'payReceived' | 'payAmount' | 'fingerprint' | 'batchId'>; sidelines: Omit<SidelineRow, 'id' | 'createdAt'>[] } | null }[];
}

/** One `sideline` per term known, oldest first (a term whose end was not written ends when the next begins); the last is held now. */
function sidelineRows(w: HeldPostWrite, institutionId: number, orgId: number, today: string): SidelineRow[] {
  return w.terms.map((t, i) => {
    const last = i === w.terms.length - 1;
    const end = last ? t.end : (t.end ?? w.terms[i + 1].start);
    return {
      institutionId, personId: w.personId, orgId, applicationId: null, postTitle: w.postTitle, associationLeadershipPost: w.associationLeadershipPost,
      legalRepresentative: w.legalRepresentative, hasTerms: w.hasTerms, termNumber: t.termNumber, startDate: t.start, endDate: w.hasTerms ? end : null,
      firstHeldSince: w.firstHeldSince, approvedRank: w.approvedRank, justification: null, registeredAt: today, registrationNo: w.approvalNo,
      ...(last ? { status: 'active' } : { status: 'ended', endKind: 'renewed', endedOn: end }),
    };
  });
}

/**
 * 兼职台账 at go-live, written in the import's transaction: organizations not yet registered, then per post its terms
 * as held posts (registered today, under the approval document given), replacing what an earlier import wrote for the
 * same person, organization and post. The posts are then facts like any approved post: the term and year limits of
 * 第十四条, the annual report and the pay rules watch them from the next derivation.
 */
export async function writeHeldPosts(tx: Tx, ctx: ImportContext & { accountId: number; batchId: number }, rows: CheckedImportRow<HeldPostWrite>[]): Promise<HeldPostUndo> {
  const undo: HeldPostUndo = { orgs: [], entries: [] };
  const orgIds = new Map<string, number>();
  for (const { write: w } of rows) {
    if (!w || 'id' in w.org || orgIds.has(w.org.key)) continue;
    const [o] = await tx
      .insert(outsideOrg)
      .values({ institutionId: ctx.institutionId, name: w.org.name, kind: w.org.kind, uscc: w.org.uscc, relatedField: w.org.relatedField, note: '上线导入（兼职台账）', createdBy: ctx.accountId })
      .returning({ id: outsideOrg.id });
    orgIds.set(w.org.key, o.id);
    undo.orgs.push(o.id);
  }
  for (const { write: w } of rows) {
    if (!w) continue;
    const orgId = 'id' in w.org ? w.org.id : orgIds.get(w.org.key)!;
    let before: HeldPostUndo['entries'][number]['before'] = null;
    if (w.existingId !== null) {
      const [rec] = await tx.select().from(heldPostImport).where(eq(heldPostImport.id, w.existingId));
      const old = await tx.select().from(sideline).where(inArray(sideline.id, rec.sidelineIds));
      before = { record: { sidelineIds: rec.sidelineIds, payReceived: rec.payReceived, payAmount: rec.payAmount, fingerprint: rec.fingerprint, batchId: rec.batchId }, sidelines: old.sort((a, b) => rec.sidelineIds.indexOf(a.id) - rec.sidelineIds.indexOf(b.id)).map(({ id: _id, createdAt: _c, ...s }) => s) };
      await tx.delete(sideline).where(inArray(sideline.id, rec.sidelineIds));
    }
    const written = (await tx.insert(sideline).values(sidelineRows(w, ctx.institutionId, orgId, ctx.today)).returning({ id: sideline.id })).map((r) => r.id);
    const values = { sidelineIds: written, payReceived: w.payReceived, payAmount: w.payAmount, fingerprint: w.fingerprint, batchId: ctx.batchId, updatedAt: new Date() };
    const recordId = w.existingId !== null
      ? (await tx.update(heldPostImport).set(values).where(eq(heldPostImport.id, w.existingId)).returning({ id: heldPostImport.id }))[0].id
      : (await tx.insert(heldPostImport).values({ institutionId: ctx.institutionId, personId: w.personId, orgId, postKey: w.postKey, ...values }).returning({ id: heldPostImport.id }))[0].id;
    undo.entries.push({ recordId, written, before });
  }
  return undo;
}

/**
 * Withdraws a batch: refused while any post it wrote has been used since (a report, pay, a file, a renewal, an end) or
 * an organization it registered is used by another post or application; otherwise the posts it wrote are removed,
 * those it replaced written back, and the organizations it registered removed.
 */
export async function undoHeldPosts(tx: Tx, _ctx: ImportContext, undo: HeldPostUndo): Promise<{ removed: number; restored: number }> {
  const written = undo.entries.flatMap((e) => e.written);
  const used = await sidelinesInUse(tx, written);
  if (used.size) {
    const names = await tx.select({ postTitle: sideline.postTitle, org: outsideOrg.name }).from(sideline).innerJoin(outsideOrg, eq(outsideOrg.id, sideline.orgId)).where(inArray(sideline.id, [...used]));
    throw new AppError('IMPORT.UNDO_IN_USE', `导入的兼职已有后续办理记录（${[...new Set(names.map((n) => `${n.org}${n.postTitle}`))].join('、')}：年度报告、取酬、附件、续任或辞去），不能撤销该批次；如需更正，请修改后重新导入或在兼职页办理`, 409);
  }
  if (written.length) await tx.delete(sideline).where(inArray(sideline.id, written));
  let restored = 0;
  for (const e of undo.entries) {
    if (!e.before) {
      await tx.delete(heldPostImport).where(eq(heldPostImport.id, e.recordId));
      continue;
    }
    const back = e.before.sidelines.length ? (await tx.insert(sideline).values(e.before.sidelines).returning({ id: sideline.id })).map((r) => r.id) : [];
    await tx.update(heldPostImport).set({ ...e.before.record, sidelineIds: back, updatedAt: new Date() }).where(eq(heldPostImport.id, e.recordId));
    restored += back.length;
  }
  if (undo.orgs.length) {
    const [usedBy] = await tx
      .select({ id: outsideOrg.id, name: outsideOrg.name })
      .from(outsideOrg)
      .innerJoin(sidelineApplication, eq(sidelineApplication.orgId, outsideOrg.id))
      .where(inArray(outsideOrg.id, undo.orgs))
      .limit(1);
    const [heldBy] = await tx.select({ name: outsideOrg.name }).from(sideline).innerJoin(outsideOrg, eq(outsideOrg.id, sideline.orgId)).where(inArray(sideline.orgId, undo.orgs)).limit(1);
    const inUse = usedBy ?? heldBy;
    if (inUse) throw new AppError('IMPORT.UNDO_IN_USE', `该批次登记的兼职单位“${inUse.name}”已被其他兼职或兼职申请使用，不能撤销该批次`, 409);
    await tx.delete(outsideOrg).where(or(...undo.orgs.map((id) => eq(outsideOrg.id, id))));
  }
  return { removed: written.length, restored };
}
