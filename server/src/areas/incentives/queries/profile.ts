import { and, eq, inArray } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { accountabilityCase, appraisal, careCase, commendation, careVisit, department, inactionCase, interview, interviewTarget, outsideOrg, post, reserveNomination, sideline, talk, talkParticipant, tenure, toleranceReview, trainingCourse, trainingRecord } from '../../../core/db/schema';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { inLeadingGroup } from '../../interviews';
import { departmentOfPost, postOfTenure } from '../../../core/db/joins';

/** One entry of a person's record (一人一档). */
export interface ProfileEvent {
  date: string;
  area: string;
  title: string;
  detail: string | null;
}

const word = (k: string | null | undefined) => (k ? (VALUE_LABELS[k] ?? k) : '');

/**
 * Everything the system holds on a person, as dated entries, each area shown only to the roles allowed it:
 * tenures, appraisals and training to whoever may see the person; talks without their notes; sidelines to the ledger
 * keepers and the person; reserve status, care and inaction to the organization department (care also to the
 * person); interviews to discipline and the leading group; tolerance matters to those who read them. The person
 * sees their own record but never the interview record or others' notes.
 */
export async function personProfile(ex: Executor, auth: AuthContext, personId: number, gradeLabels: Record<string, string>): Promise<{ events: ProfileEvent[]; areas: string[] }> {
  const self = auth.personId === personId;
  const can = (p: Parameters<typeof auth.permissions.has>[0]) => auth.permissions.has(p);
  const inst = auth.institutionId;
  const show = {
    sidelines: can('sideline.ledger') || self,
    reserve: can('reserve.manage'),
    care: can('care.manage') || self,
    inaction: can('inaction.manage'),
    interviews: can('interview.manage') || inLeadingGroup(auth) || self,
    tolerance: can('tolerance.read') || self,
  };
  const none = Promise.resolve([] as never[]);
  const [tenures, grades, training, talks, sidelines, reserve, care, visits, inaction, interviews, cases, awards] = await together(ex, [
    () => ex.select({ t: tenure, title: post.title, dept: department.name }).from(tenure).innerJoin(post, postOfTenure).innerJoin(department, departmentOfPost).where(and(eq(tenure.institutionId, inst), eq(tenure.personId, personId))),
    () => ex.select().from(appraisal).where(and(eq(appraisal.institutionId, inst), eq(appraisal.personId, personId))),
    () => ex.select({ c: trainingCourse, tenths: trainingRecord.hoursTenths }).from(trainingRecord).innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId)).where(and(eq(trainingRecord.institutionId, inst), eq(trainingRecord.personId, personId))),
    () => ex
      .select({ kind: talk.kind, date: talk.talkDate, role: talkParticipant.role })
      .from(talkParticipant)
      .innerJoin(talk, eq(talk.id, talkParticipant.talkId))
      .where(and(eq(talk.institutionId, inst), eq(talkParticipant.personId, personId), eq(talk.status, 'held'))),
    () => show.sidelines ? ex.select({ s: sideline, org: outsideOrg.name }).from(sideline).innerJoin(outsideOrg, eq(outsideOrg.id, sideline.orgId)).where(and(eq(sideline.institutionId, inst), eq(sideline.personId, personId))) : none,
    () => show.reserve ? ex.select().from(reserveNomination).where(and(eq(reserveNomination.institutionId, inst), eq(reserveNomination.personId, personId))) : none,
    () => show.care ? ex.select().from(careCase).where(and(eq(careCase.institutionId, inst), eq(careCase.personId, personId))) : none,
    () => show.care ? ex.select({ v: careVisit }).from(careVisit).innerJoin(careCase, eq(careCase.id, careVisit.caseId)).where(and(eq(careVisit.institutionId, inst), eq(careCase.personId, personId))) : none,
    () => show.inaction ? ex.select().from(inactionCase).where(and(eq(inactionCase.institutionId, inst), eq(inactionCase.personId, personId))) : none,
    () => show.interviews
      ? ex.select({ iv: interview }).from(interviewTarget).innerJoin(interview, eq(interview.id, interviewTarget.interviewId)).where(and(eq(interview.institutionId, inst), eq(interviewTarget.personId, personId), inArray(interview.status, ['held', 'closed'])))
      : none,
    () => show.tolerance
      ? ex.select({ c: accountabilityCase, outcome: toleranceReview.outcome, decidedOn: toleranceReview.decidedOn }).from(accountabilityCase).leftJoin(toleranceReview, eq(toleranceReview.caseId, accountabilityCase.id)).where(and(eq(accountabilityCase.institutionId, inst), eq(accountabilityCase.subjectPersonId, personId)))
      : none,
    () => ex.select().from(commendation).where(and(eq(commendation.institutionId, inst), eq(commendation.personId, personId))),
  ]);
  const events: ProfileEvent[] = [];
  for (const a of awards) events.push({ date: a.awardedOn, area: '表彰奖励', title: a.title, detail: a.issuer });
  for (const { t, title, dept } of tenures) {
    events.push({ date: t.startDate, area: '任职', title: `任${dept}${title}`, detail: [t.appointDocNo, t.appointReason].filter(Boolean).join('，') || null });
    if (t.endDate) events.push({ date: t.endDate, area: '任职', title: `免去${dept}${title}`, detail: [t.endDocNo, t.endReason].filter(Boolean).join('，') || null });
  }
  for (const g of grades) events.push({ date: g.recordedOn, area: '年度考核', title: `${g.year} 年度考核：${gradeLabels[g.grade] ?? g.grade}`, detail: can('appraisal.manage') || self ? g.reason : null });
  for (const { c, tenths } of training) events.push({ date: c.endDate, area: '教育培训', title: c.title, detail: `${c.organizer}，${word(c.kind)}，${tenths / 10} 学时` });
  for (const t of talks) events.push({ date: t.date, area: '谈心谈话', title: `${word(t.kind)}（${t.role === 'talker' ? '作为谈话人' : '作为谈话对象'}）`, detail: null });
  for (const { s, org } of sidelines) events.push({ date: s.startDate, area: '兼职', title: `兼任${org}${s.postTitle}`, detail: s.endDate ? `至 ${s.endDate}` : '在任' });
  for (const r of reserve) events.push({ date: r.nominatedOn, area: '后备干部', title: `推荐为后备干部（拟任${word(r.targetRank)}）：${({ nominated: '待审核', approved: '在库', rejected: '未通过', removed: '已退出' } as Record<string, string>)[r.status] ?? r.status}`, detail: r.reasons });
  for (const c of care) events.push({ date: c.registeredOn, area: '关怀帮扶', title: `${word(c.situation)}`, detail: c.description });
  for (const { v } of visits) events.push({ date: v.on, area: '关怀帮扶', title: `走访慰问（${v.visitors}）`, detail: v.help });
  for (const c of inaction) events.push({ date: c.signaledOn, area: '为官不为', title: `反映不作为：${c.signalDetail}`, detail: c.decision ? `决定：${word(c.decision)}` : null });
  for (const { iv } of interviews) events.push({ date: iv.heldOn ?? iv.scheduledOn, area: '干部约谈', title: `${word(iv.kind)}：${iv.topic}`, detail: null });
  for (const { c, outcome, decidedOn } of cases) {
    events.push({ date: c.startedOn, area: '问责与容错', title: `问责：${c.matter}`, detail: c.handling });
    if (outcome && decidedOn) events.push({ date: decidedOn, area: '问责与容错', title: `容错认定：${word(outcome)}`, detail: null });
  }
  events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const areas = ['任职', '年度考核', '表彰奖励', '教育培训', '谈心谈话', ...(show.sidelines ? ['兼职'] : []), ...(show.reserve ? ['后备干部'] : []), ...(show.care ? ['关怀帮扶'] : []), ...(show.inaction ? ['为官不为'] : []), ...(show.interviews ? ['干部约谈'] : []), ...(show.tolerance ? ['问责与容错'] : [])];
  return { events, areas };
}
