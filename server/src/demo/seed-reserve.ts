import { and, eq, gte } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { account, appraisal, inactionCase, inactionStep, reserveFinding, reserveNomination } from '../db/schema';
import type { EffectivePolicy } from '../policy/effective-policy';
import { addDays } from '../shared/dates';
import { currentPosts } from '../modules/interviews/context';
import { Rng } from './random';

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
  const posts = await currentPosts(tx, institutionId, ref, policy.number('incentives.rotation.continuity_gap_days', ref));
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
  const posts = (await currentPosts(tx, institutionId, ref, policy.number('incentives.rotation.continuity_gap_days', ref))).filter((p) => ['middle_deputy', 'section'].includes(p.rank));
  const pick = () => posts.splice(rng.int(0, posts.length - 1), 1)[0];
  const stories: { signal: string; detail: string; ago: number; steps: [string, number, string][]; status: string; deadline?: number; adjustment?: string }[] = [
    { signal: 'complaint', detail: '多名教师反映其负责的实训室设备报修长期无人处理', ago: 150, status: 'corrected', steps: [['remind', 5, '一个月内建立报修台账，逐项处理积压报修（期限见整改要求）'], ['verify', 40, '已改正：积压报修已全部处理，建立了周报制度']] },
    { signal: 'tendency', detail: '日常监督发现其对分管的招生咨询工作推诿扯皮、回复不及时', ago: 35, status: 'reminded', deadline: 20, steps: [['remind', 3, '立即整改咨询回复机制，两周内提交整改报告']] },
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
