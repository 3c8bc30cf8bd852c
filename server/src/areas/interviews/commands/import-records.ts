import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { interview, interviewTarget } from '../../../core/db/schema';
import { nextId, seal, sealedFromDriver, sealedToDriver } from '../../../core/db/sealed';
import { policyFor } from '../../../core/services/policy.service';
import { currentPosts } from '../../../core/roster/posts';
import type { CheckedImportRow, ImportContext } from '../../../core/imports/template';
import { incentivesPolicy } from '../../incentives';
import { interviewRules } from '../rules/rules';
import { proposeOrganizer } from '../rules/organizer';
import type { RecordImportWrite } from '../rules/record-import';

type InterviewRow = typeof interview.$inferSelect;

/** What a batch of 约谈台账 wrote: per interview its key and fingerprint, and what an update replaced. */
export interface RecordImportUndo {
  entries: { key: string; fingerprint: string; interviewId: number; before: { topic: string; leadPersonId: number; record: string | null; reason: string | null } | null }[];
}

/** The place of an interview held before the system, which the ledgers kept did not always note. */
const IMPORTED_PLACE = '上线前约谈（地点未登记）';
/** Why the interviewee's material is not on file: the interview was closed before the system. */
const MATERIAL_WAIVED = '上线前已办结的约谈（上线导入），材料未录入系统';

/**
 * 干部约谈台账 at go-live, written in the import's transaction: one closed interview per row (held and closed on its
 * day, individual, organized as 四（二） says for the interviewee's rank today), its record sealed, the interviewee's
 * material marked as not on file so that no duty to hand it in is derived for history. The ledger and the statistics
 * of the year count it at once.
 */
export async function writeImportedInterviews(tx: Tx, ctx: ImportContext & { accountId: number; batchId: number }, rows: CheckedImportRow<RecordImportWrite>[]): Promise<RecordImportUndo> {
  const { policy } = await policyFor(tx, ctx.deps.packs, ctx.institutionId);
  const rules = interviewRules(policy, ctx.today);
  const gapDays = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ctx.today);
  const writes = rows.map((r) => r.write).filter((w): w is RecordImportWrite => !!w);
  const posts = await currentPosts(tx, ctx.institutionId, ctx.today, gapDays, [...new Set(writes.map((w) => w.personId))]);
  const undo: RecordImportUndo = { entries: [] };
  for (const w of writes) {
    if (w.existingId !== null) {
      const [old] = await tx.select().from(interview).where(eq(interview.id, w.existingId));
      const [t] = await tx.select().from(interviewTarget).where(eq(interviewTarget.interviewId, w.existingId));
      undo.entries.push({ key: w.key, fingerprint: w.fingerprint, interviewId: w.existingId, before: { topic: old.topic, leadPersonId: old.leadPersonId, record: opened(old), reason: t?.reason ?? null } });
      await tx.update(interview).set({ topic: w.topic, leadPersonId: w.leadPersonId, record: seal(interview.record, w.existingId, w.result) }).where(eq(interview.id, w.existingId));
      continue;
    }
    const post = posts.filter((p) => p.personId === w.personId).sort((a, b) => Number(b.isHead) - Number(a.isHead))[0];
    const org = post ? proposeOrganizer({ rank: post.rank, departmentId: post.departmentId, newlyAppointed: false }, w.kind, null, rules).organizer : ({ kind: 'discipline' } as const);
    const id = await nextId(tx, interview);
    await tx
      .insert(interview)
      .overridingSystemValue()
      .values({
        id, institutionId: ctx.institutionId, kind: w.kind, form: 'individual', topic: w.topic, leadPersonId: w.leadPersonId, leadReason: '上线前已进行的约谈（上线导入）',
        organizerKind: org.kind, organizerDepartmentId: org.kind === 'department' ? org.departmentId : null, scheduledOn: w.heldOn, place: IMPORTED_PLACE,
        status: 'closed', heldOn: w.heldOn, closedOn: w.heldOn, record: seal(interview.record, id, w.result), source: `import_batch:${ctx.batchId}`, createdBy: ctx.accountId,
      });
    await tx.insert(interviewTarget).values({
      institutionId: ctx.institutionId, interviewId: id, personId: w.personId, departmentId: post?.departmentId ?? null, material: rules.materials.value[w.kind],
      waivedReason: MATERIAL_WAIVED, waivedBy: ctx.accountId,
    });
    undo.entries.push({ key: w.key, fingerprint: w.fingerprint, interviewId: id, before: null });
  }
  return undo;
}

/** The record as the batch keeps it for a withdrawal: its ciphertext (bound to the same row), never the plain text. */
const opened = (iv: InterviewRow): string | null => (iv.record === null ? null : sealedToDriver(iv.record));

/** Withdraws a batch: the interviews it added removed, those it updated put back. Imported interviews are closed: nothing uses them since. */
export async function undoImportedInterviews(tx: Tx, _ctx: ImportContext, undo: RecordImportUndo): Promise<{ removed: number; restored: number }> {
  const added = undo.entries.filter((e) => !e.before).map((e) => e.interviewId);
  if (added.length) {
    await tx.delete(interviewTarget).where(inArray(interviewTarget.interviewId, added));
    await tx.delete(interview).where(inArray(interview.id, added));
  }
  let restored = 0;
  for (const e of undo.entries) {
    if (!e.before) continue;
    await tx.update(interview).set({ topic: e.before.topic, leadPersonId: e.before.leadPersonId, record: e.before.record === null ? null : sealedFromDriver(e.before.record) }).where(eq(interview.id, e.interviewId));
    restored++;
  }
  return { removed: added.length, restored };
}
