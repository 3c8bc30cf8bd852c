import { describe, expect, it } from 'vitest';
import { experience, startsWithAny, type ExperienceTenure } from './cross-experience';

const t = (departmentKind: string, title: string, startDate: string, endDate: string | null): ExperienceTenure => ({ departmentKind, title, startDate, endDate });
const inAcademic = (x: ExperienceTenure) => x.departmentKind === 'academic';
const counselor = (x: ExperienceTenure) => startsWithAny(x.title, ['辅导员']);

describe('cross experience and counselor service (ahzaxy-2020 第7条、第8条)', () => {
  it.each<[string, ExperienceTenure[], (x: ExperienceTenure) => boolean, string, number, number, string, { due: string; metOn: string | null }]>([
    ['第8条: a young cadre of an administrative department with no secondary-college year — due five years after joining', [t('admin', '工作人员', '2022-07-01', null)], inAcademic, '2022-07-01', 5, 1, '2026-12-01', { due: '2027-07-01', metOn: null }],
    ['第8条: a year in a secondary college within five years meets it on the day the year is complete', [t('academic', '教学秘书', '2022-07-01', '2023-09-01'), t('admin', '工作人员', '2023-09-01', null)], inAcademic, '2022-07-01', 5, 1, '2026-12-01', { due: '2027-07-01', metOn: '2023-07-01' }],
    ['第8条: ten months in a secondary college is short of the year', [t('academic', '教学秘书', '2022-07-01', '2023-05-01'), t('admin', '工作人员', '2023-05-01', null)], inAcademic, '2022-07-01', 5, 1, '2026-12-01', { due: '2027-07-01', metOn: null }],
    ['第8条: time after the five-year window does not count', [t('admin', '工作人员', '2019-07-01', '2024-03-01'), t('academic', '教学秘书', '2024-03-01', null)], inAcademic, '2019-07-01', 5, 1, '2026-12-01', { due: '2024-07-01', metOn: null }],
    ['第8条: two short spells add up', [t('academic', '教学秘书', '2022-07-01', '2023-01-01'), t('admin', '工作人员', '2023-01-01', '2024-01-01'), t('academic', '科员', '2024-01-01', '2024-08-01')], inAcademic, '2022-07-01', 5, 1, '2026-12-01', { due: '2027-07-01', metOn: '2024-06-30' }],
    ['第7条: a new teacher who served three years as counselor', [t('academic', '辅导员', '2021-09-01', '2024-09-01'), t('academic', '专任教师', '2024-09-01', null)], counselor, '2021-09-01', 6, 3, '2026-12-01', { due: '2027-09-01', metOn: '2024-08-31' }],
    ['第7条: a new teacher never a counselor owes the term', [t('academic', '专任教师', '2021-09-01', null)], counselor, '2021-09-01', 6, 3, '2026-12-01', { due: '2027-09-01', metOn: null }],
  ])('%s', (_a, tenures, counts, hire, within, years, asOf, expected) => {
    expect(experience(tenures, counts, hire, within, years, asOf)).toMatchObject(expected);
  });
});
