import { ledgerWorkbook } from '../documents/excel';
import type { CheckedImportRow } from './template';

/** One row of a batch's report, as the preview, the go-live page and the downloadable report show it. */
export interface ImportRowResult {
  row: number;
  key: string;
  label: string;
  /** new | update | unchanged | bad (preview), skipped (a bad row left out of a commit of only the good rows) */
  result: string;
  detail: string;
  warnings: string[];
}

const RESULT_LABELS: Record<string, string> = { new: '新增', update: '更新', unchanged: '未变化', bad: '有误，未导入', skipped: '有误，已跳过' };
export const importResultLabel = (k: string) => RESULT_LABELS[k] ?? k;

/** A checked row as reported: its problems each naming the column and the rule. Pure. */
export function importRowResult(r: CheckedImportRow): ImportRowResult {
  const detail = r.problems.length ? r.problems.map((p) => `${p.column}：${p.message}`).join('；') : r.detail;
  return { row: r.row, key: r.key, label: r.label, result: r.problems.length ? 'bad' : r.action, detail, warnings: r.warnings };
}

/** How many rows of each result, and how many carry warnings. */
export function importCounts(results: ImportRowResult[]): Record<string, number> {
  const counts: Record<string, number> = { new: 0, update: 0, unchanged: 0, bad: 0, warned: 0 };
  for (const r of results) {
    counts[r.result] = (counts[r.result] ?? 0) + 1;
    if (r.warnings.length) counts.warned++;
  }
  return counts;
}

export const countsText = (counts: Record<string, number>) =>
  Object.entries(counts).filter(([k, n]) => n && k !== 'warned').map(([k, n]) => `${importResultLabel(k)} ${n} 行`).join('，') + (counts.warned ? `，其中 ${counts.warned} 行有提示` : '');

/** 导入结果报告: every row of the file with what became of it and the warnings. */
export async function importReportWorkbook(college: string, title: string, fileName: string, when: string, results: ImportRowResult[], counts: Record<string, number>): Promise<Buffer> {
  return ledgerWorkbook([{
    name: '导入结果', title: `${college}${title}导入结果`,
    note: `文件：${fileName}　${when}　${countsText(counts)}`,
    headers: ['行号', '记录', '人员', '结果', '说明', '提示'],
    rows: results.map((r) => [r.row, r.key, r.label, importResultLabel(r.result), r.detail, r.warnings.join('；')]),
    widths: [8, 36, 12, 14, 60, 60],
  }]);
}
