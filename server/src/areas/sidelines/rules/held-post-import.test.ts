import { describe, expect, it } from 'vitest';
import { checkHeldPostRows, type HeldPostLookup } from './held-post-import';
import { usccCheckChar } from './uscc';
import { importPeopleOf } from '../../../core/imports/people';

const code = (body: string) => body + usccCheckChar(body);
const USCC = code('51340100MJ0000001');
const person = { id: 7, staffNo: 'Z1', name: '周敏', active: true, departments: ['信息工程系'] };
const lookup: HeldPostLookup = {
  today: '2026-06-15',
  people: importPeopleOf([person, { id: 8, staffNo: 'S1', name: '王强', active: true, departments: ['信息工程系'] }]),
  rankOf: new Map([[7, 'middle_chief'], [8, null]]),
  orgsByUscc: new Map(),
  orgsByName: new Map(),
  registered: new Set(),
  imported: new Map(),
  rules: { scopeRanks: ['principal', 'leader', 'middle_chief', 'middle_deputy'], scopeArticle: '《领导干部兼职管理办法》第二条', maxTerms: 2, termsArticle: '《领导干部兼职管理办法》第十四条', maxYears: 10, yearsArticle: '《领导干部兼职管理办法》第十四条', payArticle: '《领导干部兼职管理办法》第十一条' },
};
const base = { row: 4, staffNo: 'Z1', name: '周敏', orgName: '省计算机学会', uscc: USCC, orgKind: '社会团体', relatedField: '是', postTitle: '理事', postKind: '其他职务', hasTerms: '否', firstHeldSince: '2020-01-01', pay: '否', approvalNo: '院党委〔2020〕1号' };
const check = (over: Record<string, string>) => {
  const [r] = checkHeldPostRows([{ ...base, ...over }], lookup);
  return r.problems.length ? r.problems.map((p) => `${p.column}：${p.message}`) : r.warnings;
};

describe('兼职台账 rows at go-live (scitc-2025 附件2)', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['a post without terms within its years: imported silently', {}, []],
    ['第二条: a person without a leading post is outside the rules', { staffNo: 'S1', name: '王强' }, ['姓名：领导干部兼职管理适用于院级正职、院领导班子成员、中层正职、中层副职；王强当前没有在任职务，不属于管理范围（《领导干部兼职管理办法》第二条）；请先在花名册中登记其任职']],
    ['第十四条: a post without terms held eleven years is over its ten years', { firstHeldSince: '2015-06-01' }, ['自 2015-06-01 起兼任，已超过未实行任期制的兼职最长 10 年的规定（《领导干部兼职管理办法》第十四条）（2025-06-01 已满），导入后即列为应办事项']],
    ['第十四条: a third term is over the two-term limit; the first two missing is a gap', { hasTerms: '是', termNumber: '3', termStart: '2025-01-01', termEnd: '2029-12-31', firstHeldSince: '2015-01-01' }, ['现任为第 3 届，往届起止未填：第 1—2 届的起止日期缺失', '现任第 3 届，超过在同一职位兼职不得超过 2 届的规定（《领导干部兼职管理办法》第十四条），导入后即列为应办事项']],
    ['第十四条: a hole between two terms is a warning', { hasTerms: '是', termNumber: '2', termStart: '2024-01-01', termEnd: '2028-12-31', pastTerms: '2019-01-01至2023-06-30', firstHeldSince: '2019-01-01' }, ['第 1 届届满（2023-06-30）与第 2 届起始（2024-01-01）之间空缺 184 天']],
    ['overlapping terms are an error', { hasTerms: '是', termNumber: '2', termStart: '2023-01-01', termEnd: '2027-12-31', pastTerms: '2019-01-01至2023-06-30', firstHeldSince: '2019-01-01' }, ['往届起止：第 1 届届满日期 2023-06-30 与第 2 届起始日期 2023-01-01 重叠']],
    ['a term ending before it begins is reversed', { hasTerms: '是', termNumber: '1', termStart: '2024-06-01', termEnd: '2024-01-01', firstHeldSince: '2024-06-01' }, ['本届届满日期：不晚于本届起始日期 2024-06-01（日期颠倒）']],
    ['第十一条: pay received is to be turned over', { pay: '是', payAmount: '2000' }, ['兼职取酬：所获报酬应全额上缴学院财资处（《领导干部兼职管理办法》第十一条），请在兼职页登记取酬和上缴']],
    ['pay amount without pay is an error', { payAmount: '2000' }, ['取酬金额（元/年）：“是否取酬”为“否”时不填金额']],
    ['GB 32100: a wrong check character', { uscc: USCC.slice(0, 17) + (USCC[17] === '1' ? '2' : '1') }, ['统一社会信用代码：校验位不正确（GB 32100），请核对是否录错']],
    ['a journal carries no code', { orgKind: '高水平学术期刊', uscc: '' }, []],
    ['an association must have a code', { uscc: '' }, ['统一社会信用代码：社会团体须填写统一社会信用代码']],
    ['a person by name and department', { staffNo: '', department: '信息工程系' }, []],
    ['an unknown 工号', { staffNo: 'X9' }, ['工号：花名册中没有工号为“X9”的人员']],
  ])('%s', (_, over, expected) => {
    expect(check(over)).toEqual(expected);
  });
});
