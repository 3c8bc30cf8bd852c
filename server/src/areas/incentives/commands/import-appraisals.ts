import { lockCollege } from '../../../core/db/college-lock';
import type { FastifyRequest } from 'fastify';
import { and, eq, inArray } from 'drizzle-orm';
import { appraisal, person } from '../../../core/db/schema';
import type { Tx } from '../../../core/db/client';
import type { AppDeps } from '../../../core/services/deps';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import type { CheckedImportRow, ImportContext, ImportRawRow } from '../../../core/imports/template';
import { fileSha256, stageImport } from '../../../core/imports/commands/preview-import';
import { commitImport } from '../../../core/imports/commands/commit-import';
import { templateNamed } from '../../../core/imports/queries';
import { withdrawNotices } from '../../../core/notifications/withdraw';
import { withdrawTalkOccasions } from '../../talks';
import { appraisalContext, getCycle } from '../queries/appraisal';
import { checkAppraisalRows, type AppraisalImportWrite } from '../queries/appraisal-import-check';
import { readAppraisalSheet } from '../documents/appraisal-sheet';
import { refuseBatch, writeGrades, type GradeOutcome } from './grade-appraisals';

type Recorded = Omit<typeof appraisal.$inferSelect, 'id' | 'institutionId' | 'personId' | 'year' | 'createdAt'>;

/** What of a grade record the batch wrote and an undo checks unchanged: the grade and what it rests on. */
type Written = Pick<Recorded, 'grade' | 'reason' | 'quotaReason' | 'caseIds' | 'overQuota'>;
const writtenOf = (r: Written): Written => ({ grade: r.grade, reason: r.reason, quotaReason: r.quotaReason, caseIds: [...r.caseIds].sort((a, b) => a - b), overQuota: r.overQuota });
const sameRecord = (a: Written, b: Written) => JSON.stringify(writtenOf(a)) === JSON.stringify(writtenOf(b));

/**
 * What a batch of 年度考核结果 wrote: each grade with the record it replaced (null: none) and the record as written
 * (`written`; absent in a batch committed before it was kept: the grade alone is compared), the talk occasions it
 * registered and the notices it sent (`noticeIds`, withdrawn with the batch).
 */
export interface AppraisalImportUndo {
  grades: { personId: number; year: number; grade: string; before: Recorded | null; written?: Written }[];
  talkOccasionIds: number[];
  noticeIds?: number[];
}

/**
 * Writes the good rows in the import's transaction, year by year, as the grid saves them (writeGrades: the grade by
 * person and year, a talk occasion for a grade that calls for one, each cadre told), keeping what each replaced.
 */
export async function writeAppraisalRows(tx: Tx, ctx: ImportContext & { accountId: number }, rows: CheckedImportRow<AppraisalImportWrite>[]): Promise<AppraisalImportUndo> {
  const undo: AppraisalImportUndo = { grades: [], talkOccasionIds: [], noticeIds: [] };
  const { rules } = await appraisalContext(tx, ctx.deps, ctx.institutionId, ctx.today);
  const byCycle = new Map<number, AppraisalImportWrite[]>();
  for (const { write: w } of rows) if (w) byCycle.set(w.cycle.id, [...(byCycle.get(w.cycle.id) ?? []), w]);
  for (const writes of byCycle.values()) {
    const { cycle } = writes[0];
    const ids = writes.map((w) => w.checked.personId);
    const before = await tx.select().from(appraisal).where(and(eq(appraisal.institutionId, ctx.institutionId), eq(appraisal.year, cycle.year), inArray(appraisal.personId, ids)));
    const beforeOf = new Map(before.map(({ id: _id, institutionId: _i, personId, year: _y, createdAt: _c, ...rest }) => [personId, rest]));
    const wrote = await writeGrades(tx, ctx.deps, { institutionId: ctx.institutionId, accountId: ctx.accountId, personId: ctx.actorPersonId ?? null }, cycle, writes.map((w) => w.checked), rules);
    undo.talkOccasionIds.push(...wrote.talkOccasionIds);
    undo.noticeIds!.push(...wrote.noticeIds);
    const after = await tx.select().from(appraisal).where(and(eq(appraisal.institutionId, ctx.institutionId), eq(appraisal.year, cycle.year), inArray(appraisal.personId, ids)));
    for (const w of writes) {
      const written = after.find((a) => a.personId === w.checked.personId);
      undo.grades.push({ personId: w.checked.personId, year: cycle.year, grade: w.checked.input.grade, before: beforeOf.get(w.checked.personId) ?? null, ...(written ? { written: writtenOf(written) } : {}) });
    }
  }
  return undo;
}

/**
 * Withdraws a batch: refused when a grade it wrote has since been changed (the grid, another import: the grade, its
 * basis, the quota reason or the cases it names); otherwise each grade it added is removed, each it changed written
 * back as it was, the talk occasions it registered withdrawn and the notices it sent marked withdrawn.
 */
export async function undoAppraisalRows(tx: Tx, ctx: ImportContext, undo: AppraisalImportUndo): Promise<{ removed: number; restored: number; noticesWithdrawn: number }> {
  const now = undo.grades.length
    ? await tx.select().from(appraisal).where(and(eq(appraisal.institutionId, ctx.institutionId), inArray(appraisal.personId, undo.grades.map((g) => g.personId))))
    : [];
  const changed = undo.grades.filter((g) => {
    const n = now.find((x) => x.personId === g.personId && x.year === g.year);
    return !n || (g.written ? !sameRecord(n, g.written) : n.grade !== g.grade);
  });
  if (changed.length) {
    const names = await tx.select({ name: person.name }).from(person).where(inArray(person.id, changed.map((g) => g.personId)));
    throw new AppError('IMPORT.UNDO_IN_USE', `该批次登记的考核等次此后已修改（${names.map((n) => n.name).join('、')}），不能撤销该批次；如需更正，请修改后重新导入`, 409);
  }
  let removed = 0;
  let restored = 0;
  for (const g of undo.grades) {
    const which = and(eq(appraisal.institutionId, ctx.institutionId), eq(appraisal.personId, g.personId), eq(appraisal.year, g.year));
    if (g.before) {
      await tx.update(appraisal).set(g.before).where(which);
      restored++;
    } else {
      await tx.delete(appraisal).where(which);
      removed++;
    }
  }
  await withdrawTalkOccasions(tx, ctx.institutionId, undo.talkOccasionIds);
  const years = [...new Set(undo.grades.map((g) => g.year))].join('、');
  const noticesWithdrawn = await withdrawNotices(tx, ctx.institutionId, undo.noticeIds ?? [], `该考核等次系导入登记，所在导入批次已于 ${ctx.today} 撤销，本通知作废；${years} 年度考核等次以“激励担当作为 → 年度考核”中现登记的为准。`);
  return { removed, restored, noticesWithdrawn };
}

const countsOf = (rows: { result: string }[]) => {
  const counts: Record<string, number> = { new: 0, update: 0, unchanged: 0, blank: 0, bad: 0 };
  for (const r of rows) counts[r.result] = (counts[r.result] ?? 0) + 1;
  return counts;
};

/** The appraisal page's sheet of one year (its own columns, no 年度): read, each row given the cycle's year. */
async function readYearFile(deps: AppDeps, req: FastifyRequest, cycleId: number, b: { fileName: string; contentBase64: string }) {
  const cycle = await getCycle(deps.db, req.auth!.institutionId, cycleId);
  const raw = await readAppraisalSheet(b.contentBase64, b.fileName);
  if (!raw.length) throw new AppError('IMPORT.EMPTY', `文件“${b.fileName}”表头下没有数据行`, 400, { field: 'contentBase64' });
  const rows: ImportRawRow[] = raw.map((r) => ({ ...r, year: String(cycle.year) }) as ImportRawRow);
  return { cycle, rows };
}

const contextOf = (deps: AppDeps, req: FastifyRequest): ImportContext => ({ deps, institutionId: req.auth!.institutionId, today: todayIso(), actorPersonId: req.auth!.personId, auth: req.auth! });

/** 上传考核结果并预览 (appraisal page): every row checked by the 年度考核结果 template's checks; nothing written, nothing kept. */
export async function previewAppraisalImport(deps: AppDeps, req: FastifyRequest, cycleId: number, b: { fileName: string; contentBase64: string }) {
  const { rows } = await readYearFile(deps, req, cycleId, b);
  const { outcomes } = await checkAppraisalRows(contextOf(deps, req), rows, { allowClosed: true });
  return { fileName: b.fileName, status: 'previewed', totalRows: rows.length, counts: countsOf(outcomes), results: outcomes };
}

/**
 * 导入考核结果 (appraisal page): the year's file checked; all rows or none (with a refused row nothing is written unless
 * only the good rows are asked for); then kept and committed, in one transaction, as a batch of the 年度考核结果 template
 * (core/imports), so it is audited and can be withdrawn within the day like any go-live import.
 */
export async function commitAppraisalImport(deps: AppDeps, req: FastifyRequest, cycleId: number, b: { fileName: string; contentBase64: string; onlyGood: boolean }) {
  const { cycle, rows } = await readYearFile(deps, req, cycleId, b);
  if (cycle.status !== 'open') throw new AppError('APPRAISAL.CYCLE_CLOSED', `${cycle.year} 年度考核已结束，不能再登记`, 409);
  // Checked on what was read: a refusal needs no transaction.
  const first = await checkAppraisalRows(contextOf(deps, req), rows);
  if (!b.onlyGood) refuseBatch(first.outcomes, 'IMPORT.HAS_ERRORS', '有错误行，未导入任何数据（可修改后重新上传，或选择“只导入正确的行”）。');
  // Kept and committed in one transaction (each step's audit in it): a failure in between leaves no stray preview.
  const { batch, outcomes } = await deps.db.transaction(async (tx) => {
    // The college's row before any audit chain head (core/db/college-lock.ts): staging writes its audit event first, so
    // take the row now, or a grade counting the quota (the row held, waiting for the head) and this import would wait
    // on each other (a deadlock PostgreSQL breaks by failing one).
    await lockCollege(tx, req.auth!.institutionId);
    const inTx: AppDeps = { ...deps, db: tx };
    // Checked again on the grades committed now, the college's row held (as the single grade and the grid hold it for
    // an excellent grade): a grade given meanwhile counts in the quota (第6条), and a row it makes bad is refused or
    // skipped as before; the batch is kept and committed with these rows.
    const { outcomes, rows: checked } = await checkAppraisalRows(contextOf(inTx, req), rows);
    if (!b.onlyGood) refuseBatch(outcomes, 'IMPORT.HAS_ERRORS', '有错误行，未导入任何数据（可修改后重新上传，或选择“只导入正确的行”）。');
    const staged = await stageImport(inTx, req, templateNamed('appraisal_results'), { fileName: b.fileName, sha256: fileSha256(b.contentBase64), rows }, checked);
    return { batch: await commitImport(inTx, req, staged.id, b.onlyGood, checked), outcomes };
  });
  const final: GradeOutcome[] = outcomes.map((r) => (r.result === 'bad' ? { ...r, result: 'skipped' as const } : r));
  return { fileName: b.fileName, status: 'committed', totalRows: rows.length, counts: countsOf(final), results: final, batchId: batch.id };
}
