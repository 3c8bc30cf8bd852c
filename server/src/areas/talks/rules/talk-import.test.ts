import { describe, expect, it } from 'vitest';
import type { ImportPerson } from '../../../core/imports/people';
import { checkTalkRows, talkFingerprint, talkNaturalKey, type TalkImportLookup } from './talk-import';

const p = (id: number, staffNo: string, name: string, active = true): ImportPerson => ({ id, staffNo, name, active, departments: ['信息工程系'] });
const head = p(1, 'H1', '周敏');
const deputy = p(2, 'H2', '吴刚');
const staff = p(3, 'S1', '王强');
const staff2 = p(4, 'S2', '李娜');
const retired = p(5, 'R1', '陈平', false);
const other = p(6, 'O1', '赵磊');
const KINDS = [
  { value: 'routine', label: '日常谈话' },
  { value: 'reminder_talk', label: '提醒谈话' },
  { value: 'other', label: '其他' },
];
const lookup = (over: Partial<TalkImportLookup> = {}): TalkImportLookup => ({
  today: '2026-06-15',
  people: { byStaffNo: new Map([head, deputy, staff, staff2, retired, other].map((x) => [x.staffNo, x])), byNameDept: new Map() },
  kinds: KINDS,
  regulation: { since: '2025-06-12', name: '《谈心谈话规定》' },
  articles: { kinds: '《谈心谈话规定》第四条', responsibility: '《谈心谈话规定》第六条', quota: '《谈心谈话规定》第八条（四）', record: '《谈心谈话规定》第十条' },
  existing: new Map(),
  onDates: [],
  // 第六条 on the day: the department's middle cadres answer for its staff.
  responsible: new Map(['2026-03-02', '2025-01-10'].map((d) => [d, new Map([[3, [1, 2]], [4, [1, 2]], [1, [9]], [6, [1, 2]]])])),
  ...over,
});
const base = { row: 4, talkDate: '2026-03-02', talkTime: '15:30', talkers: 'H1', subjects: 'S1', kind: '日常谈话', place: '系办公室', keyPoints: '了解思想和工作情况', recorder: '' };
const check = (over: Record<string, string>, l = lookup()) => {
  const [r] = checkTalkRows([{ ...base, ...over }], l);
  return r.problems.length ? r.problems.map((x) => `${x.column}：${x.message}`) : r.warnings;
};

describe('谈心谈话记录 rows at go-live (scitc-2025 附件1)', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['a full record of a responsible talker: imported silently', {}, []],
    ['several talkers and subjects, 、 and , alike (a group talk)', { talkers: 'H1、H2', subjects: 'S1,S2' }, []],
    ['an unknown 工号 among the talkers', { talkers: 'H1、X9' }, ['谈话人工号：花名册中没有工号为“X9”的人员']],
    ['an unknown 工号 among the subjects', { subjects: 'Y1,Y2' }, ['谈话对象工号：花名册中没有工号为“Y1”、“Y2”的人员']],
    ['talkers missing', { talkers: '' }, ['谈话人工号：不能为空']],
    ['talker and subject the same person', { subjects: 'S1、H1' }, ['谈话对象工号：谈话人与谈话对象不能是同一人（周敏，工号 H1）']],
    ['a date that is no date', { talkDate: '2026-02-30' }, ['谈话日期：“2026-02-30”不是有效日期（如 2025-09-18）']],
    ['a date after today', { talkDate: '2026-06-16' }, ['谈话日期：2026-06-16 晚于今天，只导入已经谈过的谈话；计划中的谈话请在系统中登记']],
    ['a date as offices type it', { talkDate: '2026年3月2日' }, []],
    ['第四条: a kind not in the list', { kind: '座谈' }, ['谈话类别：“座谈”不是可选的谈话类别，应为：日常谈话、提醒谈话、其他（《谈心谈话规定》第四条）']],
    ['a time that is no time', { talkTime: '25:10' }, ['谈话时间：“25:10”不是 24 小时制时间（如 15:30）']],
    ['an unknown recorder', { recorder: 'Q1' }, ['记录人工号：花名册中没有工号为“Q1”的人员']],
    ['第六条: a talker not responsible for the subject is a warning', { talkers: 'O1' }, ['按 2026-03-02 的花名册，谈话人不负责与王强谈心谈话（《谈心谈话规定》第六条）：照样导入，但不计入年度谈话次数（《谈心谈话规定》第八条（四））']],
    ['第六条: a subject without a post that day cannot be checked', { subjects: 'R1' }, ['陈平在 2026-03-02 没有在任职务记录（现已不在职），无法按花名册核对谈话人是否负责（《谈心谈话规定》第六条）']],
    ['第十条: time, place and key points missing are a gap', { talkTime: '', place: '', keyPoints: '' }, ['记录缺少时间、地点、内容要点（《谈心谈话规定》第十条要求谈话记录写明时间、地点、内容要点）']],
    ['a talk before the regulation took effect', { talkDate: '2025-01-10' }, ['谈话日期早于《谈心谈话规定》施行之日（2025-06-12），作为施行前的历史记录导入']],
  ])('%s', (_, over, expected) => {
    expect(check(over)).toEqual(expected);
  });

  it('re-import by date + talkers + subjects + kind: unchanged, updated, or left alone when recorded in the system', () => {
    const key = talkNaturalKey('2026-03-02', [1], [3], 'routine');
    const same = talkFingerprint({ talkTime: '15:30', place: '系办公室', keyPoints: '了解思想和工作情况', recorderPersonId: null });
    const run = (existing: TalkImportLookup['existing']) => checkTalkRows([base], lookup({ existing }))[0];
    expect(run(new Map([[key, { id: 40, imported: true, fingerprint: same }]]))).toMatchObject({ action: 'unchanged', detail: '与此前导入的相同' });
    expect(run(new Map([[key, { id: 40, imported: true, fingerprint: 'older' }]]))).toMatchObject({ action: 'update', write: { existingId: 40 } });
    expect(run(new Map([[key, { id: 41, imported: false, fingerprint: '' }]]))).toMatchObject({ action: 'unchanged', warnings: ['系统中已登记该谈话（记录 41），不按导入修改'] });
    // Another kind the same day with the same people: a new talk, with the possible-duplicate warning.
    const near = checkTalkRows([base], lookup({ onDates: [{ id: 42, talkDate: '2026-03-02', kind: 'reminder_talk', talkerIds: [1], subjectIds: [3] }] }))[0];
    expect(near).toMatchObject({ action: 'new', warnings: ['同一天已登记过该谈话人与该对象的提醒谈话（记录 42），请确认不是重复登记'] });
  });

  it('the same talk twice in a file (talkers in another order) is an error on the second row', () => {
    const rows = checkTalkRows([{ ...base, talkers: 'H1、H2' }, { ...base, row: 5, talkers: 'H2,H1' }], lookup());
    expect(rows.map((r) => [r.action, r.problems.map((x) => `${x.column}：${x.message}`)])).toEqual([
      ['new', []],
      ['bad', ['谈话日期：与第 4 行是同一次谈话（谈话日期、谈话人、谈话对象、谈话类别都相同；文件内重复）']],
    ]);
  });
});
