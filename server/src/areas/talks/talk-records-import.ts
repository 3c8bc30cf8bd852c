import { inArray } from 'drizzle-orm';
import { policyFor } from '../../core/services/policy.service';
import { dutiesFor } from '../../core/duties/duties.service';
import type { ImportTemplate } from '../../core/imports/template';
import { checkTalkRows, TALK_IMPORT_HEADER_KEYS, talkImportColumns, type TalkImportWrite } from './rules/talk-import';
import { importedTalkIds, TALK_RECORDS_TEMPLATE, talkImportLookup, talkKindOptions } from './queries/talk-import-lookup';
import { undoImportedTalks, writeImportedTalks, type TalkImportUndo } from './commands/import-talks';
import { isTalkQuota } from './duties/talk-quota';
import { talk } from '../../core/db/schema';

const STATUS_ORDER: Record<string, number> = { overdue: 0, due_soon: 1, open: 2, done: 3 };

/**
 * 谈心谈话记录 (issue 26): the talks held before go-live, one row a talk, by date + talkers + subjects + kind; written as
 * held talks, which the quotas of 第八条 count at once.
 */
export const talkRecordsImport: ImportTemplate<TalkImportWrite, TalkImportUndo> = {
  key: TALK_RECORDS_TEMPLATE,
  title: '谈心谈话记录',
  area: '谈心谈话',
  description: '上线前已经开展的谈心谈话：谈话日期、谈话人和谈话对象（工号）、谈话类别、地点、谈话要点、记录人。导入后即计入当年第八条规定的谈话次数。',
  async columns(ctx) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return talkImportColumns(talkKindOptions(policy, ctx.today));
  },
  headerKeys: TALK_IMPORT_HEADER_KEYS,
  async check(ctx, rows) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return checkTalkRows(rows, await talkImportLookup(ctx.deps.db, ctx.institutionId, ctx.today, policy, ctx.deps.packs, rows));
  },
  write: writeImportedTalks,
  undo: undoImportedTalks,
  /** The yearly talk duties (第八条) the imported talks count toward: what is still owed first, then those they completed. */
  async consequences(ex, ctx) {
    const ids = await importedTalkIds(ex, ctx.institutionId);
    if (!ids.size) return [];
    const live = new Set((await ex.select({ id: talk.id }).from(talk).where(inArray(talk.id, [...ids]))).map((t) => t.id));
    const { duties } = await dutiesFor(ex, ctx.deps.packs, ctx.institutionId, ctx.today);
    return duties
      .filter(isTalkQuota)
      .filter((d) => d.detail.required !== undefined && (d.detail.talks ?? []).some((t) => live.has(t.id)))
      .sort((a, b) => (STATUS_ORDER[a.status] ?? 4) - (STATUS_ORDER[b.status] ?? 4) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
      .map((d) => ({ title: d.title, citation: d.citation ?? '', dueDate: d.dueDate, status: d.status, link: d.link ?? '', person: d.ownerLabel ?? '' }));
  },
};
