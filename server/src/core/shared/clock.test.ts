import { describe, expect, it } from 'vitest';
import { chinaDate, currentClock, fixedClock, systemClock, useProcessClock, withClock } from './clock';
import { todayIso } from './dates';
import { ConfigError, loadConfig } from '../../config';

describe('the one clock (CADRE_TODAY)', () => {
  it('reads the date in China whatever the server zone: 2026-12-05 16:30 UTC is 2026-12-06 in Beijing', () => {
    expect(chinaDate(Date.UTC(2026, 11, 5, 16, 30))).toBe('2026-12-06');
    expect(chinaDate(Date.UTC(2026, 11, 5, 15, 59))).toBe('2026-12-05');
  });

  it('a scope runs on its own clock, and everything it starts too; outside it the process clock applies', async () => {
    const before = useProcessClock(fixedClock('2026-12-20'));
    try {
      expect(todayIso()).toBe('2026-12-20');
      const inside = await withClock(fixedClock('2027-01-05'), async () => {
        await new Promise((r) => setTimeout(r, 1));
        return todayIso();
      });
      expect(inside).toBe('2027-01-05');
      expect(todayIso()).toBe('2026-12-20');
    } finally {
      useProcessClock(before);
    }
    expect(currentClock()).toBe(systemClock);
  });

  it.each([
    ['unset', undefined, null],
    ['empty', '', null],
    ['a date', '2027-01-05', '2027-01-05'],
  ])('CADRE_TODAY %s gives %s', (_, value, today) => {
    expect(loadConfig({ CADRE_TODAY: value }).today).toBe(today);
  });

  it.each(['2026-02-30', '20261220', 'tomorrow'])('refuses CADRE_TODAY=%s with a message naming the format', (value) => {
    expect(() => loadConfig({ CADRE_TODAY: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CADRE_TODAY: value })).toThrow(/YYYY-MM-DD/);
  });
});
