import { talk, talkParticipant } from '../../core/db/schema';
import type { Tx } from '../../core/db/client';
import { nextIds, seal } from '../../core/db/sealed';
import { loadTalkFacts } from './facts';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import type { Responsibility } from './rules/responsibility';
import { addDays, diffDays } from '../../core/shared/dates';
import { Rng } from '../../core/demo/random';

const POINTS = [
  '转达组织关心，了解近期思想和工作情况，肯定本年度在专业建设方面的成绩，提醒注意工作方法',
  '听取对部门工作的意见建议，交流年度目标完成情况，提出加强团队协作的要求',
  '了解家庭和生活情况，关心身体健康，鼓励继续发挥业务骨干作用',
  '反馈群众评价，指出在落实工作部署中存在的推进不够及时的问题，本人作了说明',
  '就岗位职责和廉洁自律提出要求，本人表示将严格遵守各项规定',
  '了解教学科研压力和职业发展想法，介绍学院相关支持政策',
];
const PLACES = ['党委组织部会议室', '学院办公楼 302 会议室', '部门办公室', '行政楼第二会议室', '图书馆研讨室'];

/**
 * A year of talks as a real college has them: most leadership pairs on track, most middle cadres talked with, staff
 * coverage that differs by department (some nearly done, some far behind), a few group talks, some talks planned
 * ahead, and recent appointments partly talked with. Built on the real 第六条 responsibilities. A finished year
 * (`finished`: last year, seeded as at its 31 December) is nearly complete, with the few gaps a real year leaves —
 * they stay overdue into this year (talks.carry_over_years).
 */
export async function seedTalks(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number, createdBy: number, finished = false): Promise<number> {
  const rng = new Rng(seed);
  const facts = await loadTalkFacts(tx, institutionId, ref, policy);
  const yearStart = `${ref.slice(0, 4)}-01-01`;
  const span = Math.max(1, diffDays(yearStart, ref));
  const pastDay = () => {
    let d = addDays(yearStart, rng.int(0, span));
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow === 0) d = addDays(d, -2);
    if (dow === 6) d = addDays(d, -1);
    return d < yearStart ? yearStart : d;
  };
  const rows: { kind: string; form: string; status: string; talkDate: string; talkerIds: number[]; subjectIds: number[] }[] = [];
  const add = (talkerIds: number[], subjectIds: number[], kind = 'routine', status = 'held', talkDate = pastDay()) =>
    rows.push({ kind, form: subjectIds.length > 1 ? 'group' : 'individual', status, talkDate, talkerIds, subjectIds });

  const resp = facts.responsibilities;
  const seen = new Set<string>();
  for (const r of resp.filter((x) => x.kind !== 'middle_staff')) {
    for (const talker of r.talkerIds) {
      const pair = [talker, r.subjectId].sort().join('-');
      if (seen.has(pair)) continue;
      seen.add(pair);
      const n = finished
        ? (r.kind === 'principal_leadership' ? rng.pick([1, 2, 2, 2, 2, 2, 2, 2, 2, 3]) : rng.pick([1, 1, 1, 1, 1, 1, 1, 1, 2, 0]))
        : r.kind === 'principal_leadership' ? rng.pick([0, 1, 1, 2, 2, 2, 2]) : rng.pick([0, 1, 1, 1, 1, 2]);
      for (let i = 0; i < n; i++) add([talker], [r.subjectId]);
    }
  }
  // Staff: each department has its own pace; some use a group talk.
  const byDept = new Map<number, Responsibility[]>();
  for (const r of resp.filter((x) => x.kind === 'middle_staff' && x.talkerIds.length)) byDept.set(r.subject.departmentId, [...(byDept.get(r.subject.departmentId) ?? []), r]);
  for (const staff of byDept.values()) {
    const coverage = finished ? rng.pick([0.95, 0.97, 1, 1]) : rng.pick([0.25, 0.45, 0.6, 0.75, 0.85, 0.95]);
    const talkers = staff[0].talkerIds;
    const covered = staff.filter(() => rng.chance(coverage));
    let i = 0;
    if (covered.length >= 8 && rng.chance(0.5)) {
      const group = covered.slice(0, rng.int(4, 8));
      add([rng.pick(talkers)], group.map((r) => r.subjectId));
      i = group.length;
    }
    for (; i < covered.length; i++) add([rng.pick(talkers)], [covered[i].subjectId]);
    // Two talks planned for the coming weeks.
    if (!finished) for (const r of staff.filter((x) => !covered.includes(x)).slice(0, 2)) add([rng.pick(talkers)], [r.subjectId], 'routine', 'scheduled', addDays(ref, rng.int(2, 20)));
  }
  // Recent appointments: about two in three talked with.
  const byId = new Map(resp.map((r) => [r.subjectId, r]));
  for (const o of facts.occasions.filter((x) => x.kind === 'appointment' && x.date >= yearStart)) {
    const r = byId.get(o.personId);
    if (r?.talkerIds.length && rng.chance(0.65)) add([r.talkerIds[0]], [o.personId], 'appointment', 'held', addDays(o.date, rng.int(-5, 20)) > ref ? ref : addDays(o.date, rng.int(-5, 20)));
  }

  let inserted = 0;
  for (let k = 0; k < rows.length; k += 200) {
    const chunk = rows.slice(k, k + 200);
    const newIds = await nextIds(tx, talk, chunk.length);
    const ids = await tx
      .insert(talk)
      .overridingSystemValue()
      .values(
        chunk.map((r, j) => ({
          id: newIds[j],
          institutionId,
          kind: r.kind,
          form: r.form,
          status: r.status,
          talkDate: r.talkDate,
          talkTime: r.status === 'held' ? `${rng.pick(['09', '10', '14', '15', '16'])}:${rng.pick(['00', '30'])}` : null,
          place: r.status === 'held' ? rng.pick(PLACES) : null,
          keyPoints: seal(talk.keyPoints, newIds[j], r.status === 'held' ? rng.pick(POINTS) : null),
          preparationNotes: seal(talk.preparationNotes, newIds[j], rng.chance(0.3) ? '谈话前查阅了年度考核情况和近期工作材料' : null),
          recorderPersonId: r.talkerIds[0],
          createdBy,
        })),
      )
      .returning({ id: talk.id });
    await tx.insert(talkParticipant).values(
      ids.flatMap(({ id }, j) => [
        ...chunk[j].talkerIds.map((personId) => ({ talkId: id, personId, role: 'talker' })),
        ...chunk[j].subjectIds.map((personId) => ({ talkId: id, personId, role: 'subject' })),
      ]),
    );
    inserted += ids.length;
  }
  return inserted;
}
