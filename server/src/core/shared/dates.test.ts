import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { addDays, diffDays, isValidIsoDate, monthsBetween, yearsBetween } from './dates';

describe('day arithmetic agrees with dayjs across month ends, leap years and the turn of the year', () => {
  const starts = ['2023-12-31', '2024-02-28', '2024-02-29', '2025-02-28', '2026-03-29', '2026-10-25', '1999-12-31', '2000-02-29', '2100-02-28'];
  it.each(starts.flatMap((d) => [-400, -366, -365, -31, -1, 0, 1, 2, 29, 30, 31, 365, 366, 1461].map((n) => [d, n] as const)))('%s %+d days', (d, n) => {
    const expected = dayjs(d).add(n, 'day').format('YYYY-MM-DD');
    expect(addDays(d, n)).toBe(expected);
    expect(diffDays(d, expected)).toBe(n);
  });
});

describe('years and months between dates agree with dayjs (任现职年限), and date validity', () => {
  const dates = ['2019-01-31', '2019-02-28', '2020-02-29', '2020-03-31', '2021-08-15', '2023-12-31', '2024-01-01', '2024-02-29', '2025-06-30', '2026-01-31', '2026-03-01', '2026-12-01'];
  it.each(dates.flatMap((a) => dates.map((b) => [a, b] as const)))('%s → %s', (from, to) => {
    expect(monthsBetween(from, to)).toBeCloseTo(dayjs(to).diff(dayjs(from), 'month', true), 12);
    expect(yearsBetween(from, to)).toBe(Math.floor((dayjs(to).diff(dayjs(from), 'month', true) / 12) * 10) / 10);
  });
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['2026-04-31', false], ['2026-12-31', true], ['2026-13-01', false],
    ['2026-00-10', false], ['2026-1-01', false], ['0099-01-01', false], ['1900-02-29', false], ['2000-02-29', true],
  ] as const)('%s is a date: %s', (s, ok) => expect(isValidIsoDate(s)).toBe(ok));
});
