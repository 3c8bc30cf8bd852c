import { describe, expect, it } from 'vitest';
import { zhDate } from './format';

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
