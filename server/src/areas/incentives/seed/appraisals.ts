import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { account, appraisal, appraisalCycle, dutyReport } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { addDays, minDate } from '../../../core/shared/dates';
import { appraisalRules, excellentQuota } from '../rules/appraisal';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { Rng } from '../../../core/demo/random';
import { incentivesPolicy } from '../policy';

const REPORT = '一、履行岗位职责情况：全年围绕学院中心工作，牵头完成了本部门年度重点任务……二、落实党风廉政建设“一岗双责”情况……三、存在的不足和下一步打算……';
const WEAK = ['全年两项重点任务未按期完成，工作主动性不强', '多次无故缺席部门会议，服务对象投诉较多', '教学事故一次，整改不到位'];

/**
 * Three past years of annual appraisals in a college, graded in the January after each year, with middle cadres'
 * duty reports; this year's appraisal open, some reports already in, no grades yet (December is when they are given).
 */
export async function seedAppraisals(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const rules = appraisalRules(policy, ref);
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ref);
  const org = (await tx.select({ id: account.id, roles: account.roles }).from(account).where(eq(account.institutionId, institutionId))).find((a) => (a.roles as string[]).includes('org'))!;
  const year = Number(ref.slice(0, 4));
  let n = 0;
  for (const y of [year - 3, year - 2, year - 1, year]) {
    const open = y === year;
    const due = `${y}-${rules.dutyReportDue}`;
    const [c] = await tx
      .insert(appraisalCycle)
      .values({ institutionId, year: y, dutyReportDue: due, status: open ? 'open' : 'closed', closedOn: open ? null : `${y + 1}-01-20`, createdBy: org.id })
      .returning({ id: appraisalCycle.id });
    const posts = await currentPosts(tx, institutionId, open ? ref : `${y}-12-31`, gap);
    const people = [...mainPosts(posts).values()].filter((p) => rules.appraisedRanks.includes(p.rank));
    const reports = people
      .filter((p) => rules.dutyReportRanks.includes(p.rank) && (open ? rng.chance(0.4) : rng.chance(0.97)))
      .map((p) => ({ institutionId, cycleId: c.id, personId: p.personId, content: REPORT, submittedOn: open ? addDays(ref, -rng.int(0, 6)) : addDays(due, -rng.int(0, 10)) }));
    if (reports.length) await tx.insert(dutyReport).values(reports);
    if (open) continue;
    const byDept = new Map<number, typeof people>();
    for (const p of people) byDept.set(p.departmentId, [...(byDept.get(p.departmentId) ?? []), p]);
    const rows: (typeof appraisal.$inferInsert)[] = [];
    for (const [departmentId, members] of byDept) {
      let excellent = Math.min(excellentQuota(members.length, rules), Math.round(members.length * 0.15 + rng.next()));
      for (const p of members) {
        const r = rng.next();
        const grade = excellent > 0 && r < 0.28 ? 'excellent' : r > 0.985 ? (rng.chance(0.8) ? 'basic' : 'incompetent') : 'competent';
        if (grade === 'excellent') excellent--;
        rows.push({
          institutionId, cycleId: c.id, year: y, personId: p.personId, departmentId, grade, reason: rules.adverse.includes(grade) ? rng.pick(WEAK) : null,
          recordedOn: minDate(`${y + 1}-01-${String(rng.int(10, 18)).padStart(2, '0')}`, ref), recordedBy: org.id,
        });
      }
    }
    for (let i = 0; i < rows.length; i += 500) await tx.insert(appraisal).values(rows.slice(i, i + 500));
    n += rows.length;
  }
  return n;
}
