import { describe, expect, it } from 'vitest';
import { buildCalendar } from './source';
import { addCalendarMonths, addWorkingDays, isWorkingDay, UnknownCalendarYearError, workingDaysBetween } from './working-days';

const cal = buildCalendar([], []);

describe('isWorkingDay (official schedule from chinese-days)', () => {
  it.each([
    ['2026-09-30', true, 'Wednesday before National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of the National Day holiday'],
    ['2026-10-08', true, 'first working day after National Day'],
    ['2026-09-20', true, '调休: a Sunday that is a working day'],
    ['2026-10-10', true, '调休: a Saturday that is a working day'],
    ['2026-10-11', false, 'an ordinary Sunday'],
    ['2026-02-17', false, 'Spring Festival'],
    ['2026-02-14', true, '调休 Saturday before Spring Festival'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(cal, date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('xzcit-2018 第五条（一）: 7 working days to apply, started on the eve of National Day', () => {
    // 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13, 10-14, 10-15
    expect(addWorkingDays(cal, '2026-09-30', 7)).toBe('2026-10-15');
  });
  it('counts a 调休 Sunday as a working day (2026-09-18 Fri + 1 → Sun 09-20)', () => {
    expect(addWorkingDays(cal, '2026-09-18', 1)).toBe('2026-09-20');
    expect(addWorkingDays(cal, '2026-09-18', 2)).toBe('2026-09-21');
  });
  it('xzcit-2018 第五条（三）: 3 working days to feed back, decided on the Friday before National Day', () => {
    expect(addWorkingDays(cal, '2026-09-25', 3)).toBe('2026-09-30'); // 09-25..27 is Mid-autumn; 28, 29, 30
  });
  it('xzcit-2018 第五条（二）: 30 working days for the investigation report across National Day', () => {
    // Mid-autumn (09-25..27) and National Day (10-01..07) are skipped; 调休 09-20 and 10-10 count.
    expect(addWorkingDays(cal, '2026-09-15', 30)).toBe('2026-11-02');
    expect(workingDaysBetween(cal, '2026-09-15', '2026-11-02')).toBe(30);
  });
  it('0 working days from a holiday is the next working day', () => {
    expect(addWorkingDays(cal, '2026-10-03', 0)).toBe('2026-10-08');
  });
});

describe('years the calendar does not know', () => {
  it('refuses to compute into an unknown year instead of treating it as plain weekdays', () => {
    expect(() => addWorkingDays(cal, '2026-12-28', 7)).toThrow(UnknownCalendarYearError);
    expect(() => addWorkingDays(cal, '2026-12-28', 7)).toThrow(/2027 年的法定节假日和调休安排尚未录入/);
  });
  it('computes once the sysadmin has entered and confirmed the year', () => {
    const withOverrides = buildCalendar([{ date: '2027-01-01', kind: 'holiday' }], [2027]);
    expect(addWorkingDays(withOverrides, '2026-12-30', 2)).toBe('2027-01-04'); // 12-31, (01-01 holiday), 01-04
  });
  it('an override turns a weekday into a holiday and a weekend day into a working day', () => {
    const c = buildCalendar([{ date: '2026-11-23', kind: 'holiday' }, { date: '2026-11-22', kind: 'workday' }], []);
    expect(isWorkingDay(c, '2026-11-23')).toBe(false);
    expect(isWorkingDay(c, '2026-11-22')).toBe(true);
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', 'clamped to the end of February'],
    ['2026-03-15', 3, '2026-06-15', 'xzcit-2018 第五条（三）: a 3-month deferral'],
    ['2026-11-30', 3, '2027-02-28', 'across a year end'],
  ])('%s + %i months → %s (%s)', (from, n, expected) => {
    expect(addCalendarMonths(from, n)).toBe(expected);
  });
});
