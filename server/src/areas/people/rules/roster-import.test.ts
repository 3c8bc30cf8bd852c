import { describe, expect, it } from 'vitest';
import { checkRows, normalizeDate, type RawRow, type RosterLookup } from './roster-import';
import { idNumberCheckChar } from './id-number';

const id = (first17: string) => first17 + idNumberCheckChar(first17);
const MAN_1980 = id('34010219800501123'); // 1980-05-01, odd 17th digit: male
const WOMAN_1985 = id('34010219850312124'); // 1985-03-12, even: female
const OTHER = id('34010219790101111');

const lookup = (): RosterLookup => ({
  departments: new Map([['资产管理处', 1], ['机电工程学院', 2]]),
  ranks: new Map([['中层正职', 'middle_chief'], ['中层副职', 'middle_deputy'], ['一般职工', 'staff'], ['middle_chief', 'middle_chief'], ['middle_deputy', 'middle_deputy'], ['staff', 'staff']]),
  byStaffNo: new Map([['T001', { id: 7, staffNo: 'T001', name: '周建国', gender: 'male', idNumber: OTHER, birthDate: '1979-01-01', politicalStatus: 'cpc_member', hireDate: '2001-07-01', phone: null, status: 'active' }]]),
  byIdNumber: new Map([[OTHER, { staffNo: 'T001' }]]),
  posts: new Map([['1|处长', { id: 30, rank: 'middle_chief', holders: [7] }], ['2|副院长', { id: 31, rank: 'middle_deputy', holders: [] }]]),
  singleHolderRanks: ['principal', 'leader', 'middle_chief', 'middle_deputy'],
  today: '2026-11-30',
});
const good: RawRow = { row: 4, staffNo: 'T100', name: '李思源', gender: '男', idNumber: MAN_1980, politicalStatus: '中共党员', hireDate: '2003-07-01' };

describe('roster import: every row checked as a personnel officer would', () => {
  it.each<[string, Partial<RawRow>, string, RegExp]>([
    ['GB 11643-1999: the check character must match', { idNumber: MAN_1980.slice(0, 17) + (MAN_1980[17] === '0' ? '1' : '0') }, '身份证号', /校验位不正确/],
    ['GB 11643-1999: 18 characters', { idNumber: '3401021980050112' }, '身份证号', /18 位/],
    ['GB 11643-1999: the birth date inside must be a date', { idNumber: id('34010219801301123') }, '身份证号', /出生日期不是有效日期/],
    ['GB 11643-1999: gender agrees with the 17th digit', { gender: '女' }, '性别', /不一致/],
    ['gender is 男 or 女', { gender: 'M' }, '性别', /男.*女/],
    ['birth date agrees with the ID number', { birthDate: '1980-05-02' }, '出生日期', /1980-05-01/],
    ['a date that does not exist', { hireDate: '2003-02-30' }, '参加工作时间', /不是有效日期/],
    ['working age: at least 16 when hired', { hireDate: '1995-01-01' }, '参加工作时间', /16 周岁/],
    ['political status from the list', { politicalStatus: '党员' }, '政治面貌', /中共党员、中共预备党员/],
    ['a department that exists', { department: '后勤处', postTitle: '处长', rank: '中层正职', startDate: '2020-01-01' }, '部门', /没有名为“后勤处”/],
    ['a rank that exists', { department: '资产管理处', postTitle: '科员', rank: '正处级', startDate: '2020-01-01' }, '职级', /应为：中层正职、中层副职、一般职工/],
    ['a post needs its start date', { department: '资产管理处', postTitle: '科员', rank: '一般职工' }, '任职时间', /须填写任职时间/],
    ['a post may not start before work', { department: '资产管理处', postTitle: '科员', rank: '一般职工', startDate: '2002-01-01' }, '任职时间', /早于参加工作时间/],
    ['the rank of an existing post is the system\'s', { department: '机电工程学院', postTitle: '副院长', rank: '中层正职', startDate: '2020-01-01' }, '职级', /中层副职/],
    ['一职一人: a held single-holder post is refused', { department: '资产管理处', postTitle: '处长', rank: '中层正职', startDate: '2020-01-01' }, '职务', /已有人在任/],
    ['an ID number already registered to another 工号', { idNumber: OTHER }, '身份证号', /工号 T001/],
    ['a phone number of 11 digits', { phone: '12345' }, '手机号', /11 位/],
    ['a 工号 of letters and digits', { staffNo: '工号一' }, '工号', /字母、数字/],
  ])('%s', (_name, change, field, message) => {
    const [r] = checkRows([{ ...good, ...change }], lookup());
    expect(r.problems).toContainEqual({ field, message: expect.stringMatching(message) });
    expect(r.person).toBeUndefined();
  });

  it('duplicates inside the file name the first row', () => {
    const rows = checkRows([good, { ...good, row: 5, idNumber: WOMAN_1985, gender: '女' }, { ...good, row: 6, staffNo: 'T101' }], lookup());
    expect(rows[1].problems).toContainEqual({ field: '工号', message: '与第 4 行重复' });
    expect(rows[2].problems).toContainEqual({ field: '身份证号', message: '与第 4 行重复' });
  });

  it('一职一人: two rows for one vacant single-holder post', () => {
    const post = { department: '机电工程学院', postTitle: '副院长', rank: '中层副职', startDate: '2020-01-01' };
    const rows = checkRows([{ ...good, ...post }, { ...good, row: 5, staffNo: 'T101', idNumber: WOMAN_1985, gender: '女', ...post }], lookup());
    expect(rows[0].problems).toEqual([]);
    expect(rows[1].problems).toContainEqual({ field: '职务', message: expect.stringContaining('第 4 行') });
  });

  it('re-import by 工号: the same data is unchanged, a changed phone is an update naming the field, a new 工号 is new', () => {
    const same: RawRow = { row: 4, staffNo: 'T001', name: '周建国', gender: '男', idNumber: OTHER, birthDate: '1979/1/1', politicalStatus: '中共党员', hireDate: '2001年7月1日' };
    const [unchanged, updated, created] = checkRows([same, { ...same, row: 5, staffNo: 'T001' }, good].map((r, i) => (i === 1 ? { ...r, phone: '13800000000' } : r)), lookup());
    expect(unchanged.action).toBe('unchanged');
    expect(updated.problems[0]?.message).toBe('与第 4 行重复');
    const [u] = checkRows([{ ...same, phone: '13800000000' }], lookup());
    expect(u).toMatchObject({ action: 'update', changes: ['手机号'] });
    expect(created.action).toBe('new');
    const [holding] = checkRows([{ ...same, department: '资产管理处', postTitle: '处长', rank: '中层正职', startDate: '2015-01-01' }], lookup());
    expect(holding).toMatchObject({ action: 'unchanged', addsTenure: false, problems: [] });
  });

  it.each([
    ['2020-09-01', '2020-09-01'], ['2020/9/1', '2020-09-01'], ['2020.09.01', '2020-09-01'], ['20200901', '2020-09-01'], ['2020年9月1日', '2020-09-01'], ['2020-02-30', null], ['九月', null],
  ])('dates as offices type them: %s', (raw, iso) => expect(normalizeDate(raw)).toBe(iso));
});
