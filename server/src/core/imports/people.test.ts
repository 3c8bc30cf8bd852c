import { describe, expect, it } from 'vitest';
import { findImportPerson, type ImportPeople, type ImportPerson } from './people';
import { normalizeImportDate, splitImportList } from './cells';

const zhou: ImportPerson = { id: 1, staffNo: 'Z1', name: '周敏', active: true, departments: ['信息工程系'] };
const li1: ImportPerson = { id: 2, staffNo: 'L1', name: '李华', active: true, departments: ['信息工程系'] };
const li2: ImportPerson = { id: 3, staffNo: 'L2', name: '李华', active: true, departments: ['信息工程系'] };
const people: ImportPeople = {
  byStaffNo: new Map([zhou, li1, li2].map((p) => [p.staffNo, p])),
  byNameDept: new Map([['周敏|信息工程系', [zhou]], ['李华|信息工程系', [li1, li2]]]),
};
const COLUMNS = { staffNo: '工号', name: '姓名', department: '部门' };

describe('a go-live row names its person by 工号, or by 姓名 + 部门', () => {
  it.each<[string, { staffNo: string; name?: string; department?: string }, unknown]>([
    ['by 工号', { staffNo: 'Z1' }, { person: zhou }],
    ['by 工号, the name matching', { staffNo: 'Z1', name: '周敏' }, { person: zhou }],
    ['an unknown 工号', { staffNo: 'X9' }, { column: '工号', message: '花名册中没有工号为“X9”的人员' }],
    ['a 工号 whose name differs', { staffNo: 'Z1', name: '周明' }, { column: '姓名', message: '与花名册中工号 Z1 的姓名“周敏”不一致' }],
    ['by name within the department', { staffNo: '', name: '周敏', department: '信息工程系' }, { person: zhou }],
    ['a name without a department', { staffNo: '', name: '周敏' }, { column: '部门', message: '未填工号时须填写部门（按姓名和部门对应人员）' }],
    ['a name not in the department', { staffNo: '', name: '周敏', department: '财务处' }, { column: '姓名', message: '花名册中“财务处”没有名为“周敏”的在任人员；请核对或填写工号' }],
    ['two of the name in the department', { staffNo: '', name: '李华', department: '信息工程系' }, { column: '工号', message: '“信息工程系”有 2 名同名人员“李华”，请填写工号' }],
    ['nothing', { staffNo: '', name: '' }, { column: '工号', message: '不能为空' }],
  ])('%s', (_, cells, expected) => {
    expect(findImportPerson(people, cells, COLUMNS)).toEqual(expected);
  });

  it('reads dates and lists as offices type them', () => {
    expect(['2025-09-18', '2025/9/18', '2025.09.18', '20250918', '2025年9月18日', '2025-02-30', '九月'].map(normalizeImportDate)).toEqual(['2025-09-18', '2025-09-18', '2025-09-18', '2025-09-18', '2025-09-18', null, null]);
    expect(splitImportList(' Z1、Z2,Z3，Z4；Z5 ')).toEqual(['Z1', 'Z2', 'Z3', 'Z4', 'Z5']);
  });
});
