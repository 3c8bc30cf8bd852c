import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { sideline, sidelineFile, sidelinePay, sidelineReport } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import type { Pack } from '../../../core/policy/pack-schema';
import { policyFor } from '../../../core/services/policy.service';
import { found } from '../../../core/http/authorize';
import { todayIso } from '../../../core/shared/dates';
import { authorizeSideline, maySideline, PAY_HIDDEN, SIDELINE_HIDDEN } from '../access';
import type { z } from 'zod';
import type { sidelineListQuery } from '../http/sidelines.schema';
import { filterLedger, ledger, type LedgerRow } from './ledger';

/** 我的兼职, or the 兼职台账 (scope all: those who keep the ledger), filtered and paged. */
export async function listPosts(ex: Executor, packs: ReadonlyMap<string, Pack>, auth: AuthContext, q: z.infer<typeof sidelineListQuery>): Promise<{ total: number; items: LedgerRow[] }> {
  if (q.scope === 'all') authorizeSideline(auth, 'seeLedger', null);
  if (q.scope === 'mine' && auth.personId === null) return { total: 0, items: [] };
  const { policy } = await policyFor(ex, packs, auth.institutionId);
  const rows = filterLedger(await ledger(ex, auth.institutionId, policy, todayIso(), q.scope === 'mine' ? { personId: auth.personId! } : {}), q);
  return { total: rows.length, items: rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize) };
}

type PostAction = 'see' | 'act' | 'registerEnd' | 'seePay' | 'actOnPay' | 'confirmPay';

/**
 * A post the caller may act on (access.ts: `see` by default: its holder, the ledger keepers, finance), as its ledger
 * row, or the refusal: the 404 an unknown id gets (an unknown pay's, for a pay), a 403 for one the caller sees but may
 * not act on.
 */
export async function postFor(ex: Executor, packs: ReadonlyMap<string, Pack>, auth: AuthContext, id: number, action: PostAction = 'see'): Promise<LedgerRow> {
  const { policy } = await policyFor(ex, packs, auth.institutionId);
  const [row] = await ledger(ex, auth.institutionId, policy, todayIso(), { id });
  authorizeSideline(auth, action, found(row, action === 'see' || action === 'act' || action === 'registerEnd' ? SIDELINE_HIDDEN : PAY_HIDDEN));
  return row;
}

/** A pay the caller may act on, with its post (an unknown pay, or one of a post the caller may not see, is refused alike). */
export async function payFor(ex: Executor, packs: ReadonlyMap<string, Pack>, auth: AuthContext, id: number, action: 'actOnPay' | 'confirmPay') {
  const p = found(await payById(ex, auth.institutionId, id), PAY_HIDDEN);
  return { p, row: await postFor(ex, packs, auth, p.sidelineId, action) };
}

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

/** A post's page: its ledger row, reports, pays, files, the resignation, and what the caller may do with it. */
export async function presentPost(ex: Executor, auth: AuthContext, row: LedgerRow) {
  const { reports, pays, files, end } = await postDetail(ex, row.id);
  return {
    sideline: row,
    reports: reports.map((r) => ({ id: r.id, year: r.year, rolePerformed: r.rolePerformed, payReceived: r.payReceived, expenses: r.expenses, submittedAt: r.submittedAt })),
    pays: pays.map((p) => ({ id: p.id, amount: p.amount, receivedDate: p.receivedDate, description: p.description, turnedOverDate: p.turnedOverDate, receiptNo: p.receiptNo, confirmedAt: p.confirmedAt })),
    files: files.map((f) => ({ ...f, uploadedAt: f.uploadedAt.toISOString() })),
    ...end,
    mayAct: maySideline(auth, 'act', row) && row.status === 'active',
    mayRegisterEnd: auth.permissions.has('sideline.manage') && row.status === 'ending_reported' && maySideline(auth, 'registerEnd', row),
    mayConfirmPay: auth.permissions.has('sideline.pay_confirm') && maySideline(auth, 'confirmPay', row),
  };
}
