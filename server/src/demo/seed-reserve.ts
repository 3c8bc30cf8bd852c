import { and, eq, gte } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { account, appraisal, reserveFinding, reserveNomination } from '../db/schema';
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
