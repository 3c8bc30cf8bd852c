import { describe, expect, it } from 'vitest';
import { zhDate } from './format';
import { opinionText } from '../../areas/sidelines/documents';

describe('dates on documents are China time (UTC+8), through one formatter', () => {
  it.each<[string, string | Date | null, string]>([
    ['a date is printed as it is', '2026-11-30', '2026年11月30日'],
    ['an approval at 07:16 Beijing time (23:16 UTC the day before) is on the 6th', new Date('2026-12-05T23:16:00Z'), '2026年12月6日'],
    ['the same moment as an ISO timestamp from the API', '2026-12-05T23:16:00.000Z', '2026年12月6日'],
    ['one second before midnight in Beijing is still the 5th', '2026-12-05T15:59:59Z', '2026年12月5日'],
    ['midnight in Beijing is the 6th', '2026-12-05T16:00:00Z', '2026年12月6日'],
    ['a new year begins in Beijing first', '2026-12-31T16:30:00Z', '2027年1月1日'],
    ['none is blank', null, ''],
  ])('%s', (_, value, expected) => {
    expect(zhDate(value)).toBe(expected);
  });
});

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
