import { describe, expect, it } from 'vitest';
import { attachment, safeCell, safeFileName } from './safe-cell';

describe('safe exports', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['计算机学院', '计算机学院'],
  ])('neutralizes %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });
  it('leaves numbers as numbers', () => expect(safeCell(-3)).toBe(-3));
  it('makes safe file names', () => {
    expect(safeFileName('../2026/谈话:记录', 'docx')).toBe('_2026_谈话_记录.docx');
    expect(attachment('谈话记录.docx')).toContain("filename*=UTF-8''%E8%B0%88");
  });
});
