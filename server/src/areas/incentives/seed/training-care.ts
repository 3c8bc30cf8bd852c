import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { account, careCase, careVisit, trainingCourse, trainingRecord } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { addDays } from '../../../core/shared/dates';
import { currentPosts } from '../../../core/roster/posts';
import { Rng } from '../../../core/demo/random';
import { incentivesPolicy } from '../policy';

/** A year's courses: who attends (by rank), when (month, day), how long. */
const COURSES: { title: string; organizer: string; kind: string; month: number; days: number; hours: number; ranks: string[]; share: number }[] = [
  { title: '党委理论学习中心组专题学习', organizer: '党委宣传部', kind: 'on_the_job', month: 1, days: 300, hours: 48, ranks: ['principal', 'leader'], share: 1 },
  { title: '高校领导干部网络专题培训', organizer: '中国干部网络学院', kind: 'online', month: 3, days: 90, hours: 40, ranks: ['principal', 'leader'], share: 0.85 },
  { title: '全省高校领导干部专题研讨班', organizer: '省委教育工委、省委党校', kind: 'party_school', month: 6, days: 5, hours: 40, ranks: ['principal', 'leader'], share: 0.9 },
  { title: '学习贯彻党的二十届四中全会精神专题研讨班', organizer: '党委组织部', kind: 'organized', month: 3, days: 3, hours: 24, ranks: ['middle_chief', 'middle_deputy'], share: 0.95 },
  { title: '中层领导干部履职能力提升网络专题培训', organizer: '全国干部教育培训网络学院', kind: 'online', month: 4, days: 60, hours: 40, ranks: ['middle_chief', 'middle_deputy', 'section'], share: 0.9 },
  { title: '省委党校处级干部进修班（春季）', organizer: '中共省委党校', kind: 'party_school', month: 5, days: 10, hours: 60, ranks: ['middle_chief'], share: 0.3 },
  { title: '职业教育“双高”建设与产教融合专题研修', organizer: '教育部职业院校教师素质提高计划', kind: 'academic_training', month: 7, days: 3, hours: 20, ranks: ['middle_chief', 'middle_deputy'], share: 0.5 },
  { title: '科级干部党纪学习教育专题培训', organizer: '党委组织部、纪委办公室', kind: 'organized', month: 9, days: 2, hours: 16, ranks: ['section'], share: 0.92 },
  { title: '廉政教育暨警示教育专题培训', organizer: '纪委办公室', kind: 'organized', month: 10, days: 1, hours: 8, ranks: ['middle_chief', 'middle_deputy', 'section'], share: 0.96 },
  { title: '高校中层干部综合素质提升培训（秋季）', organizer: '党委组织部', kind: 'organized', month: 11, days: 5, hours: 40, ranks: ['middle_chief', 'middle_deputy'], share: 0.85 },
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Three years of training (courses this year up to last month; most cadres meet their hours, some fall short), and a
 * handful of hardships over the years: closed ones from earlier years, one visited and still being helped, one registered
 * last week and not yet visited, one overdue for its visit.
 */
export async function seedTrainingAndCare(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number): Promise<{ records: number; care: number }> {
  const rng = new Rng(seed);
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ref);
  const org = (await tx.select({ id: account.id, roles: account.roles }).from(account).where(eq(account.institutionId, institutionId))).find((a) => (a.roles as string[]).includes('org'))!;
  const posts = await currentPosts(tx, institutionId, ref, gap);
  const year = Number(ref.slice(0, 4));
  let records = 0;
  for (const y of [year - 2, year - 1, year]) {
    for (const c of COURSES) {
      const start = `${y}-${pad(c.month)}-${pad(rng.int(3, 20))}`;
      const end = addDays(start, c.days - 1);
      if (end >= ref) continue;
      const [row] = await tx.insert(trainingCourse).values({ institutionId, title: `${y}年${c.title}`, organizer: c.organizer, kind: c.kind, startDate: start, endDate: end, hours: c.hours, createdBy: org.id }).returning({ id: trainingCourse.id });
      const who = [...new Set(posts.filter((p) => c.ranks.includes(p.rank) && rng.chance(c.share)).map((p) => p.personId))];
      for (let i = 0; i < who.length; i += 500)
        await tx.insert(trainingRecord).values(who.slice(i, i + 500).map((personId) => ({ institutionId, courseId: row.id, personId, hoursTenths: c.hours * 10, source: 'sign_in_sheet', createdBy: org.id })));
      records += who.length;
    }
  }
  const eligible = posts.filter((p) => p.rank !== 'principal' && p.rank !== 'leader');
  const pick = () => eligible.splice(rng.int(0, eligible.length - 1), 1)[0];
  const cases: [string, string, number, [number, string, number | null][], boolean][] = [
    ['serious_illness', '配偶确诊重大疾病住院治疗，家庭负担较重', 120, [[8, '党委组织部部长、所在部门负责人', 2000], [60, '所在部门负责人', null]], true],
    ['family_hardship', '子女患先天性疾病长期治疗，家庭经济困难', 45, [[10, '党委副书记、党委组织部副部长', 3000]], false],
    ['bereavement', '父亲病故', 6, [], false],
    ['major_misfortune', '家中房屋因山洪受损，需异地安置', 24, [], false],
    ['serious_illness', '本人突发心脏疾病住院手术', 420, [[5, '党委书记、党委组织部部长', 3000], [40, '所在部门负责人', null]], true],
    ['bereavement', '母亲病故', 760, [[3, '党委组织部、工会负责同志', 1000]], true],
  ];
  for (const [situation, description, ago, visits, closed] of cases) {
    const p = pick();
    if (!p) continue;
    const registeredOn = addDays(ref, -ago);
    const [c] = await tx
      .insert(careCase)
      .values({ institutionId, personId: p.personId, situation, description, registeredOn, status: closed ? 'closed' : 'open', closedOn: closed ? addDays(registeredOn, 90) : null, createdBy: org.id })
      .returning({ id: careCase.id });
    for (const [after, visitors, amount] of visits)
      await tx.insert(careVisit).values({ institutionId, caseId: c.id, on: addDays(registeredOn, after), visitors, help: amount ? `送去慰问金 ${amount} 元，了解治疗和家庭情况，协调工会困难帮扶` : '回访了解近况，协调调整工作安排', amountYuan: amount, createdBy: org.id });
  }
  return { records, care: cases.length };
}
