import type { ImportTemplate } from '../../core/imports/template';
import { dutiesFor } from '../../core/duties/duties.service';
import { checkTrainingRows, TRAINING_IMPORT_HEADER_KEYS, trainingImportColumns, type TrainingRecordWrite } from './rules/training-import';
import { importedTrainees, trainingImportLookup, trainingImportRules } from './queries/training-import-lookup';
import { undoTrainingRecords, writeTrainingRecords, type TrainingImportUndo } from './commands/import-training-records';

const STATUS_ORDER: Record<string, number> = { overdue: 0, due_soon: 1, open: 2 };

/**
 * 教育培训记录 (issue 26): the courses the cadres attended before the system, one row per person per course, written as
 * training records the 第9条 年度培训学时 duties already count.
 */
export const trainingRecordsImport: ImportTemplate<TrainingRecordWrite, TrainingImportUndo> = {
  key: 'training_records',
  title: '教育培训记录',
  area: '激励担当作为',
  description: '干部上线前参加的教育培训：人员、培训名称、主办单位、起止日期、学时、培训类别，每人每次培训一行。导入后学时即计入结束日期所在年度的年度培训学时（第9条）。',
  async columns(ctx) {
    const rules = await trainingImportRules(ctx.deps.db, ctx.deps, ctx.institutionId, ctx.today);
    return trainingImportColumns(rules?.kinds.map((k) => k.label) ?? [], rules?.maxHoursPerDay ?? null);
  },
  headerKeys: TRAINING_IMPORT_HEADER_KEYS,
  async check(ctx, rows) {
    return checkTrainingRows(rows, await trainingImportLookup(ctx.deps.db, ctx.deps, ctx.institutionId, ctx.today));
  },
  write: writeTrainingRecords,
  undo: undoTrainingRecords,
  /** The people with imported training still short of their year's hours (this year and the carry-over years). */
  async consequences(ex, ctx) {
    const people = await importedTrainees(ex, ctx.institutionId);
    if (!people.size) return [];
    const { duties } = await dutiesFor(ex, ctx.deps.packs, ctx.institutionId, ctx.today);
    return duties
      .filter((d) => d.kind === 'training_hours' && d.subjectPersonId != null && people.has(d.subjectPersonId) && d.status !== 'done' && d.status !== 'waived')
      .sort((a, b) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3) || a.dueDate.localeCompare(b.dueDate) || (a.ownerLabel ?? '').localeCompare(b.ownerLabel ?? ''))
      .map((d) => ({ title: d.title, citation: d.citation ?? '', dueDate: d.dueDate, status: d.status, link: d.link ?? '', person: d.ownerLabel ?? '' }));
  },
};
