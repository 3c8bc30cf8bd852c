import { nextIds, seal } from '../../src/core/db/sealed';
import { EffectivePolicy } from '../../src/core/policy/effective-policy';
import { interview, interviewPlan, interviewStatistics, interviewTarget } from '../../src/areas/interviews/db';
import { accountabilityCase, toleranceReview } from '../../src/areas/tolerance/db';
import { tolerancePolicy } from '../../src/areas/tolerance/policy';
import { appraisal, appraisalCycle } from '../../src/areas/incentives/db';
import { interviewRules, type InterviewKind } from '../../src/areas/interviews/rules/rules';
import { outsideOrg, sideline, talk, talkParticipant } from '../../src/core/db/schema';
import { usccCheckChar } from '../../src/areas/sidelines/rules/uscc';
import { addDays, addYears } from '../../src/core/shared/dates';
import { packs } from './database';
import { TEST_TODAY, daysAgo, touch, type College } from './factories';

/** Area rows for factory-built tests (see factories.ts): talks, outside organizations, sideline posts held, interviews,
 * accountability cases, appraisal cycles and grades. */

let seq = 0;

/**
 * Creates: one talk (routine, individual unless more than one subject) between the talkers and subjects, held
 * TEST_TODAY − 10 days at 15:00 in 学院会议室 with key points (sealed, as the app stores them), recorded by the first
 * talker; `status: 'scheduled'` leaves time, place and key points empty.
 */
export async function newTalk(
  c: College,
  opts: { talkerIds: number[]; subjectIds: number[]; status?: 'held' | 'scheduled'; talkDate?: string; kind?: string; keyPoints?: string; createdBy?: number },
) {
  const status = opts.status ?? 'held';
  const held = status === 'held';
  const [id] = await nextIds(c.db, talk, 1);
  await c.db
    .insert(talk)
    .overridingSystemValue()
    .values({
      id,
      institutionId: c.id,
      kind: opts.kind ?? 'routine',
      form: opts.subjectIds.length > 1 ? 'group' : 'individual',
      status,
      talkDate: opts.talkDate ?? daysAgo(10),
      talkTime: held ? '15:00' : null,
      place: held ? '学院会议室' : null,
      keyPoints: seal(talk.keyPoints, id, held ? (opts.keyPoints ?? '了解思想、工作和生活情况，肯定成绩，指出不足') : null),
      recorderPersonId: opts.talkerIds[0],
      createdBy: opts.createdBy ?? 0,
    });
  await c.db.insert(talkParticipant).values([
    ...opts.talkerIds.map((personId) => ({ talkId: id, personId, role: 'talker' })),
    ...opts.subjectIds.map((personId) => ({ talkId: id, personId, role: 'subject' })),
  ]);
  await touch(c);
  return { id };
}

/** A valid 统一社会信用代码 (GB 32100), different each call. */
export function newUscc(): string {
  const body = `5134010010${String(1000000 + ++seq).slice(1)}X`.slice(0, 17);
  return body + usccCheckChar(body);
}

/** Creates: one outside organization (an association in the cadre's field, registered with a valid code, unless told). */
export async function newOutsideOrg(c: College, opts: { name?: string; kind?: string; relatedField?: boolean; foreignBackground?: boolean; hostileBackground?: boolean } = {}) {
  const n = ++seq;
  const [row] = await c.db
    .insert(outsideOrg)
    .values({
      institutionId: c.id,
      name: opts.name ?? `测试学会${n}`,
      kind: opts.kind ?? 'association',
      uscc: opts.kind === 'international_academic' || opts.kind === 'academic_journal' ? null : newUscc(),
      relatedField: opts.relatedField ?? true,
      foreignBackground: opts.foreignBackground ?? false,
      hostileBackground: opts.hostileBackground ?? false,
      createdBy: 0,
    })
    .returning();
  await touch(c);
  return row;
}

/**
 * Creates: one outside post the person holds (registered, active, with terms) in the organization (a new association
 * unless told): 理事, first term, begun a year ago for five years, approved for `approvedRank` (middle_chief unless told);
 * with `endedOn`, resigned and its end registered on that day.
 */
export async function newSideline(
  c: College,
  opts: { personId: number; orgId?: number; postTitle?: string; startDate?: string; endDate?: string | null; approvedRank?: string; hasTerms?: boolean; registeredAt?: string; endedOn?: string },
) {
  const orgId = opts.orgId ?? (await newOutsideOrg(c)).id;
  const startDate = opts.startDate ?? daysAgo(365);
  const [row] = await c.db
    .insert(sideline)
    .values({
      institutionId: c.id,
      personId: opts.personId,
      orgId,
      postTitle: opts.postTitle ?? '理事',
      hasTerms: opts.hasTerms ?? true,
      startDate,
      endDate: opts.endDate === undefined ? addYears(startDate, 5) : opts.endDate,
      firstHeldSince: startDate,
      approvedRank: opts.approvedRank ?? 'middle_chief',
      registeredAt: opts.registeredAt ?? startDate,
      registrationNo: `兼职备〔${startDate.slice(0, 4)}〕${seq}号`,
      ...(opts.endedOn ? { status: 'ended', endKind: 'resigned', endedOn: opts.endedOn, endRegisteredAt: opts.endedOn } : {}),
    })
    .returning();
  await touch(c);
  return row;
}

/** What the college's pack asks an interviewee of this kind to hand in (五（三）), as the app fixes it when planning. */
function materialFor(c: College, kind: InterviewKind) {
  const policy = new EffectivePolicy(c.packId, packs.get(c.packId)!.suggestedAdoptions, packs);
  return interviewRules(policy, TEST_TODAY).materials.value[kind];
}

/**
 * Creates: one individual interview (prevention unless told) of the targets, led by `leadPersonId`, organized by the
 * discipline office unless told, scheduled and held TEST_TODAY − 5 days in 纪委会议室 with a record (sealed, as the app
 * stores it); `status: 'planned'` leaves it unheld. Each target owes the kind's material, none handed in.
 */
export async function newInterview(
  c: College,
  opts: {
    targetIds: number[];
    leadPersonId: number;
    kind?: InterviewKind;
    status?: 'planned' | 'held';
    organizerKind?: 'discipline' | 'org' | 'department';
    organizerDepartmentId?: number;
    targetDepartmentId?: number;
    recorderPersonId?: number;
    topic?: string;
    on?: string;
    record?: string;
    planId?: number;
  },
) {
  const kind = opts.kind ?? 'prevention';
  const held = (opts.status ?? 'held') === 'held';
  const on = opts.on ?? daysAgo(5);
  const [id] = await nextIds(c.db, interview, 1);
  await c.db
    .insert(interview)
    .overridingSystemValue()
    .values({
      id,
      institutionId: c.id,
      planId: opts.planId ?? null,
      kind,
      form: opts.targetIds.length > 1 ? 'group' : 'individual',
      groupReason: opts.targetIds.length > 1 ? '同类问题集体提醒' : null,
      topic: opts.topic ?? '岗位廉政风险提醒',
      leadPersonId: opts.leadPersonId,
      organizerKind: opts.organizerKind ?? 'discipline',
      organizerDepartmentId: opts.organizerDepartmentId ?? null,
      recorderPersonId: opts.recorderPersonId ?? null,
      scheduledOn: on,
      place: '纪委会议室',
      status: held ? 'held' : 'planned',
      heldOn: held ? on : null,
      record: seal(interview.record, id, held ? (opts.record ?? '主谈人提出廉洁从政要求，约谈对象作廉政表态。') : null),
      createdBy: 0,
    });
  const targets = await c.db
    .insert(interviewTarget)
    .values(opts.targetIds.map((personId) => ({ institutionId: c.id, interviewId: id, personId, departmentId: opts.targetDepartmentId ?? null, material: materialFor(c, kind) })))
    .returning({ id: interviewTarget.id, personId: interviewTarget.personId });
  await touch(c);
  return { id, targets };
}

/** Creates: a department's quarterly interview plan (四（三）), filed with the discipline office on `filedOn`. */
export async function newDepartmentPlan(c: College, opts: { departmentId: number; year: number; quarter: number; filedOn: string }) {
  const [row] = await c.db
    .insert(interviewPlan)
    .values({ institutionId: c.id, kind: 'department', year: opts.year, quarter: opts.quarter, departmentId: opts.departmentId, title: `${opts.year} 年第 ${opts.quarter} 季度约谈计划`, summary: '本季度对科级及以下党员干部开展预防提醒谈话。', status: 'filed', filedOn: opts.filedOn, createdBy: 0 })
    .returning({ id: interviewPlan.id });
  await touch(c);
  return row;
}

/** Creates: a department's quarterly 《党员干部约谈情况统计表》 (六（一）), reported on `reportedOn`: one prevention interview. */
export async function newInterviewStatistics(c: College, opts: { departmentId: number; year: number; quarter: number; reportedOn: string }) {
  const [row] = await c.db
    .insert(interviewStatistics)
    .values({ institutionId: c.id, departmentId: opts.departmentId, year: opts.year, quarter: opts.quarter, reportedOn: opts.reportedOn, figures: { prevention: 1, inquiry: 0, admonition: 0, accountability: 0 }, note: null, createdBy: 0 })
    .returning({ id: interviewStatistics.id });
  await touch(c);
  return row;
}

/**
 * Creates: one accountability case against the person, held to account by `accountableDepartmentId`, started
 * TEST_TODAY unless told, at stage `started` with no tolerance review (as under a pack where the cadre applies).
 */
export async function newAccountabilityCase(c: College, opts: { subjectPersonId: number; accountableDepartmentId: number; subjectDepartmentId?: number; startedOn?: string; matter?: string }) {
  const [row] = await c.db
    .insert(accountabilityCase)
    .values({
      institutionId: c.id,
      subjectKind: 'person',
      subjectPersonId: opts.subjectPersonId,
      subjectDepartmentId: opts.subjectDepartmentId ?? null,
      accountableDepartmentId: opts.accountableDepartmentId,
      matter: opts.matter ?? '实训室安全检查整改不及时，被上级通报',
      startedOn: opts.startedOn ?? TEST_TODAY,
      createdBy: 0,
    })
    .returning();
  await touch(c);
  return row;
}

/**
 * Creates: the tolerance committee's decision on the case (the cadre's application, filed 30 days before `decidedOn`),
 * decided `decidedOn` (TEST_TODAY − 5 days unless told) with `outcome` (exempt unless told); an exemption protects what
 * the college's pack names (`tolerance.exempt_protections`), cited as the pack cites it; a mitigation's impact period
 * runs until `impactUntil` (none unless told).
 */
export async function newToleranceDecision(c: College, opts: { caseId: number; applicantPersonId: number; outcome?: 'exempt' | 'mitigate' | 'deny'; decidedOn?: string; impactUntil?: string }) {
  const outcome = opts.outcome ?? 'exempt';
  const decidedOn = opts.decidedOn ?? daysAgo(5);
  const protections = new EffectivePolicy(c.packId, packs.get(c.packId)!.suggestedAdoptions, packs).param(tolerancePolicy, 'tolerance.exempt_protections', decidedOn);
  const [row] = await c.db
    .insert(toleranceReview)
    .values({
      institutionId: c.id, caseId: opts.caseId, origin: 'application', strategy: 'apply_to_accountable_department_during_investigation', applicantPersonId: opts.applicantPersonId, grounds: ['pilot_exploration'],
      facts: '承担试点任务，缺乏经验导致失误，已主动报告并完成整改。', noPrivateGainPledge: true, filedOn: addDays(decidedOn, -30), status: 'decided', outcome, decidedOn,
      meetingRef: '党委会议纪要〔2026〕1号', impactUntil: outcome === 'mitigate' ? (opts.impactUntil ?? null) : null, protections: outcome === 'exempt' ? protections.value : [], protectionCitation: outcome === 'exempt' ? protections.source.citation : null, createdBy: 0,
    })
    .returning();
  await touch(c);
  return row;
}

/**
 * Creates: the college's appraisal cycle for `year` (TEST_YEAR unless told), open, duty reports due on 12-31 of the
 * year; `closed` closes it on 12-31.
 */
export async function newAppraisalCycle(c: College, opts: { year?: number; closed?: boolean } = {}) {
  const year = opts.year ?? Number(TEST_TODAY.slice(0, 4));
  const [row] = await c.db
    .insert(appraisalCycle)
    .values({ institutionId: c.id, year, dutyReportDue: `${year}-12-31`, status: opts.closed ? 'closed' : 'open', closedOn: opts.closed ? `${year}-12-31` : null, createdBy: 0 })
    .returning();
  await touch(c);
  return row;
}

/** Creates: one person's grade in the cycle (competent unless told), recorded on 12-20 of the cycle's year or TEST_TODAY, whichever is earlier. */
export async function newAppraisal(c: College, opts: { cycle: { id: number; year: number }; personId: number; departmentId?: number; grade?: string; reason?: string; caseIds?: number[] }) {
  const recordedOn = [`${opts.cycle.year}-12-20`, TEST_TODAY].sort()[0];
  const [row] = await c.db
    .insert(appraisal)
    .values({ institutionId: c.id, cycleId: opts.cycle.id, year: opts.cycle.year, personId: opts.personId, departmentId: opts.departmentId ?? null, grade: opts.grade ?? 'competent', reason: opts.reason ?? null, caseIds: opts.caseIds ?? [], recordedOn, recordedBy: 0 })
    .returning();
  await touch(c);
  return row;
}
