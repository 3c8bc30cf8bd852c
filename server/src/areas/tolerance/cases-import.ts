import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/client';
import { department, toleranceReview } from '../../core/db/schema';
import { policyFor } from '../../core/services/policy.service';
import { dutiesFor } from '../../core/duties/duties.service';
import { VALUE_LABELS } from '../../core/policy/vocabulary';
import type { ImportTemplate } from '../../core/imports/template';
import { CASE_IMPORT_HEADER_KEYS, caseImportColumns, checkCaseImportRows, type CaseImportWrite } from './rules/case-import';
import { accountabilityKinds, CASE_IMPORT_KEY, caseImportLookup, importedCases, outcomeLabels } from './queries/case-import-lookup';
import { undoImportedCases, writeImportedCases, type CaseImportUndo } from './commands/import-cases';

const departmentNames = async (ex: Executor, institutionId: number) =>
  (await ex.select({ name: department.name }).from(department).where(and(eq(department.institutionId, institutionId), eq(department.active, true))).orderBy(asc(department.sortOrder), asc(department.id))).map((d) => d.name);

/**
 * 问责案件及容错认定结果 (issue 26): the accountability cases decided before go-live, with their tolerance outcomes,
 * by 工号 + 决定文号; written as closed cases and reviews the effects rules read (an exemption's protections on the
 * person page, a mitigation's impact period), with no procedure step left open.
 */
export const accountabilityCasesImport: ImportTemplate<CaseImportWrite, CaseImportUndo> = {
  key: CASE_IMPORT_KEY,
  title: '问责案件及容错认定结果',
  area: '容错纠错',
  description: '上线前已作出问责决定的案件：被问责人、问责事由、决定日期、问责方式、决定机关和文号，以及容错申请与认定结果（免责、减责、不予容错）。导入后免责事项即在人员页显示不受影响的方面，减责的影响期即起作用。',
  async columns(ctx) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return caseImportColumns(accountabilityKinds(policy, ctx.today).map((k) => VALUE_LABELS[k] ?? k), await departmentNames(ctx.deps.db, ctx.institutionId), outcomeLabels());
  },
  headerKeys: CASE_IMPORT_HEADER_KEYS,
  async check(ctx, rows) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return checkCaseImportRows(rows, await caseImportLookup(ctx.deps.db, ctx.institutionId, ctx.today, policy, ctx.deps.packs));
  },
  write: writeImportedCases,
  undo: undoImportedCases,
  /** What the imported determinations still owe (e.g. follow-up visits of exempted cadres where the pack asks for them). */
  async consequences(ex, ctx) {
    const caseIds = [...(await importedCases(ex, ctx.institutionId)).values()].map((i) => i.caseId);
    if (!caseIds.length) return [];
    const reviews = await ex.select({ id: toleranceReview.id, caseId: toleranceReview.caseId }).from(toleranceReview).where(eq(toleranceReview.institutionId, ctx.institutionId));
    const cases = new Set(caseIds);
    const links = new Set(reviews.filter((r) => cases.has(r.caseId)).map((r) => `/tolerance/reviews/${r.id}`));
    const { duties } = await dutiesFor(ex, ctx.deps.packs, ctx.institutionId, ctx.today);
    return duties
      .filter((d) => d.kind.startsWith('tolerance_') && d.link !== undefined && d.link !== null && links.has(d.link) && d.status !== 'done' && d.status !== 'waived')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
      .map((d) => ({ title: d.title, citation: d.citation ?? '', dueDate: d.dueDate, status: d.status, link: d.link ?? '', person: d.ownerLabel ?? '' }));
  },
};
