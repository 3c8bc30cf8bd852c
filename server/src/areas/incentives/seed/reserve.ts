import { and, eq, gte } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { account, appraisal, commendation, commendationNomination, commendationRound, inactionCase, inactionStep, reserveFinding, reserveNomination } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { addDays } from '../../../core/shared/dates';
import { currentPosts } from '../../../core/roster/posts';
import { Rng } from '../../../core/demo/random';
import { incentivesPolicy } from '../policy';

const REASONS = [
  '政治立场坚定，牵头完成专业群建设任务，在“双高”建设中敢于担当、实绩突出，连续考核优秀',
  '长期在招生就业一线工作，急难险重任务面前冲得上去，群众公认度高',
  '在新校区建设中不计得失、任劳任怨，组织协调能力强，善于攻坚克难',
  '思路清晰、善于执行，推动教学质量改进成效明显，民主测评优秀率高',
];

/** A reserve pool as a year of work leaves it: most in the pool, two awaiting review, one not passed, one who left it, and one veto on record. */
export async function seedReserve(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const org = (await tx.select({ id: account.id, roles: account.roles }).from(account).where(eq(account.institutionId, institutionId))).find((a) => (a.roles as string[]).includes('org'))!;
  const year = Number(ref.slice(0, 4));
  const excellent = new Set((await tx.select({ personId: appraisal.personId }).from(appraisal).where(and(eq(appraisal.institutionId, institutionId), eq(appraisal.grade, 'excellent'), gte(appraisal.year, year - 3)))).map((a) => a.personId));
  const posts = await currentPosts(tx, institutionId, ref, policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ref));
  const pool = [...new Map(posts.filter((p) => ['section', 'middle_deputy'].includes(p.rank) && excellent.has(p.personId)).map((p) => [p.personId, p])).values()];
  const plan: [string, number][] = [['approved', 200], ['approved', 180], ['approved', 160], ['approved', 140], ['approved', 300], ['approved', 90], ['nominated', 12], ['nominated', 5], ['rejected', 120], ['removed', 330]];
  let n = 0;
  for (const [status, ago] of plan) {
    const p = pool.splice(rng.int(0, Math.max(0, pool.length - 1)), 1)[0];
    if (!p) break;
    const nominatedOn = addDays(ref, -ago);
    const reviewedOn = status === 'nominated' ? null : addDays(nominatedOn, 20);
    await tx.insert(reserveNomination).values({
      institutionId, personId: p.personId, targetRank: p.rank === 'section' ? 'middle_deputy' : 'middle_chief', reasons: rng.pick(REASONS), nominatedOn, status,
      reviewedOn, reviewNote: status === 'rejected' ? '民主推荐得票未过半数，暂不入库' : reviewedOn ? '经党委会研究，同意纳入后备干部管理' : null,
      removedOn: status === 'removed' ? addDays(nominatedOn, 250) : null, removalReason: status === 'removed' ? '已提拔任用，退出后备干部库' : null, createdBy: org.id,
    });
    n++;
  }
  const vetoed = posts.find((p) => p.rank === 'section' && !excellent.has(p.personId));
  if (vetoed) await tx.insert(reserveFinding).values({ institutionId, personId: vetoed.personId, kind: 'integrity_zero_tolerance', on: addDays(ref, -150), detail: '违规收受服务对象礼品礼金，受到党内警告处分', createdBy: org.id });
  return n;
}

/** 为官不为 as a year leaves it: one corrected after a reminder, one reminded and still within its deadline, one proposed for adjustment. */
export async function seedInaction(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const org = (await tx.select({ id: account.id, roles: account.roles, name: account.displayName }).from(account).where(eq(account.institutionId, institutionId))).find((a) => (a.roles as string[]).includes('org'))!;
  const posts = (await currentPosts(tx, institutionId, ref, policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ref))).filter((p) => ['middle_deputy', 'section'].includes(p.rank));
  const pick = () => posts.splice(rng.int(0, posts.length - 1), 1)[0];
  const stories: { signal: string; detail: string; ago: number; steps: [string, number, string][]; status: string; deadline?: number; adjustment?: string }[] = [
    { signal: 'complaint', detail: '多名教师反映其负责的实训室设备报修长期无人处理', ago: 150, status: 'corrected', steps: [['remind', 5, '一个月内建立报修台账，逐项处理积压报修（期限见整改要求）'], ['verify', 40, '已改正：积压报修已全部处理，建立了周报制度']] },
    { signal: 'inaction_tendency', detail: '日常监督发现其对分管的招生咨询工作推诿扯皮、回复不及时', ago: 35, status: 'reminded', deadline: 20, steps: [['remind', 3, '立即整改咨询回复机制，两周内提交整改报告']] },
    { signal: 'supervision', detail: '巡察反馈其分管的资产清查工作长期不推不动、落实不力', ago: 200, status: 'proposed', adjustment: 'move_post', steps: [['remind', 5, '限期一个月完成资产清查'], ['verify', 40, '未改正：清查进度不足三成'], ['admonish', 45, '诫勉谈话，限期一个月完成'], ['verify', 80, '未改正：仍未完成，且未说明正当理由'], ['propose', 85, '调离岗位：经提醒、诫勉仍未改正']] },
  ];
  let n = 0;
  for (const s of stories) {
    const p = pick();
    if (!p) break;
    const signaledOn = addDays(ref, -s.ago);
    const last = s.steps.filter(([a]) => a === 'remind' || a === 'admonish').at(-1);
    const deadline = s.deadline !== undefined ? addDays(ref, s.deadline) : last ? addDays(signaledOn, last[1] + 30) : null;
    const [c] = await tx
      .insert(inactionCase)
      .values({
        institutionId, personId: p.personId, signal: s.signal, signalDetail: s.detail, signaledOn, status: s.status, requirements: s.steps[0][2], deadline,
        proposedAdjustment: s.adjustment ?? null, proposedOn: s.adjustment ? addDays(signaledOn, s.steps.at(-1)![1]) : null, createdBy: org.id,
      })
      .returning({ id: inactionCase.id });
    await tx.insert(inactionStep).values([
      { institutionId, caseId: c.id, action: 'signal', on: signaledOn, note: s.detail, actorName: org.name },
      ...s.steps.map(([action, after, note]) => ({ institutionId, caseId: c.id, action, on: addDays(signaledOn, after), note, actorName: org.name })),
    ]);
    n++;
  }
  return n;
}

/** Last year's 担当作为好干部 round published with its awards; this year's round taking nominations; a few other awards. */
export async function seedCommendations(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const org = (await tx.select({ id: account.id, roles: account.roles }).from(account).where(eq(account.institutionId, institutionId))).find((a) => (a.roles as string[]).includes('org'))!;
  const year = Number(ref.slice(0, 4));
  const quota = policy.value(incentivesPolicy, 'incentives.commendation.round_quota', ref);
  const posts = (await currentPosts(tx, institutionId, ref, policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ref))).filter((p) => ['middle_chief', 'middle_deputy', 'section'].includes(p.rank));
  const pool = [...new Map(posts.map((p) => [p.personId, p])).values()];
  const pick = () => pool.splice(rng.int(0, pool.length - 1), 1)[0];
  const DEEDS = ['牵头完成新校区搬迁，连续三个月坚守现场，确保开学如期进行', '带领团队获全国职业院校技能大赛一等奖', '在疫情防控和学生安全稳定工作中冲在一线', '推动校企合作订单班建设，毕业生就业率全省领先', '主动承担“双高”建设任务，牵头完成专业群申报'];
  const last = (await tx.insert(commendationRound).values({ institutionId, year: year - 1, title: `${year - 1}年度“担当作为好干部”评选`, quota, status: 'published', decidedOn: `${year - 1}-12-18`, meetingRef: `党委会纪要〔${year - 1}〕52号`, publishedOn: `${year - 1}-12-20`, publicUntil: `${year - 1}-12-25`, createdBy: org.id }).returning({ id: commendationRound.id }))[0].id;
  let n = 0;
  for (let i = 0; i < Math.min(quota + 3, pool.length); i++) {
    const p = pick();
    const awarded = i < Math.min(quota, 6);
    await tx.insert(commendationNomination).values({ institutionId, roundId: last, personId: p.personId, deeds: rng.pick(DEEDS), status: awarded ? 'awarded' : 'not_awarded', createdBy: org.id });
    if (awarded) {
      await tx.insert(commendation).values({ institutionId, personId: p.personId, title: `${year - 1}年度“担当作为好干部”`, issuer: '学院党委', awardedOn: `${year - 1}-12-20`, roundId: last, createdBy: org.id });
      n++;
    }
  }
  const current = (await tx.insert(commendationRound).values({ institutionId, year, title: `${year}年度“担当作为好干部”评选`, quota, status: 'nominating', createdBy: org.id }).returning({ id: commendationRound.id }))[0].id;
  for (let i = 0; i < 5 && pool.length; i++) await tx.insert(commendationNomination).values({ institutionId, roundId: current, personId: pick().personId, deeds: rng.pick(DEEDS), createdBy: org.id });
  for (const [title, issuer] of [['全省教育系统优秀共产党员', '省委教育工委'], ['全省高校招生工作先进个人', '省教育厅']] as const) {
    const p = pick();
    if (p) await tx.insert(commendation).values({ institutionId, personId: p.personId, title, issuer, awardedOn: addDays(ref, -rng.int(60, 400)), createdBy: org.id });
  }
  return n;
}
