import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../core/db/client';
import { department, heldPostImport } from '../../core/db/schema';
import { policyFor } from '../../core/services/policy.service';
import { dutiesFor } from '../../core/duties/duties.service';
import type { ImportContext, ImportTemplate } from '../../core/imports/template';
import { checkHeldPostRows, HELD_POST_HEADER_KEYS, heldPostColumns, type HeldPostWrite } from './rules/held-post-import';
import { heldPostLookup } from './queries/held-post-lookup';
import { undoHeldPosts, writeHeldPosts, type HeldPostUndo } from './commands/import-held-posts';
import { citationName } from '../../core/policy/citation-names';
import type { PolicyKey } from '../../core/policy/policy-keys';
import { sidelinesPolicy } from './policy';

const departmentNames = async (ex: Executor, institutionId: number) =>
  (await ex.select({ name: department.name }).from(department).where(and(eq(department.institutionId, institutionId), eq(department.active, true))).orderBy(asc(department.sortOrder), asc(department.id))).map((d) => d.name);

const STATUS_ORDER: Record<string, number> = { overdue: 0, due_soon: 1, open: 2 };

/**
 * 兼职台账 (issue 26, the first go-live template): the outside posts the cadres already hold, by person + organization
 * (统一社会信用代码) + post, with their terms, pay and approval document; written as held posts the sidelines rules read.
 */
export const heldPostsImport: ImportTemplate<HeldPostWrite, HeldPostUndo> = {
  key: 'held_sidelines',
  title: '兼职台账（已在任的兼职）',
  area: '兼职管理',
  description: '领导干部上线前已经在任的兼职：人员、兼职单位及统一社会信用代码、职务、届次与各届起止、首次任职日期、取酬、批准文号。导入后即按第十四条检查届数和年限。',
  columns: async (ctx: ImportContext) => {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    const cite = (key: PolicyKey<typeof sidelinesPolicy>) => citationName(ctx.deps.packs, policy.param(sidelinesPolicy, key, ctx.today).source.citation);
    return heldPostColumns(await departmentNames(ctx.deps.db, ctx.institutionId), {
      related: cite('sidelines.related_field_required'), leadershipPost: cite('sidelines.leadership_association_leader_post_allowed'), terms: cite('sidelines.max_years_without_term'), pay: cite('sidelines.pay_allowed'),
    });
  },
  headerKeys: HELD_POST_HEADER_KEYS,
  async check(ctx, rows) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return checkHeldPostRows(rows, { ...(await heldPostLookup(ctx.deps.db, ctx.institutionId, ctx.today, policy, ctx.deps.packs)), actorPersonId: ctx.actorPersonId });
  },
  write: writeHeldPosts,
  undo: undoHeldPosts,
  /** The duties the imported posts owe now (limits of terms and years first), not yet met. */
  async consequences(ex, ctx) {
    const records = await ex.select({ ids: heldPostImport.sidelineIds }).from(heldPostImport).where(eq(heldPostImport.institutionId, ctx.institutionId));
    const ids = new Set(records.flatMap((r) => r.ids));
    if (!ids.size) return [];
    const { duties } = await dutiesFor(ex, ctx.deps.packs, ctx.institutionId, ctx.today);
    return duties
      .filter((d) => d.kind.startsWith('sideline_') && ids.has(Number((d.detail as { sidelineId?: number }).sidelineId)) && d.status !== 'done' && d.status !== 'waived')
      .sort((a, b) => (a.kind === 'sideline_term' ? 0 : 1) - (b.kind === 'sideline_term' ? 0 : 1) || (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
      .map((d) => ({ title: d.title, citation: d.citation ?? '', dueDate: d.dueDate, status: d.status, link: d.link ?? '', person: d.ownerLabel ?? '' }));
  },
};
