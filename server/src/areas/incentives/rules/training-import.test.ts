import { describe, expect, it } from 'vitest';
import { importPeopleOf } from '../../../core/imports/people';
import { checkTrainingRows, type TrainingImportLookup } from './training-import';

const lookup: TrainingImportLookup = {
  today: '2026-06-15',
  people: importPeopleOf([{ id: 7, staffNo: 'Z1', name: '周敏', active: true, departments: [] }]),
  courses: new Map([['依法治校专题培训|2026-03-02|2026-03-03', { id: 30, organizer: '党委组织部', kind: 'organized', hours: 12 }]]),
  records: new Map([
    ['7|网络学院专题|2026-01-05', { id: 50, endDate: '2026-01-09', tenths: 100, imported: true }],
    ['7|院内集中学习|2026-02-02', { id: 51, endDate: '2026-02-02', tenths: 40, imported: false }],
  ]),
  rules: {
    kinds: [{ key: 'party_school', label: '党校（行政学院、干部学院）培训' }, { key: 'organized', label: '学院组织的集中培训' }, { key: 'online', label: '网络培训' }],
    kindsArticle: '《激励担当作为实施意见》第9条',
    maxHoursPerDay: 8,
    countedYears: [2025, 2026],
  },
};
const base = { row: 4, staffNo: 'Z1', name: '周敏', title: '中层干部履职能力培训', organizer: '省委党校', startDate: '2026-04-13', endDate: '2026-04-17', hours: '40', kind: '党校（行政学院、干部学院）培训' };
const check = (over: Record<string, string>) => {
  const [r] = checkTrainingRows([{ ...base, ...over }], lookup);
  return [r.action, ...(r.problems.length ? r.problems.map((p) => `${p.column}：${p.message}`) : r.warnings)];
};

describe('教育培训记录 rows at go-live (ahzaxy-2020 第9条)', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['a five-day course of 40 hours: a new record and a new course', {}, ['new']],
    ['an unknown 工号', { staffNo: 'X9' }, ['bad', '工号：花名册中没有工号为“X9”的人员']],
    ['a name not the roster\'s', { name: '周明' }, ['bad', '姓名：与花名册中工号 Z1 的姓名“周敏”不一致']],
    ['an invalid date', { startDate: '2026-02-30' }, ['bad', '开始日期：不是有效日期（如 2025-03-10）']],
    ['dates reversed', { endDate: '2026-04-10' }, ['bad', '结束日期：早于开始日期 2026-04-13（日期颠倒）']],
    ['a course not yet ended is not history', { endDate: '2026-06-16' }, ['bad', '结束日期：晚于今天：只导入已经结束的培训，正在进行或尚未开始的培训请结束后在培训页登记']],
    ['hours zero', { hours: '0' }, ['bad', '学时：应大于 0']],
    ['hours not a number', { hours: '四十' }, ['bad', '学时：“四十”不是数字']],
    ['hours not in half hours', { hours: '3.3' }, ['bad', '学时：应为 0.5 的整数倍（如 4 或 4.5）']],
    ['more hours than five days allow is a warning', { hours: '48' }, ['new', '5 天的培训登记了 48 学时，超过每天 8 学时，请核对是否录错']],
    ['第9条: a kind the policy does not name', { kind: '休假' }, ['bad', '培训类别：“休假”不是可选的培训类别，应为：党校（行政学院、干部学院）培训、学院组织的集中培训、网络培训（《激励担当作为实施意见》第9条）']],
    ['a year outside the counted years is kept as experience', { startDate: '2022-04-11', endDate: '2022-04-15' }, ['new', '结束于 2022 年，该年度不在年度培训学时的统计范围内，只作为培训经历保存']],
    ['a course registered under the same name and dates is reused; its organizer differs', { title: '依法治校专题培训', startDate: '2026-03-02', endDate: '2026-03-03', hours: '12', kind: '学院组织的集中培训' }, ['new', '系统中已登记的该培训主办单位为“党委组织部”，按已登记的培训导入']],
    ['more hours than the registered course gives is a warning', { title: '依法治校专题培训', organizer: '党委组织部', startDate: '2026-03-02', endDate: '2026-03-03', hours: '14', kind: '学院组织的集中培训' }, ['new', '超过系统中该培训登记的学时（12），请核对']],
    ['an earlier import with the same hours is unchanged', { title: '网络学院专题', startDate: '2026-01-05', endDate: '2026-01-09', hours: '10', kind: '网络培训' }, ['unchanged']],
    ['an earlier import with other hours is updated', { title: '网络学院专题', startDate: '2026-01-05', endDate: '2026-01-09', hours: '12', kind: '网络培训' }, ['update']],
    ['a record registered by sign-in with other hours is not changed by an import', { title: '院内集中学习', startDate: '2026-02-02', endDate: '2026-02-02', hours: '6', kind: '学院组织的集中培训' }, ['bad', '学时：该人员的这次培训已在系统中登记（结束日期 2026-02-02，4 学时），不能通过导入修改']],
    ['no organizer is a gap', { organizer: '' }, ['new', '未填主办单位']],
  ])('%s', (_, over, expected) => {
    expect(check(over)).toEqual(expected);
  });

  it('the same person and course twice in a file: the second is refused', () => {
    const rows = checkTrainingRows([base, { ...base, row: 5, hours: '8' }], lookup);
    expect(rows.map((r) => [r.action, r.problems.map((p) => `${p.column}：${p.message}`)])).toEqual([
      ['new', []],
      ['bad', ['培训名称：与第 4 行是同一人员的同一培训（培训名称和开始日期相同，文件内重复）']],
    ]);
  });

  it('a college without training rules imports nothing', () => {
    const [r] = checkTrainingRows([base], { ...lookup, rules: null });
    expect(r.problems).toEqual([{ column: '培训类别', message: '本院适用的制度尚无干部教育培训的规定，不能导入培训记录' }]);
  });
});
