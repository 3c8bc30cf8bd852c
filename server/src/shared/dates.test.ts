import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { addDays, diffDays } from './dates';

describe('day arithmetic agrees with dayjs across month ends, leap years and the turn of the year', () => {
  const starts = ['2023-12-31', '2024-02-28', '2024-02-29', '2025-02-28', '2026-03-29', '2026-10-25', '1999-12-31', '2000-02-29', '2100-02-28'];
  it.each(starts.flatMap((d) => [-400, -366, -365, -31, -1, 0, 1, 2, 29, 30, 31, 365, 366, 1461].map((n) => [d, n] as const)))('%s %+d days', (d, n) => {
    const expected = dayjs(d).add(n, 'day').format('YYYY-MM-DD');
    expect(addDays(d, n)).toBe(expected);
    expect(diffDays(d, expected)).toBe(n);
  });
});
