import type { Executor, Tx } from '../db/client';
import type { AppDeps } from '../services/deps';
import type { AuthContext } from '../auth/context';

/**
 * A go-live import template (上线导入): one ledger a college keeps in Excel before the system, read into the facts an
 * area's rules already read. The core owns the lifecycle (core/imports/commands: preview → commit all or only good rows
 * → withdraw within the day; the batch record; the per-row report); a template, in its area, owns its columns, its
 * checks and what it writes. Registered by areas/index.ts from the area manifests.
 */

/** One row's problem: the column, in the template's words, and the rule broken. */
export interface ImportProblem {
  column: string;
  message: string;
}

/** A row as the template checked it; `write` carries what a good row writes (template-specific). */
export interface CheckedImportRow<W = unknown> {
  row: number;
  /** The natural key as a user reads it (e.g. 工号 1001 · 某学会 · 理事). */
  key: string;
  /** Whom or what the row is about (a name). */
  label: string;
  action: 'new' | 'update' | 'unchanged' | 'bad';
  problems: ImportProblem[];
  /** Gaps and oddities that do not stop the row (shown in the preview and the report). */
  warnings: string[];
  /** What committing the row does (for new and update). */
  detail: string;
  write?: W;
}

/** A raw row: its row number in the sheet and each column's text by key. */
export type ImportRawRow = { row: number } & Record<string, string | number>;

export interface ImportContext {
  deps: AppDeps;
  institutionId: number;
  today: string;
  /** Who imports (their person, if any): a row about them is refused (回避), as their own case would be. */
  actorPersonId?: number | null;
  /** Who imports, when a request is behind the check (preview, commit): for a template whose checks are an area's access rules. */
  auth?: AuthContext;
}

/** A column of a template: key, header (a * marks required), width, drop-down values and its note on the help sheet. */
export interface ImportColumn {
  key: string;
  header: string;
  width: number;
  list?: string[];
  note: string;
  /** Keep as text (codes with leading zeros, ID numbers). */
  text?: boolean;
}

export interface ImportTemplate<W = unknown, U = unknown> {
  key: string;
  /** The ledger's name (兼职台账). */
  title: string;
  /** The area it feeds (兼职管理). */
  area: string;
  /** What is imported, one sentence. */
  description: string;
  columns: (ctx: ImportContext) => Promise<ImportColumn[]>;
  /** At least one of these columns identifies a header row. */
  headerKeys: string[];
  /**
   * Checks the rows on the facts as they are: at preview, and again at commit inside its transaction with the college's
   * row held (commit-import.ts), so that checks counting across the college (the 优秀 quota) or reading what other
   * batches wrote hold when the rows are written.
   */
  check(ctx: ImportContext, rows: ImportRawRow[]): Promise<CheckedImportRow<W>[]>;
  /** Writes the good new/update rows in the caller's transaction; returns what `undo` needs. */
  write(tx: Tx, ctx: ImportContext & { batchId: number; accountId: number }, rows: CheckedImportRow<W>[]): Promise<U>;
  /** Withdraws what `write` did; refuses (AppError IMPORT.UNDO_IN_USE) when the records have been used since. */
  undo(tx: Tx, ctx: ImportContext, payload: U): Promise<{ removed: number; restored: number }>;
  /** The duties the imported history creates now (e.g. posts over their limit), for the go-live page. */
  consequences?(ex: Executor, ctx: ImportContext): Promise<ImportConsequence[]>;
}

export interface ImportConsequence {
  title: string;
  /** The regulation and article, as users read it (citationText). */
  citation: string;
  dueDate: string | null;
  status: string;
  link: string;
  person: string;
}

/**
 * The seven ledgers a college brings to go-live (issue 26); a template an area has built replaces its placeholder here,
 * the others show as 尚未提供 on the go-live page.
 */
export const GO_LIVE_LEDGERS: readonly { key: string; title: string; area: string; elsewhere?: { text: string; link: string } }[] = [
  { key: 'held_sidelines', title: '兼职台账（已在任的兼职）', area: '兼职管理' },
  { key: 'talk_records', title: '谈心谈话记录', area: '谈心谈话' },
  { key: 'appraisal_results', title: '年度考核结果', area: '激励担当作为' },
  { key: 'training_records', title: '教育培训记录', area: '激励担当作为' },
  { key: 'reserve_pool', title: '后备干部名单', area: '激励担当作为' },
  { key: 'accountability_cases', title: '问责案件及容错认定结果', area: '容错纠错' },
  { key: 'interview_records', title: '干部约谈台账', area: '干部约谈' },
];

const templates = new Map<string, ImportTemplate>();

/** Registers the areas' templates (areas/index.ts); a key registered twice is a programming error. */
export function registerImportTemplates(list: readonly ImportTemplate[]) {
  for (const t of list) {
    if (templates.has(t.key) && templates.get(t.key) !== t) throw new Error(`import template ${t.key} registered twice`);
    templates.set(t.key, t);
  }
}

export const importTemplateOf = (key: string): ImportTemplate | undefined => templates.get(key);
export const importTemplates = (): ImportTemplate[] => [...templates.values()];
