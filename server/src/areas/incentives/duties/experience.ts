import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { addMonths } from '../../../core/shared/dates';
import { experience, startsWithAny } from '../rules/cross-experience';
import type { DerivedDuty, Deriver } from '../../../core/duties/types';
import type { ExperienceFacts } from '../facts/experience';
import { incentivesPolicy } from '../policy';

/**
 * ahzaxy-2020 第8条: young cadres of administrative and support departments gain a year in a secondary college, and a
 * secondary college's administrative staff a year in a business department, within five years of joining; 第7条: new
 * teachers serve one three-year term as counselors. The organization department owes the arrangement. Duties are
 * listed once within the rotation horizon of their due date (or overdue), and while recently met.
 */
export const experienceDeriver: Deriver<ExperienceFacts> = {
  kind: 'cross_experience',
  label: '交流锻炼与辅导员经历',
  derive(f, policy: EffectivePolicy, asOf) {
    const within = policy.param(incentivesPolicy, 'incentives.rotation.cross_experience_within_years', asOf);
    const needYears = policy.value(incentivesPolicy, 'incentives.rotation.young_cadre_cross_experience_years', asOf);
    const toAcademic = policy.value(incentivesPolicy, 'incentives.rotation.to_academic_department_kinds', asOf);
    const adminTitles = policy.value(incentivesPolicy, 'incentives.rotation.academic_admin_post_titles', asOf);
    const business = policy.value(incentivesPolicy, 'incentives.rotation.business_department_kinds', asOf);
    const teacherTitles = policy.value(incentivesPolicy, 'incentives.counselor.teacher_post_titles', asOf);
    const counselorTitles = policy.value(incentivesPolicy, 'incentives.counselor.post_titles', asOf);
    const counselorYears = policy.param(incentivesPolicy, 'incentives.new_teacher_counselor_years', asOf);
    const counselorWithin = policy.param(incentivesPolicy, 'incentives.counselor.within_years', asOf);
    const horizon = policy.value(incentivesPolicy, 'incentives.rotation.horizon_months', asOf);
    const warning = policy.value(incentivesPolicy, 'incentives.rotation.warning_months', asOf);
    const shown = (due: string, metOn: string | null) => (metOn ? metOn >= addMonths(asOf, -12) : due <= addMonths(asOf, horizon));
    const duties: DerivedDuty[] = [];
    for (const p of f.people) {
      const sorted = [...p.tenures].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
      const current = sorted.filter((t) => t.startDate <= asOf && (t.endDate === null || t.endDate > asOf));
      const first = sorted[0];
      const push = (key: string, title: string, due: string, metOn: string | null, citation: string | null, reason: string, departmentId: number | undefined, dueIsDefault: boolean) => {
        if (!shown(due, metOn)) return;
        duties.push({
          key, kind: 'cross_experience', title, owner: { type: 'role', role: 'org' }, subjectPersonId: p.personId, subjectDepartmentId: departmentId, dueDate: due, doneDate: metOn ?? undefined,
          dueSoonDays: Math.round(warning * 30.4), citation, isDefaultRule: false, dueIsDefault, link: `/people/${p.personId}`, detail: { reasons: [reason] },
        });
      };
      // 第8条: the young cadre of an administrative or support department.
      const adminHome = current.find((t) => toAcademic.includes(t.departmentKind));
      if (adminHome) {
        const e = experience(sorted, (t) => t.departmentKind === 'academic', p.hireDate, within.value, needYears, asOf);
        push(`cross_academic:${p.personId}`, `安排${p.name}到系部（二级学院）工作锻炼`, e.due, e.metOn, within.source.citation, `${p.hireDate} 入职，${within.value} 年内应具备 ${needYears} 年系部工作经验，已有 ${Math.floor(e.days / 30.4)} 个月`, adminHome.departmentId, within.source.isDefault);
      }
      // 第8条: a secondary college's administrative staff.
      const academicAdmin = current.find((t) => t.departmentKind === 'academic' && startsWithAny(t.title, adminTitles));
      if (academicAdmin) {
        const e = experience(sorted, (t) => business.includes(t.departmentKind), p.hireDate, within.value, needYears, asOf);
        push(`cross_business:${p.personId}`, `安排${p.name}到业务部门工作锻炼`, e.due, e.metOn, within.source.citation, `${p.hireDate} 入职，系部行政岗位人员 ${within.value} 年内应具备 ${needYears} 年业务部门工作经验，已有 ${Math.floor(e.days / 30.4)} 个月`, academicAdmin.departmentId, within.source.isDefault);
      }
      // 第7条: a new teacher (joined since the rule, first post a teaching post) serves one term as counselor.
      if (first && startsWithAny(first.title, teacherTitles) && p.hireDate >= counselorYears.since) {
        const e = experience(sorted, (t) => startsWithAny(t.title, counselorTitles), p.hireDate, counselorWithin.value, counselorYears.value, asOf);
        push(
          `counselor:${p.personId}`, `安排新进教师${p.name}担任一届（${counselorYears.value} 年）辅导员`, e.due, e.metOn, counselorYears.source.citation,
          `${p.hireDate} 入职的新进教师原则上应担任一届辅导员，已担任 ${Math.floor(e.days / 30.4)} 个月；入职 ${counselorWithin.value} 年内完成${counselorWithin.source.isDefault ? '（期限为系统默认）' : ''}`, current[0]?.departmentId,
          counselorWithin.source.isDefault,
        );
      }
    }
    return duties;
  },
};
