import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { trainingCourse, trainingRecord } from '../../../core/db/schema';
import { AppError } from '../../../core/shared/errors';
import type { CheckedImportRow, ImportContext } from '../../../core/imports/template';
import type { TrainingRecordWrite } from '../rules/training-import';
import { IMPORT_SOURCE } from '../queries/training-import-lookup';

/** What a batch of 教育培训记录 wrote: the courses it registered, the records it added, and those it changed with their values before. */
export interface TrainingImportUndo {
  courses: number[];
  created: number[];
  updated: { id: number; courseId: number; hoursTenths: number }[];
}

/**
 * 教育培训记录 at go-live, written in the import's transaction: courses not yet registered (once per name and dates; their
 * hours the most any row of the batch gives, in whole hours), then each person's record in the course, or the earlier
 * imported record updated. The records are then facts like any sign-in: the year's 年度培训学时 duties (第9条) count them
 * from the next derivation.
 */
export async function writeTrainingRecords(tx: Tx, ctx: ImportContext & { accountId: number; batchId: number }, rows: CheckedImportRow<TrainingRecordWrite>[]): Promise<TrainingImportUndo> {
  const undo: TrainingImportUndo = { courses: [], created: [], updated: [] };
  const courseIds = new Map<string, number>();
  const maxTenths = new Map<string, number>();
  for (const { write: w } of rows) if (w && !('id' in w.course)) maxTenths.set(w.course.key, Math.max(maxTenths.get(w.course.key) ?? 0, w.tenths));
  for (const { write: w } of rows) {
    if (!w || 'id' in w.course || courseIds.has(w.course.key)) continue;
    const { title, organizer, kind, startDate, endDate } = w.course;
    const [c] = await tx
      .insert(trainingCourse)
      .values({ institutionId: ctx.institutionId, title, organizer, kind, startDate, endDate, hours: Math.ceil(maxTenths.get(w.course.key)! / 10), createdBy: ctx.accountId })
      .returning({ id: trainingCourse.id });
    courseIds.set(w.course.key, c.id);
    undo.courses.push(c.id);
  }
  for (const { write: w } of rows) {
    if (!w) continue;
    const courseId = 'id' in w.course ? w.course.id : courseIds.get(w.course.key)!;
    if (w.existingId === null) {
      const [r] = await tx
        .insert(trainingRecord)
        .values({ institutionId: ctx.institutionId, courseId, personId: w.personId, hoursTenths: w.tenths, source: IMPORT_SOURCE, createdBy: ctx.accountId })
        .returning({ id: trainingRecord.id });
      undo.created.push(r.id);
    } else {
      const [before] = await tx.select({ courseId: trainingRecord.courseId, hoursTenths: trainingRecord.hoursTenths }).from(trainingRecord).where(eq(trainingRecord.id, w.existingId));
      await tx.update(trainingRecord).set({ courseId, hoursTenths: w.tenths }).where(eq(trainingRecord.id, w.existingId));
      undo.updated.push({ id: w.existingId, ...before });
    }
  }
  return undo;
}

/**
 * Withdraws a batch: refused while a course it registered has since had attendees registered otherwise (a sign-in
 * sheet); otherwise the records it added are removed, those it changed written back, and the courses it registered removed.
 */
export async function undoTrainingRecords(tx: Tx, ctx: ImportContext, undo: TrainingImportUndo): Promise<{ removed: number; restored: number }> {
  if (undo.courses.length) {
    const ours = [...undo.created, ...undo.updated.map((u) => u.id)];
    const [other] = await tx
      .select({ title: trainingCourse.title })
      .from(trainingRecord)
      .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
      .where(and(eq(trainingRecord.institutionId, ctx.institutionId), inArray(trainingRecord.courseId, undo.courses), ...(ours.length ? [notInArray(trainingRecord.id, ours)] : [])))
      .limit(1);
    if (other) throw new AppError('IMPORT.UNDO_IN_USE', `该批次登记的培训“${other.title}”此后已登记了其他参训人员（签到表或手工登记），不能撤销该批次；如需更正，请修改后重新导入`, 409);
  }
  if (undo.created.length) await tx.delete(trainingRecord).where(inArray(trainingRecord.id, undo.created));
  for (const u of undo.updated) await tx.update(trainingRecord).set({ courseId: u.courseId, hoursTenths: u.hoursTenths }).where(eq(trainingRecord.id, u.id));
  if (undo.courses.length) await tx.delete(trainingCourse).where(inArray(trainingCourse.id, undo.courses));
  return { removed: undo.created.length, restored: undo.updated.length };
}
