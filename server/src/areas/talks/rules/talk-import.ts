import type { CheckedImportRow, ImportColumn, ImportRawRow } from '../../../core/imports/template';
import { normalizeImportDate, splitImportList } from '../../../core/imports/cells';
import type { ImportPeople, ImportPerson } from '../../../core/imports/people';

/**
 * 谈心谈话记录 at go-live (issue 26): the talks a college held before the system, one row a talk, checked as the
 * organization department would (the people by 工号, the date, the kind of 第四条, talker and subject not the same
 * person) and sorted into new talks, updates of an earlier import and unchanged rows by the natural key date + talkers
 * + subjects + kind. History is history: a talker not responsible under 第六条, a record short of what 第十条 asks, a
 * talk before the regulation took effect are warnings, not refusals. Pure: what the rows are checked against is passed in.
 */

export type TalkImportKey = 'talkDate' | 'talkTime' | 'talkers' | 'subjects' | 'kind' | 'place' | 'keyPoints' | 'recorder';

export interface TalkKindOption {
  value: string;
  label: string;
}

/** The template's columns, in order; a * marks the required ones. */
export function talkImportColumns(kinds: TalkKindOption[]): (ImportColumn & { key: TalkImportKey })[] {
  const labels = kinds.map((k) => k.label);
  return [
    { key: 'talkDate', header: '谈话日期*', width: 12, note: '谈话的日期，如 2025-09-18；不能晚于今天（只导入已经谈过的）' },
    { key: 'talkTime', header: '谈话时间', width: 10, text: true, note: '24 小时制，如 15:30；谈话记录应写明时间、地点、内容要点（第十条），缺少的将在预览中提示' },
    { key: 'talkers', header: '谈话人工号*', width: 18, text: true, note: '花名册中的工号；多人用“、”或“,”隔开' },
    { key: 'subjects', header: '谈话对象工号*', width: 22, text: true, note: '花名册中的工号；多人用“、”或“,”隔开（一人为个别谈，多人为集体谈）' },
    { key: 'kind', header: '谈话类别*', width: 18, list: labels, note: `见下拉列表：${labels.join('、')}（第四条）` },
    { key: 'place', header: '地点', width: 16, note: '谈话地点，不超过 100 字' },
    { key: 'keyPoints', header: '谈话要点', width: 40, note: '内容要点，不超过 5000 字；导入后加密保存，仅谈话人、记录人、党委组织部和党委书记可见' },
    { key: 'recorder', header: '记录人工号', width: 12, text: true, note: '记录人的工号（可不填）' },
  ];
}
export const TALK_IMPORT_HEADER_KEYS: TalkImportKey[] = ['talkDate', 'talkers', 'subjects'];

const COLUMN_NAMES = Object.fromEntries(talkImportColumns([]).map((c) => [c.key, c.header.replace('*', '')])) as Record<TalkImportKey, string>;

/** A talk already in the system under a row's natural key. */
export interface ExistingTalk {
  id: number;
  /** Written by an earlier go-live import (which a later file may update); otherwise recorded in the system. */
  imported: boolean;
  fingerprint: string;
}

/** A talk on a date of the file, for the possible-duplicate warning. */
export interface TalkOnDate {
  id: number;
  talkDate: string;
  kind: string;
  talkerIds: number[];
  subjectIds: number[];
}

export interface TalkImportLookup {
  today: string;
  people: ImportPeople;
  /** The kinds of 第四条 in force today, with their Chinese names. */
  kinds: TalkKindOption[];
  /** The date the talks regulation took effect, and its name as users read it (《谈心谈话规定》). */
  regulation: { since: string | null; name: string };
  /** Citations as users read them: 第四条 (kinds), 第六条 (who talks with whom), 第八条 (quotas), 第十条 (what a record holds). */
  articles: { kinds: string | null; responsibility: string | null; quota: string | null; record: string | null };
  /** `date|talkers|subjects|kind` (person ids, sorted) → the talk already held under that key. */
  existing: Map<string, ExistingTalk>;
  /** The college's talks (not cancelled) on the dates of the file. */
  onDates: TalkOnDate[];
  /** 第六条 on each date of the file: subject → the talkers responsible (the organization department's naming included); a subject without a post that day is absent. */
  responsible: Map<string, Map<number, number[]>>;
}

/** What a good row writes. */
export interface TalkImportWrite {
  talkDate: string;
  talkTime: string | null;
  kind: string;
  form: 'individual' | 'group';
  talkerIds: number[];
  subjectIds: number[];
  place: string | null;
  keyPoints: string | null;
  recorderPersonId: number | null;
  /** The earlier import this row updates. */
  existingId: number | null;
}

/** A row's natural key: the date, the talkers and the subjects (sorted), the kind. */
export const talkNaturalKey = (talkDate: string, talkerIds: number[], subjectIds: number[], kind: string) =>
  `${talkDate}|${[...talkerIds].sort((a, b) => a - b).join(',')}|${[...subjectIds].sort((a, b) => a - b).join(',')}|${kind}`;

/** What a re-import compares: the parts of a record that are not its key. */
export const talkFingerprint = (t: { talkTime: string | null; place: string | null; keyPoints: string | null; recorderPersonId: number | null }) =>
  JSON.stringify([t.talkTime, t.place, t.keyPoints, t.recorderPersonId]);

const TIME = /^(\d{1,2})[:：](\d{2})(?::\d{2})?$/;
const cite = (article: string | null) => (article ? `（${article}）` : '');

/** The people of a cell of 工号: those found, and the 工号 not on the roster. */
function peopleOf(raw: string, people: ImportPeople): { found: ImportPerson[]; unknown: string[] } {
  const found: ImportPerson[] = [];
  const unknown: string[] = [];
  for (const no of [...new Set(splitImportList(raw))]) {
    const p = people.byStaffNo.get(no);
    if (p) {
      if (!found.includes(p)) found.push(p);
    } else unknown.push(no);
  }
  return { found, unknown };
}

export function checkTalkRows(rows: ImportRawRow[], lookup: TalkImportLookup): CheckedImportRow<TalkImportWrite>[] {
  const seen = new Map<string, number>();
  const { today, articles } = lookup;
  const kindByLabel = new Map(lookup.kinds.map((k) => [k.label, k.value]));
  const kindLabel = new Map(lookup.kinds.map((k) => [k.value, k.label]));
  return rows.map((raw) => {
    const v = (k: TalkImportKey) => String(raw[k] ?? '').trim();
    const problems: { column: string; message: string }[] = [];
    const warnings: string[] = [];
    const bad = (k: TalkImportKey, message: string) => problems.push({ column: COLUMN_NAMES[k], message });
    const talkers = peopleOf(v('talkers'), lookup.people);
    const subjects = peopleOf(v('subjects'), lookup.people);
    const out = (action: CheckedImportRow['action'], detail = '', write?: TalkImportWrite): CheckedImportRow<TalkImportWrite> => ({
      row: raw.row,
      key: [v('talkDate'), [v('talkers'), v('subjects')].filter(Boolean).join(' → '), v('kind')].filter(Boolean).join(' · '),
      label: subjects.found.map((p) => p.name).join('、') || v('subjects'),
      action: problems.length ? 'bad' : action,
      problems,
      warnings,
      detail,
      write: problems.length ? undefined : write,
    });

    // The date: valid, and not after today (a talk to come is planned in the system, not imported).
    const date = normalizeImportDate(v('talkDate'));
    if (!v('talkDate')) bad('talkDate', '不能为空');
    else if (!date) bad('talkDate', `“${v('talkDate')}”不是有效日期（如 2025-09-18）`);
    else if (date > today) bad('talkDate', `${date} 晚于今天，只导入已经谈过的谈话；计划中的谈话请在系统中登记`);
    else if (lookup.regulation.since && date < lookup.regulation.since)
      warnings.push(`谈话日期早于${lookup.regulation.name}施行之日（${lookup.regulation.since}），作为施行前的历史记录导入`);

    const t = v('talkTime').match(TIME);
    const talkTime = t && Number(t[1]) < 24 && Number(t[2]) < 60 ? `${t[1].padStart(2, '0')}:${t[2]}` : null;
    if (v('talkTime') && !talkTime) bad('talkTime', `“${v('talkTime')}”不是 24 小时制时间（如 15:30）`);

    // The people, by 工号; nobody both talker and subject.
    for (const [k, p] of [['talkers', talkers], ['subjects', subjects]] as const) {
      if (!v(k)) bad(k, '不能为空');
      else if (p.unknown.length) bad(k, `花名册中没有工号为${p.unknown.map((n) => `“${n}”`).join('、')}的人员`);
      else if (p.found.length > 200) bad(k, '一次谈话不能超过 200 人');
    }
    const both = talkers.found.filter((p) => subjects.found.includes(p));
    if (both.length) bad('subjects', `谈话人与谈话对象不能是同一人（${both.map((p) => `${p.name}，工号 ${p.staffNo}`).join('、')}）`);

    // The kind of 第四条.
    const kind = kindByLabel.get(v('kind'));
    if (!v('kind')) bad('kind', `不能为空，应为：${lookup.kinds.map((k) => k.label).join('、')}`);
    else if (!kind) bad('kind', `“${v('kind')}”不是可选的谈话类别，应为：${lookup.kinds.map((k) => k.label).join('、')}${cite(articles.kinds)}`);

    const place = v('place') || null;
    if (place && place.length > 100) bad('place', '不能超过 100 个字');
    const keyPoints = v('keyPoints') || null;
    if (keyPoints && keyPoints.length > 5000) bad('keyPoints', '不能超过 5000 个字');
    let recorderPersonId: number | null = null;
    if (v('recorder')) {
      const r = lookup.people.byStaffNo.get(v('recorder'));
      if (!r) bad('recorder', `花名册中没有工号为“${v('recorder')}”的人员`);
      else recorderPersonId = r.id;
    }

    if (problems.length || !date || !kind || !talkers.found.length || !subjects.found.length) return out('bad');
    const talkerIds = talkers.found.map((p) => p.id);
    const subjectIds = subjects.found.map((p) => p.id);
    const naturalKey = talkNaturalKey(date, talkerIds, subjectIds, kind);
    if (seen.has(naturalKey)) {
      bad('talkDate', `与第 ${seen.get(naturalKey)} 行是同一次谈话（谈话日期、谈话人、谈话对象、谈话类别都相同；文件内重复）`);
      return out('bad');
    }
    seen.set(naturalKey, raw.row);

    // Gaps in the record (第十条) and 第六条 on the day: warnings, the history is imported as it is.
    const missing = [!talkTime && '时间', !place && '地点', !keyPoints && '内容要点'].filter(Boolean);
    if (missing.length) warnings.push(`记录缺少${missing.join('、')}${articles.record ? `（${articles.record}要求谈话记录写明时间、地点、内容要点）` : ''}`);
    const onDay = lookup.responsible.get(date);
    for (const s of subjects.found) {
      const responsible = onDay?.get(s.id);
      if (!responsible) warnings.push(`${s.name}在 ${date} 没有在任职务记录${s.active ? '' : '（现已不在职）'}，无法按花名册核对谈话人是否负责${cite(articles.responsibility)}`);
      else if (!responsible.some((id) => talkerIds.includes(id)))
        warnings.push(`按 ${date} 的花名册，谈话人不负责与${s.name}谈心谈话${cite(articles.responsibility)}：照样导入，但不计入年度谈话次数${cite(articles.quota)}`);
    }

    const write: TalkImportWrite = {
      talkDate: date, talkTime, kind, form: subjectIds.length > 1 ? 'group' : 'individual', talkerIds, subjectIds, place, keyPoints, recorderPersonId, existingId: null,
    };
    const names = (ps: ImportPerson[]) => ps.map((p) => p.name).join('、');
    const what = `${date} ${kindLabel.get(kind) ?? kind}（${subjectIds.length > 1 ? '集体谈' : '个别谈'}）：谈话人${names(talkers.found)}，谈话对象${names(subjects.found)}`;
    const earlier = lookup.existing.get(naturalKey);
    if (earlier && !earlier.imported) {
      warnings.push(`系统中已登记该谈话（记录 ${earlier.id}），不按导入修改`);
      return out('unchanged', '系统中已有该谈话记录');
    }
    if (earlier) {
      if (earlier.fingerprint === talkFingerprint(write)) return out('unchanged', '与此前导入的相同');
      return out('update', `按新内容更新此前导入的谈话：${what}`, { ...write, existingId: earlier.id });
    }
    const near = lookup.onDates.find((o) => o.talkDate === date && o.talkerIds.some((id) => talkerIds.includes(id)) && o.subjectIds.some((id) => subjectIds.includes(id)));
    if (near) warnings.push(`同一天已登记过该谈话人与该对象的${kindLabel.get(near.kind) ?? '谈话'}（记录 ${near.id}），请确认不是重复登记`);
    return out('new', `登记已谈：${what}`, write);
  });
}
