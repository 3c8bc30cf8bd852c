import { policyFor } from '../../core/services/policy.service';
import { VALUE_LABELS } from '../../core/policy/vocabulary';
import type { ImportTemplate } from '../../core/imports/template';
import { checkRecordImportRows, RECORD_IMPORT_HEADER_KEYS, recordImportColumns, type RecordImportWrite } from './rules/record-import';
import { RECORD_IMPORT_KEY, recordImportLookup } from './queries/record-import-lookup';
import { undoImportedInterviews, writeImportedInterviews, type RecordImportUndo } from './commands/import-records';
import { interviewRules } from './rules/rules';

/**
 * 干部约谈台账 (issue 26): the interviews held before go-live, one row per person interviewed, by date + interviewee +
 * kind; written as closed interviews that the year's ledger (GET /api/interviews/ledger.xlsx) and statistics count.
 */
export const interviewRecordsImport: ImportTemplate<RecordImportWrite, RecordImportUndo> = {
  key: RECORD_IMPORT_KEY,
  title: '干部约谈台账',
  area: '干部约谈',
  description: '上线前已进行的约谈：约谈日期、约谈对象、约谈类型（预防提醒、询问示警、纠错诫勉、问责处分）、主谈人、事由和结果。导入后计入当年的约谈工作台账和统计。',
  async columns(ctx) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return recordImportColumns(interviewRules(policy, ctx.today).kinds.map((k) => VALUE_LABELS[k] ?? k));
  },
  headerKeys: RECORD_IMPORT_HEADER_KEYS,
  async check(ctx, rows) {
    const { policy } = await policyFor(ctx.deps.db, ctx.deps.packs, ctx.institutionId);
    return checkRecordImportRows(rows, await recordImportLookup(ctx.deps.db, ctx.institutionId, ctx.today, policy, ctx.deps.packs));
  },
  write: writeImportedInterviews,
  undo: undoImportedInterviews,
};
