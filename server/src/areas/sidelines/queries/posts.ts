import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { sideline, sidelineFile, sidelinePay, sidelineReport } from '../../../core/db/schema';

/** A pay of the college's, if there is one. */
export async function payById(ex: Executor, institutionId: number, id: number) {
  const [p] = await ex.select().from(sidelinePay).where(and(eq(sidelinePay.institutionId, institutionId), eq(sidelinePay.id, id)));
  return p;
}

/** What the detail of a held post shows besides its ledger row: annual reports, pays, files and the resignation. */
export async function postDetail(ex: Executor, sidelineId: number) {
  const [reports, pays, files, [end]] = await Promise.all([
    ex.select().from(sidelineReport).where(eq(sidelineReport.sidelineId, sidelineId)).orderBy(asc(sidelineReport.year)),
    ex.select().from(sidelinePay).where(eq(sidelinePay.sidelineId, sidelineId)).orderBy(asc(sidelinePay.receivedDate)),
    ex
      .select({ id: sidelineFile.id, kind: sidelineFile.kind, fileName: sidelineFile.fileName, mimeType: sidelineFile.mimeType, size: sidelineFile.size, uploadedAt: sidelineFile.uploadedAt })
      .from(sidelineFile)
      .where(and(eq(sidelineFile.ownerType, 'sideline'), eq(sidelineFile.ownerId, sidelineId))),
    ex.select({ endReport: sideline.endReport, endReportedAt: sideline.endReportedAt, endRegisteredAt: sideline.endRegisteredAt }).from(sideline).where(eq(sideline.id, sidelineId)),
  ]);
  return { reports, pays, files, end };
}

/** Whether the post has a file of this kind. */
export async function hasFile(ex: Executor, sidelineId: number, kind: string): Promise<boolean> {
  const [f] = await ex.select({ id: sidelineFile.id }).from(sidelineFile).where(and(eq(sidelineFile.ownerType, 'sideline'), eq(sidelineFile.ownerId, sidelineId), eq(sidelineFile.kind, kind)));
  return f !== undefined;
}

/** The post's annual report of a year, if one was made. */
export async function reportOf(ex: Executor, sidelineId: number, year: number) {
  const [r] = await ex.select({ id: sidelineReport.id }).from(sidelineReport).where(and(eq(sidelineReport.sidelineId, sidelineId), eq(sidelineReport.year, year)));
  return r;
}
