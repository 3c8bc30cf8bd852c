import type { AuthContext } from '../../core/auth/context';
import { allows, authorizer, hidden, notOwnCase, type AccessPolicy, type Check, type Refusal } from '../../core/http/authorize';
import type { interview, interviewPlan, writtenInquiry } from '../../core/db/schema';
import { ORGANIZER_LABELS, type Organizer } from './rules/organizer';

/**
 * Who may do what with an interview, a written inquiry (谈话函询) and an interview plan (object level; the permission a
 * route needs at all is its `config.access`). tongren-2016: the discipline office runs the college's interview work and
 * the leading group (领导小组) approves its plans and handling (四（二）（三）, 五（四）); who organizes an interview follows
 * the interviewee's rank (四（二）), who leads it their post (五（一）); the record is for the discipline office, the
 * leading group, the lead and the recorder; an interviewee hands in their material (五（三）). 回避: nobody arranges,
 * takes a step of, or approves the plan of an interview or inquiry of which they are the subject.
 */
type InterviewRow = typeof interview.$inferSelect;
type PlanRow = typeof interviewPlan.$inferSelect;
type InquiryRow = typeof writtenInquiry.$inferSelect;

/** An interview as its checks read it: who leads, records and organizes it, and its interviewees. */
export interface InterviewFacts {
  iv: Pick<InterviewRow, 'leadPersonId' | 'recorderPersonId' | 'organizerKind' | 'organizerDepartmentId' | 'officeSupports'>;
  targetPersonIds: number[];
}
export type InterviewStep = 'hold' | 'waive' | 'close' | 'cancel' | 'propose_handling' | 'decide_handling';

export interface InterviewRecords {
  see: InterviewFacts;
  /** 约谈记录 and the register form that carries it. */
  readRecord: InterviewFacts;
  /** Arranging an interview of these people (回避). */
  arrange: { targetPersonIds: number[] };
  /** Organizing it, as the organizer the rules name for its interviewees (四（二）). */
  organize: { organizer: Organizer; departmentName: string | null; reason: string; article: string | null };
  /** Adding an interview to a plan of this kind. */
  addToPlan: { kind: string };
  /** Any step of the interview (回避); each step's own check follows. */
  takeStep: InterviewFacts & { step: InterviewStep };
  hold: InterviewFacts;
  waive: InterviewFacts;
  close: InterviewFacts;
  cancel: InterviewFacts;
  proposeHandling: InterviewFacts;
  decideHandling: InterviewFacts & { planCitation: string | null };
  /** Handing in an interviewee's material (廉政承诺、说明材料…). */
  handInMaterial: InterviewFacts & { targetPersonId: number };
  downloadMaterial: InterviewFacts & { targetPersonId: number };
  seeInquiry: Pick<InquiryRow, 'targetPersonId'>;
  /** The letter itself: a draft is not yet the person inquired of's business. */
  readInquiry: Pick<InquiryRow, 'targetPersonId' | 'status'>;
  proposeInquiry: { targetPersonId: number };
  sendInquiry: Pick<InquiryRow, 'targetPersonId'>;
  replyInquiry: Pick<InquiryRow, 'targetPersonId'>;
  assessInquiry: Pick<InquiryRow, 'targetPersonId'>;
  seePlan: Pick<PlanRow, 'kind' | 'departmentId'>;
  /** Drawing up a plan of this kind. */
  draftPlan: { kind: string; planCitation: string | null };
  /** Drawing up this department's quarterly plan. */
  draftDepartmentPlan: { departmentId: number };
  /** Submitting or deciding a campaign plan that names these targets (回避). */
  decidePlan: { action: 'submit' | 'approve' | 'return'; targetPersonIds: number[] };
  approvePlan: { planCitation: string | null };
  /** Registering a fact that makes this person a target (三). */
  registerTargetFact: { personId: number };
  /** The department's quarterly statistics (or, without one, the whole college's). */
  reportStatistics: { departmentId: number };
  exportLedger: { departmentId: number | undefined };
  /** The college's figures: supervision and the statistics table. */
  superviseAll: null;
  exportStatistics: null;
}

export const INTERVIEW_HIDDEN = hidden('约谈', 'INTERVIEW.NOT_FOUND');
export const INQUIRY_HIDDEN = hidden('谈话函询', 'INQUIRY.NOT_FOUND');
export const PLAN_HIDDEN = hidden('约谈计划', 'INTERVIEW_PLAN.NOT_FOUND');
export const MATERIAL_HIDDEN = hidden('材料', 'FILE.NOT_FOUND');

/** A department head (a middle cadre of the department) acting for their own department: its plans, statistics, interviews. */
export const headsDepartment = (auth: AuthContext, departmentId: number | null) =>
  departmentId !== null && auth.roles.includes('dept_head') && !auth.scope.all && auth.scope.departmentIds.includes(departmentId);

/** The leading group (领导小组: the secretary as head, the other committee members): the college's leadership. */
export const inLeadingGroup = (auth: AuthContext) => auth.roles.includes('principal') || auth.roles.includes('leader');

/** The discipline office and the leading group see the college's interview figures. */
export const seesAllStatistics = (auth: AuthContext) => auth.permissions.has('interview.manage') || inLeadingGroup(auth);

/** What a user may do with an interview: see it, read its record, organize it, or only hand in their material. */
export function interviewAccess(auth: AuthContext, iv: InterviewFacts['iv'], targetPersonIds: number[]) {
  const manage = auth.permissions.has('interview.manage');
  const mayOrganize = auth.permissions.has('interview.organize');
  const organizes =
    manage ||
    (mayOrganize &&
      ((iv.organizerKind === 'org' && auth.roles.includes('org')) ||
        (iv.officeSupports && auth.roles.includes('office')) ||
        (iv.organizerKind === 'department' && headsDepartment(auth, iv.organizerDepartmentId))));
  const isLead = auth.personId !== null && iv.leadPersonId === auth.personId;
  const isRecorder = auth.personId !== null && iv.recorderPersonId === auth.personId;
  const record = manage || inLeadingGroup(auth) || isLead || isRecorder;
  const isTarget = auth.personId !== null && targetPersonIds.includes(auth.personId);
  return { see: record || organizes || isTarget, record, organizes, isLead, isRecorder, isTarget, manage };
}
const flags = (auth: AuthContext, x: InterviewFacts) => interviewAccess(auth, x.iv, x.targetPersonIds);

/** 回避: each step of an interview as refused to its own subject. */
const OWN_STEP: Record<InterviewStep, string> = {
  hold: '登记本人约谈的实施和记录', waive: '决定免交本人约谈的材料', close: '办结本人的约谈', cancel: '取消本人的约谈',
  propose_handling: '对本人的约谈提出处理意见', decide_handling: '审定本人约谈的处理意见',
};

const NOT_ORGANIZER: Refusal = { status: 403, code: 'INTERVIEW.FORBIDDEN', message: '您不是该约谈的组织实施部门，不能办理' };
const organizes: Check<InterviewFacts> = { allow: (a, x) => flags(a, x).organizes, refuse: NOT_ORGANIZER };
const manages = (message: string, code: Refusal['code'] = 'INQUIRY.FORBIDDEN'): Check<unknown> => ({ allow: (a) => a.permissions.has('interview.manage'), refuse: { status: 403, code, message } });
const ownTargets = <R extends { targetPersonIds: number[] }>(step: string | ((r: R) => string)) => notOwnCase<R>((r) => r.targetPersonIds, step);
const inquiryRecusal = (step: string) => notOwnCase<{ targetPersonId: number }>((w) => [w.targetPersonId], step);
const isMe = (a: AuthContext, personId: number) => personId === a.personId;
/** A check the interviewee the material is for passes whatever it says. */
const unlessMine = <R extends { targetPersonId: number }>(check: Check<R>): Check<R> => ({ allow: (a, x) => isMe(a, x.targetPersonId) || check.allow(a, x), refuse: check.refuse });

/** Campaign plans: discipline and the leading group (and the organizing offices); a department's plans: that department too. */
function seesPlan(auth: AuthContext, p: Pick<PlanRow, 'kind' | 'departmentId'>) {
  if (auth.permissions.has('interview.manage') || inLeadingGroup(auth) || auth.roles.includes('org') || auth.roles.includes('office')) return true;
  return p.kind === 'department' && p.departmentId !== null && !auth.scope.all && auth.scope.departmentIds.includes(p.departmentId) && auth.permissions.has('interview.organize');
}
/** Who edits a plan in its status: a campaign plan the discipline office, a department's the office or its head. */
export const mayEditPlan = (auth: AuthContext, p: Pick<PlanRow, 'kind' | 'departmentId' | 'status'>) =>
  p.kind === 'campaign' ? auth.permissions.has('interview.manage') && ['draft', 'returned'].includes(p.status) : p.status === 'draft' && (auth.permissions.has('interview.manage') || (seesPlan(auth, p) && auth.roles.includes('dept_head')));

export const interviewPolicy: AccessPolicy<InterviewRecords> = {
  see: [{ allow: (a, x) => flags(a, x).see, refuse: INTERVIEW_HIDDEN }],
  readRecord: [{ allow: (a, x) => flags(a, x).see, refuse: INTERVIEW_HIDDEN }, { allow: (a, x) => flags(a, x).record, refuse: INTERVIEW_HIDDEN }],
  arrange: [ownTargets('安排以本人为约谈对象的约谈')],
  organize: [
    {
      allow: (a, { organizer: o }) =>
        a.permissions.has('interview.manage') || (o.kind === 'org' && a.roles.includes('org')) || (o.kind === 'department' && headsDepartment(a, o.departmentId)),
      refuse: (_a, x) => ({
        status: 403, code: 'INTERVIEW.NOT_ORGANIZER', message: `该约谈应由${x.organizer.kind === 'department' ? (x.departmentName ?? '所在部门') : ORGANIZER_LABELS[x.organizer.kind]}组织实施（${x.reason}）`,
        ...(x.article ? { article: x.article } : {}),
      }),
    },
  ],
  addToPlan: [{ allow: (a, p) => p.kind !== 'campaign' || a.permissions.has('interview.manage'), refuse: { status: 403, code: 'INTERVIEW.PLAN', message: '集中约谈计划由纪检监察室制定' } }],
  takeStep: [ownTargets((x) => OWN_STEP[x.step])],
  // The lead registers the interview they led as well (五（一）).
  hold: [{ allow: (a, x) => flags(a, x).organizes || flags(a, x).isLead, refuse: NOT_ORGANIZER }],
  waive: [organizes],
  close: [organizes],
  cancel: [organizes],
  proposeHandling: [organizes],
  // 五（四）: the leading group decides the handling.
  decideHandling: [{ allow: (a) => a.permissions.has('interview.approve'), refuse: (_a, x) => ({ status: 403, code: 'INTERVIEW.FORBIDDEN', message: '处理意见由学校领导小组审定', ...(x.planCitation ? { article: x.planCitation } : {}) }) }],
  // 五（三）: an interviewee hands in their own material, never another interviewee's of the same interview.
  handInMaterial: [
    { allow: (a, x) => isMe(a, x.targetPersonId) || flags(a, x).organizes, refuse: { status: 403, code: 'INTERVIEW.FORBIDDEN', message: '只能由被约谈人本人或组织实施部门提交材料' } },
    unlessMine(ownTargets('代其他约谈对象提交材料')),
  ],
  downloadMaterial: [{ allow: (a, x) => isMe(a, x.targetPersonId) || flags(a, x).record || flags(a, x).organizes, refuse: MATERIAL_HIDDEN }],
  seeInquiry: [{ allow: (a, w) => a.permissions.has('interview.manage') || inLeadingGroup(a) || isMe(a, w.targetPersonId), refuse: INQUIRY_HIDDEN }],
  readInquiry: [
    { allow: (a, w) => a.permissions.has('interview.manage') || inLeadingGroup(a) || isMe(a, w.targetPersonId), refuse: INQUIRY_HIDDEN },
    { allow: (a, w) => !(isMe(a, w.targetPersonId) && w.status === 'draft' && !a.permissions.has('interview.manage')), refuse: INQUIRY_HIDDEN },
  ],
  proposeInquiry: [inquiryRecusal('对本人拟进行谈话函询')],
  sendInquiry: [inquiryRecusal('发出对本人的谈话函询'), manages('谈话函询由纪检监察室发出')],
  // The person inquired of replies themselves (or the discipline office registers their reply).
  replyInquiry: [{ allow: (a, w) => isMe(a, w.targetPersonId) || a.permissions.has('interview.manage'), refuse: { status: 403, code: 'INQUIRY.FORBIDDEN', message: '答复由被函询人本人提交（或由纪检监察室代为登记）' } }],
  assessInquiry: [inquiryRecusal('评估本人的函询答复'), manages('答复由纪检监察室评估')],
  seePlan: [{ allow: seesPlan, refuse: PLAN_HIDDEN }],
  // 四（三）: the discipline office draws up the campaign plan for the leading group; each department its quarterly plan.
  draftPlan: [
    {
      allow: (a, p) => p.kind !== 'campaign' || a.permissions.has('interview.manage'),
      refuse: (_a, p) => ({ status: 403, code: 'INTERVIEW_PLAN.FORBIDDEN', message: '集中约谈计划由纪检监察室制定，报学校领导小组批准', ...(p.planCitation ? { article: p.planCitation } : {}) }),
    },
  ],
  draftDepartmentPlan: [{ allow: (a, p) => a.permissions.has('interview.manage') || headsDepartment(a, p.departmentId), refuse: { status: 403, code: 'INTERVIEW_PLAN.FORBIDDEN', message: '只能制定本部门的约谈计划' } }],
  decidePlan: [ownTargets((x) => (x.action === 'submit' ? '报批将本人列为约谈对象的约谈计划' : '审批将本人列为约谈对象的约谈计划'))],
  approvePlan: [{ allow: (a) => a.permissions.has('interview.approve'), refuse: (_a, p) => ({ status: 403, code: 'INTERVIEW_PLAN.FORBIDDEN', message: '集中约谈计划由学校领导小组审批', ...(p.planCitation ? { article: p.planCitation } : {}) }) }],
  registerTargetFact: [notOwnCase((f) => [f.personId], '登记使本人成为约谈对象的情形')],
  reportStatistics: [{ allow: (a, s) => a.permissions.has('interview.manage') || headsDepartment(a, s.departmentId), refuse: { status: 403, code: 'INTERVIEW_STATS.FORBIDDEN', message: '只能报送本部门的统计表' } }],
  exportLedger: [{ allow: (a, l) => seesAllStatistics(a) || (!!l.departmentId && headsDepartment(a, l.departmentId)), refuse: { status: 403, code: 'INTERVIEW.FORBIDDEN', message: '部门只能导出本部门的约谈台账（请选择本部门）', field: 'departmentId' } }],
  superviseAll: [{ allow: seesAllStatistics, refuse: { status: 403, code: 'INTERVIEW.SUPERVISION_ONLY', message: '约谈工作督导仅纪委和学校领导小组可见' } }],
  exportStatistics: [{ allow: seesAllStatistics, refuse: { status: 403, code: 'INTERVIEW.FORBIDDEN', message: '全院约谈情况统计表由纪委和学校领导小组导出；部门请在“统计报送”中报送本部门统计表' } }],
};

/** Refuses (404 for what the caller may not see, 403 for what they see but may not do) unless the caller may. */
export const authorizeInterview = authorizer(interviewPolicy);
export const mayInterview = <A extends keyof InterviewRecords>(auth: AuthContext, action: A, record: InterviewRecords[A]) => allows(interviewPolicy, auth, action, record);
