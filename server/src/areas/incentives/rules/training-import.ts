import { findImportPerson, type ImportPeople } from '../../../core/imports/people';
import { normalizeImportDate as importDate } from '../../../core/imports/cells';
import { diffDays } from '../../../core/shared/dates';
import type { CheckedImportRow, ImportColumn, ImportRawRow } from '../../../core/imports/template';

/**
 * 教育培训记录 at go-live (issue 26): one row per person per course (ahzaxy-2020 第9条), checked as the organization
 * department would — the person in the roster, the course's dates, its kind, the hours — and sorted into new records,
 * updates of an earlier import (by 工号 + 培训名称 + 开始日期) and unchanged rows. A course is the one already registered
 * under the same name and dates, or is registered once for the batch. Pure: what the rows are checked against is passed in.
 */

export type TrainingImportKey = 'staffNo' | 'name' | 'title' | 'organizer' | 'startDate' | 'endDate' | 'hours' | 'kind';

/** The template's columns, in order; a * marks the required ones. `kindLabels` are the kinds the college's policy names. */
export function trainingImportColumns(kindLabels: string[], maxHoursPerDay: number | null): (ImportColumn & { key: TrainingImportKey })[] {
  return [
    { key: 'staffNo', header: '工号*', width: 12, text: true, note: '花名册中的工号' },
    { key: 'name', header: '姓名*', width: 10, note: '须与花名册中该工号的姓名一致' },
    { key: 'title', header: '培训名称*', width: 32, note: '培训班或课程的全称；同一人员参加的同一培训（培训名称 + 开始日期）只填一行，再次导入时按“工号 + 培训名称 + 开始日期”更新' },
    { key: 'organizer', header: '主办单位', width: 20, note: '如“省委党校”“党委组织部”；系统中已登记同名同日期的培训时按已登记的填写' },
    { key: 'startDate', header: '开始日期*', width: 12, note: '如 2025-03-10' },
    { key: 'endDate', header: '结束日期*', width: 12, note: '不早于开始日期，不晚于今天（只导入已结束的培训）；学时计入结束日期所在年度' },
    { key: 'hours', header: '学时*', width: 8, note: `本人在该培训中获得的学时，大于 0，可为 0.5 的整数倍${maxHoursPerDay ? `；超过每天 ${maxHoursPerDay} 学时的将提示核对` : ''}` },
    { key: 'kind', header: '培训类别*', width: 22, list: kindLabels, note: `见下拉列表：${kindLabels.join('、')}` },
  ];
}
export const TRAINING_IMPORT_HEADER_KEYS: TrainingImportKey[] = ['staffNo', 'title', 'hours'];

const COLUMN_NAMES = Object.fromEntries(trainingImportColumns([], null).map((c) => [c.key, c.header.replace('*', '')])) as Record<TrainingImportKey, string>;


/** What the rows are checked against: the roster, the courses and records already there, the college's rules. */
export interface TrainingImportLookup {
  today: string;
  /** The roster, as every go-live template names people (core/imports/people.ts). */
  people: ImportPeople;
  /** `${title}|${startDate}|${endDate}` → a course registered. */
  courses: Map<string, { id: number; organizer: string; kind: string; hours: number }>;
  /** `${personId}|${title}|${startDate}` → the person's record in a course of that name and start. */
  records: Map<string, { id: number; endDate: string; tenths: number; imported: boolean }>;
  /** 第9条 as the college's policy states it today, or null when the college has no training rules. */
  rules: { kinds: { key: string; label: string }[]; kindsArticle: string | null; maxHoursPerDay: number; countedYears: number[] } | null;
}

/** What a good row writes: the record, in a course registered or one the batch registers (once per name and dates). */
export interface TrainingRecordWrite {
  personId: number;
  course: { id: number } | { key: string; title: string; organizer: string; kind: string; startDate: string; endDate: string };
  tenths: number;
  /** The earlier imported record this row updates. */
  existingId: number | null;
}

const courseKey = (title: string, start: string, end: string) => `${title}|${start}|${end}`;

export function checkTrainingRows(rows: ImportRawRow[], lookup: TrainingImportLookup): CheckedImportRow<TrainingRecordWrite>[] {
  const seen = new Map<string, number>();
  const firstOfCourse = new Map<string, { row: number; organizer: string; kind: string }>();
  const { today, rules } = lookup;
  return rows.map((raw) => {
    const v = (k: TrainingImportKey) => String(raw[k] ?? '').trim();
    const problems: { column: string; message: string }[] = [];
    const warnings: string[] = [];
    const bad = (k: TrainingImportKey, message: string) => problems.push({ column: COLUMN_NAMES[k], message });
    const out = (action: CheckedImportRow['action'], detail = '', write?: TrainingRecordWrite): CheckedImportRow<TrainingRecordWrite> => ({
      row: raw.row, key: [v('staffNo'), v('title'), v('startDate')].filter(Boolean).join(' · '), label: v('name'), action: problems.length ? 'bad' : action, problems, warnings, detail, write: problems.length ? undefined : write,
    });
    if (!rules) {
      bad('kind', '本院适用的制度尚无干部教育培训的规定，不能导入培训记录');
      return out('bad');
    }

    // The person, by 工号.
    const name = v('name');
    const found = findImportPerson(lookup.people, { staffNo: v('staffNo'), name }, { staffNo: COLUMN_NAMES.staffNo, name: COLUMN_NAMES.name });
    const person = 'person' in found ? found.person : undefined;
    if ('column' in found) problems.push(found);
    if (!name) bad('name', '不能为空');

    // The course: its name, organizer, dates and kind.
    const title = v('title').replace(/\s+/g, ' ');
    if (!title) bad('title', '不能为空');
    else if (title.length > 100) bad('title', '不能超过 100 个字');
    const organizer = v('organizer');
    if (organizer.length > 100) bad('organizer', '不能超过 100 个字');
    const start = importDate(v('startDate'));
    const end = importDate(v('endDate'));
    if (!v('startDate')) bad('startDate', '不能为空');
    else if (!start) bad('startDate', '不是有效日期（如 2025-03-10）');
    if (!v('endDate')) bad('endDate', '不能为空');
    else if (!end) bad('endDate', '不是有效日期（如 2025-03-12）');
    else if (start && end < start) bad('endDate', `早于开始日期 ${start}（日期颠倒）`);
    else if (end > today) bad('endDate', '晚于今天：只导入已经结束的培训，正在进行或尚未开始的培训请结束后在培训页登记');
    const kindLabel = v('kind');
    const kind = rules.kinds.find((k) => k.label === kindLabel || k.key === kindLabel)?.key;
    const kindsText = rules.kinds.map((k) => k.label).join('、');
    const kindsArticle = rules.kindsArticle ? `（${rules.kindsArticle}）` : '';
    if (!kindLabel) bad('kind', `不能为空，应为：${kindsText}${kindsArticle}`);
    else if (!kind) bad('kind', `“${kindLabel}”不是可选的培训类别，应为：${kindsText}${kindsArticle}`);

    // The hours: positive, in half hours; more than the days allow is told, not refused.
    const hoursRaw = v('hours').replace(/\s|学时/g, '');
    const hours = Number(hoursRaw);
    if (!hoursRaw) bad('hours', '不能为空');
    else if (!/^\d+(\.\d+)?$/.test(hoursRaw) || !Number.isFinite(hours)) bad('hours', `“${v('hours')}”不是数字`);
    else if (hours <= 0) bad('hours', '应大于 0');
    else if (Math.round(hours * 2) !== hours * 2) bad('hours', '应为 0.5 的整数倍（如 4 或 4.5）');
    else if (start && end && end >= start) {
      const days = diffDays(start, end) + 1;
      if (hours > days * rules.maxHoursPerDay) warnings.push(`${days} 天的培训登记了 ${hours} 学时，超过每天 ${rules.maxHoursPerDay} 学时，请核对是否录错`);
    }
    if (end && end <= today && !rules.countedYears.includes(Number(end.slice(0, 4))))
      warnings.push(`结束于 ${end.slice(0, 4)} 年，该年度不在年度培训学时的统计范围内，只作为培训经历保存`);

    // The natural key: the person, the course's name and start; once in a file.
    if (person && title && start) {
      const fileKey = `${person.id}|${title}|${start}`;
      if (seen.has(fileKey)) bad('title', `与第 ${seen.get(fileKey)} 行是同一人员的同一培训（培训名称和开始日期相同，文件内重复）`);
      else seen.set(fileKey, raw.row);
    }
    if (problems.length || !person || !start || !end || !kind) return out('bad');

    // The course registered under this name and these dates, or the one the batch registers.
    const cKey = courseKey(title, start, end);
    const known = lookup.courses.get(cKey);
    let course: TrainingRecordWrite['course'];
    if (known) {
      course = { id: known.id };
      if (organizer && organizer !== known.organizer) warnings.push(`系统中已登记的该培训主办单位为“${known.organizer || '未填写'}”，按已登记的培训导入`);
      if (hours > known.hours) warnings.push(`超过系统中该培训登记的学时（${known.hours}），请核对`);
      if (kind !== known.kind) warnings.push(`系统中已登记的该培训类别为“${rules.kinds.find((k) => k.key === known.kind)?.label ?? known.kind}”，按已登记的培训导入`);
    } else {
      course = { key: cKey, title, organizer, kind, startDate: start, endDate: end };
      const first = firstOfCourse.get(cKey);
      if (!first) {
        firstOfCourse.set(cKey, { row: raw.row, organizer, kind });
        if (!organizer) warnings.push('未填主办单位');
      } else if (first.organizer !== organizer || first.kind !== kind) warnings.push(`与第 ${first.row} 行是同一培训，主办单位或培训类别不同，按第 ${first.row} 行登记`);
    }

    const tenths = Math.round(hours * 10);
    const earlier = lookup.records.get(`${person.id}|${title}|${start}`);
    const what = `${title}（${start}至${end}）${hours} 学时，计入 ${end.slice(0, 4)} 年度`;
    const write: TrainingRecordWrite = { personId: person.id, course, tenths, existingId: earlier?.id ?? null };
    if (!earlier) return out('new', `登记培训：${what}${'id' in course ? '' : '；登记该培训'}`, write);
    if (earlier.endDate === end && earlier.tenths === tenths) return out('unchanged', earlier.imported ? '与此前导入的相同' : '系统中已登记，相同');
    if (!earlier.imported) {
      bad('hours', `该人员的这次培训已在系统中登记（结束日期 ${earlier.endDate}，${earlier.tenths / 10} 学时），不能通过导入修改`);
      return out('bad');
    }
    return out('update', `按新内容更新：${what}${'id' in course ? '' : '；登记该培训'}`, write);
  });
}
