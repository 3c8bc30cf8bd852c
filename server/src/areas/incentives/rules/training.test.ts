import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { checkSignIn, hoursProblem, trainingRules, yearProgress } from './training';

const packs = loadAllPacks();
const rules = trainingRules(new EffectivePolicy('ahzaxy-2020', packs.get('ahzaxy-2020')!.suggestedAdoptions, packs), '2026-12-01');

describe('training (ahzaxy-2020 第9条)', () => {
  it('yearly hours by rank are a system default (the regulation fixes none), staff not required', () => {
    expect(rules.annualHours).toMatchObject({ middle_chief: 110, section: 50 });
    expect(rules.annualHours.staff).toBeUndefined();
    expect(rules.hoursIsDefault).toBe(true);
    expect(rules.kindsCitation).toBe('ahzaxy-2020 第9条');
  });

  it.each<[string, number, string, string, string | null]>([
    ['a one-day course of 6 hours', 6, '2026-05-10', '2026-05-10', null],
    ['a five-day course of 40 hours', 40, '2026-05-10', '2026-05-14', null],
    ['negative hours', -3, '2026-05-10', '2026-05-10', '学时应大于 0'],
    ['zero hours', 0, '2026-05-10', '2026-05-10', '学时应大于 0'],
    ['absurd hours for one day', 24, '2026-05-10', '2026-05-10', '1 天的培训最多计 8 学时（每天不超过 8 学时）'],
    ['quarter hours', 2.25, '2026-05-10', '2026-05-10', '学时应为 0.5 的整数倍'],
    ['end before start', 4, '2026-05-10', '2026-05-09', '结束日期不能早于开始日期'],
  ])('第9条 plausible hours: %s', (_a, hours, start, end, problem) => {
    expect(hoursProblem(hours, start, end, rules.maxHoursPerDay)).toBe(problem);
  });

  it.each<[string, number | null, { endDate: string; hours: number }[], { total: number; metOn: string | null }]>([
    ['第9条: short of 110 hours at 86', 110, [{ endDate: '2026-04-02', hours: 40 }, { endDate: '2026-09-20', hours: 46 }], { total: 86, metOn: null }],
    ['第9条: met on the day the total reached 110', 110, [{ endDate: '2026-10-15', hours: 30 }, { endDate: '2026-04-02', hours: 40 }, { endDate: '2026-07-01', hours: 40 }], { total: 110, metOn: '2026-10-15' }],
    ['no requirement for staff', null, [{ endDate: '2026-04-02', hours: 8 }], { total: 8, metOn: null }],
  ])('%s', (_a, required, records, expected) => {
    expect(yearProgress(required, records)).toMatchObject(expected);
  });

  it('a sign-in sheet: each bad row with its reason, good rows with hours (blank = the course\'s)', () => {
    const roster = new Map([['20100001', { personId: 1, name: '张伟' }], ['20100002', { personId: 2, name: '李娜' }], ['20100003', { personId: 3, name: '王强' }]]);
    const r = checkSignIn(
      [
        { row: 2, staffNo: '20100001', name: '张伟', hours: null },
        { row: 3, staffNo: '20100002', name: '李丽', hours: 8 },
        { row: 4, staffNo: '29999999', name: '赵六', hours: 8 },
        { row: 5, staffNo: '20100001', name: '张伟', hours: 8 },
        { row: 6, staffNo: '20100003', name: '王强', hours: 30 },
        { row: 7, staffNo: '', name: '无名', hours: 2 },
      ],
      roster, { hours: 16, startDate: '2026-06-01', endDate: '2026-06-02' }, 8, new Set(),
    );
    expect(r.good).toEqual([{ row: 2, personId: 1, name: '张伟', hours: 16 }]);
    expect(r.bad.map((b) => [b.row, b.reason])).toEqual([
      [3, '工号 20100002 对应的是李娜，不是李丽'], [4, '工号 29999999 不存在'], [5, '与前面的行重复'], [6, '超过本次培训的学时（16）'], [7, '工号为空'],
    ]);
  });
});
