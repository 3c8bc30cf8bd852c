import { describe, expect, it } from 'vitest';
import { importPeopleOf } from '../../../core/imports/people';
import { checkReserveRows, type ReserveImportLookup } from './reserve-import';

const nomination = { status: 'approved', targetRank: 'middle_deputy', nominatedOn: '2025-06-01', reasons: '推荐方式：民主推荐', reviewNote: '表现突出' };
const lookup: ReserveImportLookup = {
  today: '2026-06-15',
  people: importPeopleOf([{ id: 1, staffNo: 'R1', name: '赵文博', active: true, departments: [] }, { id: 2, staffNo: 'R2', name: '钱思远', active: true, departments: [] }, { id: 3, staffNo: 'R3', name: '孙离职', active: false, departments: [] }, { id: 4, staffNo: 'R4', name: '李在库', active: true, departments: [] }, { id: 5, staffNo: 'R5', name: '周手工', active: true, departments: [] }]),
  nominations: new Map([
    [4, [{ id: 40, ...nomination, imported: true }]],
    [5, [{ id: 50, ...nomination, imported: false }]],
  ]),
  blockers: new Map([[2, [{ reason: '政治上有问题“一票否决”：2026-01-10 违反政治纪律', article: '《激励担当作为实施意见》第5条' }]]]),
  ranks: [{ key: 'middle_deputy', label: '中层副职' }, { key: 'middle_chief', label: '中层正职' }, { key: 'leader', label: '院领导班子成员' }],
  ranksArticle: '《激励担当作为实施意见》第4条',
};
const base = { row: 4, staffNo: 'R1', name: '赵文博', targetRank: '中层副职', enteredOn: '2025-06-01', method: '民主推荐', opinion: '表现突出' };
const check = (over: Record<string, string>) => {
  const [r] = checkReserveRows([{ ...base, ...over }], lookup);
  return [r.action, ...(r.problems.length ? r.problems.map((p) => `${p.column}：${p.message}`) : r.warnings)];
};

describe('后备干部名单 rows at go-live (ahzaxy-2020 第4条、第5条)', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['a cadre with nothing against them: new', {}, ['new']],
    ['第4条: a rank the policy does not name', { targetRank: '处级' }, ['bad', '拟任层级：“处级”不是可选的拟任层级，应为：中层副职、中层正职、院领导班子成员（《激励担当作为实施意见》第4条）']],
    ['第5条: a political veto keeps one out of the pool', { staffNo: 'R2', name: '钱思远' }, ['bad', '姓名：不能列入后备干部库：政治上有问题“一票否决”：2026-01-10 违反政治纪律（《激励担当作为实施意见》第5条）']],
    ['one no longer in service', { staffNo: 'R3', name: '孙离职' }, ['bad', '工号：孙离职在花名册中已不在职，不能列入后备干部库']],
    ['an entry date ahead', { enteredOn: '2026-06-16' }, ['bad', '入库日期：不能晚于今天']],
    ['an entry date that is no date', { enteredOn: '2025-02-30' }, ['bad', '入库日期：不是有效日期（如 2024-09-01）']],
    ['no method and no opinion are gaps', { method: '', opinion: '' }, ['new', '未填推荐方式', '未填考察意见']],
    ['an earlier import, the same: unchanged', { staffNo: 'R4', name: '李在库' }, ['unchanged']],
    ['an earlier import, another rank: updated', { staffNo: 'R4', name: '李在库', targetRank: '中层正职' }, ['update']],
    ['an earlier import, another entry date: already in the pool', { staffNo: 'R4', name: '李在库', enteredOn: '2024-01-01' }, ['bad', '工号：李在库已在后备干部库中或正在审核（2025-06-01 推荐，拟任中层副职），不需导入']],
    ['approved by hand on that date, same rank: unchanged', { staffNo: 'R5', name: '周手工' }, ['unchanged']],
    ['approved by hand on that date, another rank: not changed by an import', { staffNo: 'R5', name: '周手工', targetRank: '中层正职' }, ['bad', '拟任层级：系统中已登记该同志 2025-06-01 入库，拟任中层副职，不能通过导入修改']],
  ])('%s', (_, over, expected) => {
    expect(check(over)).toEqual(expected);
  });
});
