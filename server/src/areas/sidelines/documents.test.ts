import { describe, expect, it } from 'vitest';
import { opinionText } from './documents';

describe('scitc-2025 附件2 第十三条 兼职审批表: each step\'s opinion is written once', () => {
  it.each<[string, string, string | null, string]>([
    ['no reason: the decision\'s word', 'approve', null, '同意。'],
    ['a reason that is the word again ("同意。") is not repeated', 'approve', '同意。', '同意。'],
    ['nor without its full stop', 'approve', '同意', '同意。'],
    ['a reason that begins with the word is the opinion itself', 'approve', '同意该同志兼任理事。', '同意该同志兼任理事。'],
    ['a reason follows the word', 'refuse', '该组织背景情况不明', '不同意。该组织背景情况不明'],
    ['a return with its reason', 'return', '请补充任期说明', '退回修改。请补充任期说明'],
  ])('%s', (_, decision, reason, expected) => {
    expect(opinionText(decision, reason)).toBe(expected);
  });
});
