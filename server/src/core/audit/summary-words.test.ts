import { describe, expect, it } from 'vitest';
import { summaryWords } from './summary-words';

describe('audit summaries in words (审计日志 摘要)', () => {
  it.each<[string, unknown, string]>([
    ['no summary', null, ''],
    ['a refused access: the code by its meaning, the permission by what it allows', { detail: { code: 'AUTH.FORBIDDEN', required: 'roster.write' } }, '详情：代码：您的角色没有访问此功能的权限；所需权限：维护花名册'],
    ['a talk recorded: dates as they are, lists joined, enumerations by their label', { after: { kind: 'routine', talkDate: '2026-06-12', talkerIds: [3, 4], warnings: [] } }, '变更后：种类：日常谈话；谈话日期：2026-06-12；谈话人编号：3、4；提示：无'],
    ['a change: before and after, yes and no', { before: { disabled: false }, after: { disabled: true } }, '变更前：停用：否。变更后：停用：是'],
    ['roles by their Chinese names', { after: { roles: ['org', 'auditor'] } }, '变更后：角色：党委组织部、审计管理员'],
    ['a field without a word keeps its name rather than being lost', { detail: { someNewField: 'x' } }, '详情：someNewField：x'],
    ['a plain text detail', { detail: 'locked' }, '详情：locked'],
  ])('%s', (_what, summary, words) => {
    expect(summaryWords(summary)).toBe(words);
  });
});
