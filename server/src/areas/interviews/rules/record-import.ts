import { findImportPerson, type ImportPeople } from '../../../core/imports/people';
import { normalizeImportDate as normalizeDate } from '../../../core/imports/cells';
import type { CheckedImportRow, ImportColumn, ImportRawRow } from '../../../core/imports/template';
import type { InterviewKind } from './rules';

/**
 * 干部约谈台账 at go-live (issue 26): the interviews held before the system, one row a person interviewed, written as
 * closed interviews the ledger and the statistics count. Each row is checked (the interviewee and the lead in the
 * roster and not the same person, the date, the kind of the pack's four, the matter) and sorted into new interviews,
 * updates (by date + interviewee + kind) and unchanged rows. Pure: what the rows are checked against is passed in.
 */

export type RecordImportKey = 'heldOn' | 'staffNo' | 'name' | 'kind' | 'leadStaffNo' | 'topic' | 'result';

const MAX_TOPIC = 200;
const MAX_RESULT = 2000;

export function recordImportColumns(kinds: string[]): (ImportColumn & { key: RecordImportKey })[] {
  return [
    { key: 'heldOn', header: '约谈日期*', width: 12, note: '约谈实际进行的日期，如 2025-03-12；不能晚于今天' },
    { key: 'staffNo', header: '约谈对象工号*', width: 14, text: true, note: '被约谈人在花名册中的工号；集体约谈的每人一行' },
    { key: 'name', header: '约谈对象姓名*', width: 12, note: '须与花名册中该工号的姓名一致' },
    { key: 'kind', header: '约谈类型*', width: 16, list: kinds, note: `${kinds.join('、')}；再次导入时按“约谈日期 + 约谈对象 + 约谈类型”更新` },
    { key: 'leadStaffNo', header: '主谈人工号*', width: 14, text: true, note: '主谈人在花名册中的工号，不能是约谈对象本人' },
    { key: 'topic', header: '事由*', width: 36, note: `约谈的事由或主题，不超过 ${MAX_TOPIC} 字` },
    { key: 'result', header: '结果', width: 36, note: `约谈的结果（如“本人作出廉政承诺”“写出问题说明材料”），不超过 ${MAX_RESULT} 字；记入约谈记录（加密保存）` },
  ];
}
export const RECORD_IMPORT_HEADER_KEYS: RecordImportKey[] = ['heldOn', 'staffNo', 'kind'];

const COLUMN_NAMES = Object.fromEntries(recordImportColumns([]).map((c) => [c.key, c.header.replace('*', '')])) as Record<RecordImportKey, string>;


export interface RecordImportLookup {
  today: string;
  /** The roster, as every go-live template names people (core/imports/people.ts). */
  people: ImportPeople;
  /** The pack's kinds, label → code, and the article that lists them. */
  kinds: Map<string, InterviewKind>;
  kindsArticle: string | null;
  /** `${date}|${personId}|${kind}` of interviews arranged in the system (not imported): not imported again. */
  arranged: Set<string>;
  /** Natural key → an earlier import's interview. */
  imported: Map<string, { interviewId: number; fingerprint: string }>;
}

export interface RecordImportWrite {
  key: string;
  heldOn: string;
  personId: number;
  kind: InterviewKind;
  leadPersonId: number;
  topic: string;
  result: string | null;
  fingerprint: string;
  existingId: number | null;
}

export function checkRecordImportRows(rows: ImportRawRow[], lookup: RecordImportLookup): CheckedImportRow<RecordImportWrite>[] {
  const seen = new Map<string, number>();
  const kindLabels = [...lookup.kinds.keys()].join('、');
  return rows.map((raw) => {
    const v = (k: RecordImportKey) => String(raw[k] ?? '').trim();
    const problems: { column: string; message: string }[] = [];
    const warnings: string[] = [];
    const bad = (k: RecordImportKey, message: string) => problems.push({ column: COLUMN_NAMES[k], message });
    const out = (action: CheckedImportRow['action'], detail = '', write?: RecordImportWrite): CheckedImportRow<RecordImportWrite> => ({
      row: raw.row, key: [v('heldOn'), v('staffNo') || v('name'), v('kind')].filter(Boolean).join(' · '), label: v('name'),
      action: problems.length ? 'bad' : action, problems, warnings, detail, write: problems.length ? undefined : write,
    });

    const heldOn = normalizeDate(v('heldOn'));
    if (!v('heldOn')) bad('heldOn', '不能为空');
    else if (!heldOn) bad('heldOn', '不是有效日期（如 2025-03-12）');
    else if (heldOn > lookup.today) bad('heldOn', '不能晚于今天（只导入已进行的约谈）');
    const found = findImportPerson(lookup.people, { staffNo: v('staffNo'), name: v('name') }, { staffNo: COLUMN_NAMES.staffNo, name: COLUMN_NAMES.name });
    const target = 'person' in found ? found.person : undefined;
    if ('column' in found) problems.push(found);
    if (!v('name')) bad('name', '不能为空');
    const kind = lookup.kinds.get(v('kind'));
    if (!v('kind')) bad('kind', `不能为空，应为：${kindLabels}`);
    else if (!kind) bad('kind', `“${v('kind')}”不是可选的约谈类型，应为：${kindLabels}${lookup.kindsArticle ? `（${lookup.kindsArticle}）` : ''}`);
    const leadFound = findImportPerson(lookup.people, { staffNo: v('leadStaffNo') }, { staffNo: COLUMN_NAMES.leadStaffNo });
    const lead = 'person' in leadFound ? leadFound.person : undefined;
    if ('column' in leadFound) problems.push(leadFound);
    else if (target && leadFound.person.id === target.id) bad('leadStaffNo', '主谈人不能是约谈对象本人');
    const topic = v('topic');
    if (!topic) bad('topic', '不能为空');
    else if (topic.length > MAX_TOPIC) bad('topic', `不能超过 ${MAX_TOPIC} 个字`);
    const result = v('result') || null;
    if (result && result.length > MAX_RESULT) bad('result', `不能超过 ${MAX_RESULT} 个字`);

    const key = heldOn && target && kind ? `${heldOn}|${target.id}|${kind}` : '';
    if (key) {
      if (seen.has(key)) bad('kind', `与第 ${seen.get(key)} 行是同一天对同一人员的同一类约谈（文件内重复）`);
      else seen.set(key, raw.row);
      if (lookup.arranged.has(key)) bad('kind', '系统中已登记该约谈，不需导入');
    }
    if (problems.length || !heldOn || !target || !kind || !lead) return out('bad');
    if (!result) warnings.push('未填约谈结果');
    const fingerprint = JSON.stringify([v('name'), lead.id, topic, result]);
    const earlier = lookup.imported.get(key);
    const write: RecordImportWrite = { key, heldOn, personId: target.id, kind, leadPersonId: lead.id, topic, result, fingerprint, existingId: earlier?.interviewId ?? null };
    const what = `${v('kind')}（${heldOn}，主谈人${lead.name}）`;
    if (!earlier) return out('new', `登记已进行的约谈：${what}`, write);
    if (earlier.fingerprint === fingerprint) return out('unchanged', '与此前导入的相同');
    return out('update', `按新内容更新：${what}`, write);
  });
}
