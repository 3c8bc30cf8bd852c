import { describe, expect, it } from 'vitest';
import { importPeopleOf } from '../../../core/imports/people';
import { checkRecordImportRows, type RecordImportLookup } from './record-import';

const KINDS = '《干部约谈制度》二';
const lookup = (over: Partial<RecordImportLookup> = {}): RecordImportLookup => ({
  today: '2026-06-15',
  people: importPeopleOf([{ id: 1, staffNo: 'Z1', name: '周明远', active: true, departments: [] }, { id: 2, staffNo: 'L1', name: '陈书记', active: true, departments: [] }]),
  kinds: new Map([['预防提醒谈话', 'prevention'], ['询问示警约谈', 'inquiry']]),
  kindsArticle: KINDS,
  arranged: new Set(),
  imported: new Map(),
  ...over,
});
const row = (over: Record<string, string> = {}, at = 4) => ({ row: at, heldOn: '2026-03-12', staffNo: 'Z1', name: '周明远', kind: '预防提醒谈话', leadStaffNo: 'L1', topic: '廉政提醒', result: '作出廉政承诺', ...over });
const check = (over: Record<string, string>, l = lookup()) => {
  const [r] = checkRecordImportRows([row(over)], l);
  return r.action === 'bad' ? r.problems.map((p) => `${p.column}：${p.message}`).join('；') : r.action;
};

describe('干部约谈台账 rows (go-live import)', () => {
  it.each([
    ['a complete row', {}, 'new'],
    ['a date typed as offices do', { heldOn: '2026年3月12日' }, 'new'],
    ['a date in the future', { heldOn: '2026-06-16' }, '约谈日期：不能晚于今天（只导入已进行的约谈）'],
    ['not a date', { heldOn: '三月' }, '约谈日期：不是有效日期（如 2025-03-12）'],
    ['interviewee unknown', { staffNo: 'X' }, '约谈对象工号：花名册中没有工号为“X”的人员'],
    [`kind not one of the four (${KINDS})`, { kind: '谈心' }, `约谈类型：“谈心”不是可选的约谈类型，应为：预防提醒谈话、询问示警约谈（${KINDS}）`],
    ['lead unknown', { leadStaffNo: 'Q' }, '主谈人工号：花名册中没有工号为“Q”的人员'],
    ['lead interviews themself', { leadStaffNo: 'Z1' }, '主谈人工号：主谈人不能是约谈对象本人'],
    ['no matter', { topic: '' }, '事由：不能为空'],
  ])('%s', (_name, over, expected) => {
    expect(check(over)).toBe(expected);
  });

  it('an interview arranged in the system is not imported again; an earlier import is unchanged or updated', () => {
    expect(check({}, lookup({ arranged: new Set(['2026-03-12|1|prevention']) }))).toBe('约谈类型：系统中已登记该约谈，不需导入');
    const [first] = checkRecordImportRows([row()], lookup());
    const imported = new Map([[first.write!.key, { interviewId: 5, fingerprint: first.write!.fingerprint }]]);
    expect(check({}, lookup({ imported }))).toBe('unchanged');
    const [upd] = checkRecordImportRows([row({ topic: '补充' })], lookup({ imported }));
    expect([upd.action, upd.write?.existingId]).toEqual(['update', 5]);
  });

  it('a missing result is a warning', () => {
    expect(checkRecordImportRows([row({ result: '' })], lookup())[0].warnings).toEqual(['未填约谈结果']);
  });
});
