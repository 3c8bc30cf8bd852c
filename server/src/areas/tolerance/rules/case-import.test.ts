import { describe, expect, it } from 'vitest';
import { importPeopleOf } from '../../../core/imports/people';
import { checkCaseImportRows, type CaseImportLookup } from './case-import';

const APPLICATION = '《容错纠错实施办法》第五条（一）（二）';
const PROTECTIONS = '《容错纠错实施办法》第六条（一）';
const SCOPE = '《容错纠错实施办法》第二条';

const lookup = (over: Partial<CaseImportLookup> = {}): CaseImportLookup => ({
  today: '2026-06-15',
  people: importPeopleOf([{ id: 1, staffNo: 'Z1', name: '周明远', active: true, departments: [] }]),
  departments: new Map([['纪委办公室', 9]]),
  kinds: new Map([['通报', 'accountability_circular'], ['诫勉', 'accountability_admonition']]),
  outcomes: new Map([['免责', 'exempt'], ['减责', 'mitigate'], ['不予容错', 'deny']]),
  exOfficio: false,
  applicationArticle: APPLICATION,
  protections: ['年度考核', '提拔任用'],
  protectionsArticle: PROTECTIONS,
  imported: new Map(),
  ...over,
});
const row = (over: Record<string, string> = {}, at = 4) => ({
  row: at, staffNo: 'Z1', name: '周明远', matter: '验收把关不严', decidedOn: '2025-05-01', kind: '诫勉', organ: '纪委办公室', docNo: '院纪〔2025〕3号', applied: '是', outcome: '免责', determinedOn: '2025-04-20', ...over,
});
const check = (over: Record<string, string>, l = lookup()) => {
  const [r] = checkCaseImportRows([row(over)], l);
  return r.action === 'bad' ? r.problems.map((p) => `${p.column}：${p.message}`).join('；') : r.action;
};

describe('问责案件及容错认定结果 rows (go-live import)', () => {
  it.each([
    ['a complete exemption', {}, 'new'],
    ['工号 unknown', { staffNo: 'Z9' }, '工号：花名册中没有工号为“Z9”的人员'],
    ['姓名 not the roster’s', { name: '周明' }, '姓名：与花名册中工号 Z1 的姓名“周明远”不一致'],
    ['decision in the future', { decidedOn: '2026-07-01', outcome: '', determinedOn: '', applied: '否' }, '问责决定日期：不能晚于今天（只导入已作出的问责决定）'],
    ['kind not in the pack', { kind: '警告' }, '问责方式：“警告”不是可选的问责方式，应为：通报、诫勉'],
    ['deciding office unknown', { organ: '监察处' }, '决定机关：系统中没有名为“监察处”的部门，请从下拉列表中选择'],
    [`an outcome without an application (${APPLICATION})`, { applied: '否' }, `容错认定结果：未申请容错的案件不能有容错认定结果：容错认定依本人或单位的申请进行（${APPLICATION}）；请将“是否申请容错”填为“是”或清空认定结果`],
    ['an application without its outcome', { outcome: '', determinedOn: '' }, '容错认定结果：已申请容错的须填写认定结果（免责、减责、不予容错）；尚未办结的申请请在容错纠错页登记办理'],
    ['an outcome without its date', { determinedOn: '' }, '认定日期：填写了认定结果的须填写认定日期'],
    ['impact period on an exemption', { impactUntil: '2026-01-01' }, '影响期至：只有认定为减责的才填写影响期'],
    ['impact period ending before the determination', { outcome: '减责', impactUntil: '2025-04-20' }, '影响期至：不晚于认定日期 2025-04-20'],
    ['a case without application or outcome', { applied: '否', outcome: '', determinedOn: '' }, 'new'],
  ])('%s', (_name, over, expected) => {
    expect(check(over)).toBe(expected);
  });

  it('where the inquiry opens with every case (ahzaxy-2020 第12条) an outcome needs no application', () => {
    const [r] = checkCaseImportRows([row({ applied: '否' })], lookup({ exOfficio: true }));
    expect([r.action, r.write?.review?.origin]).toEqual(['new', 'ex_officio']);
  });

  it(`an exemption tells what it protects (${PROTECTIONS}); no 文号 is a warning and keys the row by date and matter`, () => {
    const [a, b] = checkCaseImportRows([row(), row({ docNo: '', matter: '另案' }, 5)], lookup());
    expect(a.warnings).toEqual([`免责：年度考核、提拔任用不受影响（${PROTECTIONS}），导入后在人员页显示`]);
    expect(b.warnings[0]).toBe('未填决定文号，按“工号 + 问责决定日期 + 问责事由”识别该案件');
    expect([a.write?.key, b.write?.key]).toEqual(['1|文号:院纪〔2025〕3号', '1|2025-05-01|另案']);
  });

  it(`a determination after the decision is imported as history but flagged (${APPLICATION})`, () => {
    const [late, onTime] = checkCaseImportRows([row({ determinedOn: '2025-05-20' }), row({ docNo: '院纪〔2025〕4号', determinedOn: '2025-05-01' }, 5)], lookup());
    expect([late.action, onTime.action]).toEqual(['new', 'new']);
    expect(late.warnings).toContain(`认定日期 2025-05-20 晚于问责决定日期 2025-05-01：容错认定应在作出问责决定前完成（${APPLICATION}），请核对日期`);
    expect(onTime.warnings.some((w) => w.startsWith('认定日期'))).toBe(false);
  });

  it.each([
    ['a middle cadre when decided: covered, no warning', 'middle_chief', null],
    ['a 科级 cadre when decided: outside 第二条, imported with a warning', 'section', `本院容错纠错办法适用于中层正职、中层副职（${SCOPE}）；周明远在问责决定日期任科级，不在适用范围内，请核对`],
    ['no post when decided', null, `本院容错纠错办法适用于中层正职、中层副职（${SCOPE}）；周明远在问责决定日期没有在任职务，不在适用范围内，请核对`],
  ])(`whom the rules cover (${SCOPE}): %s`, (_name, rank, warning) => {
    const asked: string[] = [];
    const [r] = checkCaseImportRows([row()], lookup({ scope: { ranks: ['middle_chief', 'middle_deputy'], article: SCOPE }, rankOn: (_id, on) => (asked.push(on), rank) }));
    expect(r.action).toBe('new');
    expect(asked).toEqual(['2025-05-01']);
    expect(r.warnings.filter((w) => w.startsWith('本院容错纠错办法'))).toEqual(warning ? [warning] : []);
  });

  it('re-import: the same row unchanged, a changed one an update, one used since refused', () => {
    const [first] = checkCaseImportRows([row()], lookup());
    const imported = (inUse: boolean) => new Map([[first.write!.key, { caseId: 7, fingerprint: first.write!.fingerprint, inUse }]]);
    expect(checkCaseImportRows([row()], lookup({ imported: imported(false) }))[0].action).toBe('unchanged');
    expect(checkCaseImportRows([row({ outcome: '不予容错' })], lookup({ imported: imported(false) }))[0].write?.existingCaseId).toBe(7);
    expect(check({ outcome: '不予容错' }, lookup({ imported: imported(true) }))).toBe('决定文号：此前导入的该案件已有纠错措施、回访或附件等后续办理记录，不能再通过导入修改；请在容错纠错页办理');
  });
});
