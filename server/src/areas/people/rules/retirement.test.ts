import { describe, expect, it } from 'vitest';
import { endsInRetirement, planRetirement } from './retirement';

const TODAY = '2026-12-20';
const post = (id: number, startDate: string, endDate: string | null = null) => ({ id, startDate, endDate, label: `教务处处长${id}` });
const oversee = (id: number, startDate: string, endDate: string | null = null) => ({ id, startDate, endDate, label: `分管部门${id}` });
const plan = (retiredOn: string | undefined, tenures = [post(1, '2019-03-01')], oversights: ReturnType<typeof oversee>[] = []) => {
  const r = planRetirement({ hireDate: '1990-07-01', retiredOn, today: TODAY, tenures, oversights });
  return r.ok ? { endTenures: r.endTenures, endOversights: r.endOversights } : r.problem.code;
};

describe('retiring a person ends their posts (scitc-2025 附件1 第五条（二）: the retirement is a talk occasion)', () => {
  it.each<[string, ReturnType<typeof plan>, ReturnType<typeof plan>]>([
    ['第五条（二）: the posts still held end on the retirement date (the ended one is left as it is)', plan('2026-12-01', [post(1, '2019-03-01'), post(2, '2010-01-01', '2019-03-01')]), { endTenures: [1], endOversights: [] }],
    ['第五条（二）: a college leader\'s oversights end with the posts', plan('2026-12-01', [post(1, '2019-03-01')], [oversee(7, '2019-03-01'), oversee(8, '2015-01-01', '2018-01-01')]), { endTenures: [1], endOversights: [7] }],
    ['the date is required (the posts cannot end without it)', plan(undefined), 'PERSON.RETIRED_ON_REQUIRED'],
    ['decision: a retirement is recorded once it takes effect — not after today', plan('2026-12-21'), 'PERSON.RETIRED_ON_FUTURE'],
    ['today is allowed', plan(TODAY), { endTenures: [1], endOversights: [] }],
    ['not before the person joined', plan('1989-01-01', []), 'PERSON.RETIRED_BEFORE_HIRE'],
    ['after the start of every post it ends', plan('2019-03-01'), 'PERSON.RETIRED_BEFORE_TENURE'],
    ['a post already ended after the retirement date contradicts it', plan('2026-06-01', [post(1, '2019-03-01', '2026-09-01')]), 'PERSON.TENURE_AFTER_RETIREMENT'],
    ['someone holding no post retires with nothing to end', plan('2026-12-01', []), { endTenures: [], endOversights: [] }],
  ])('%s', (_a, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('第五条（二）: a tenure ended for retirement is read as the retirement occasion', () => {
    expect([endsInRetirement('退休'), endsInRetirement('到龄退休'), endsInRetirement('工作调动'), endsInRetirement(null)]).toEqual([true, true, false, false]);
  });
});
