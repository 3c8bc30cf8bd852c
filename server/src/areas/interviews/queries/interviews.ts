import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../core/db/client';
import { department, interview, interviewPlan, interviewTarget, person } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { found } from '../../../core/http/authorize';
import { authorizeInterview, interviewAccess, INTERVIEW_HIDDEN, mayInterview, type InterviewFacts, type InterviewStep } from '../access';
import { ORGANIZER_LABELS } from '../rules/organizer';
import { show } from '../../../core/db/sealed';

export type InterviewRow = typeof interview.$inferSelect;
export type TargetRow = typeof interviewTarget.$inferSelect;

export const INTERVIEW_STATUS_LABELS: Record<string, string> = { planned: '已计划', held: '已约谈，待交材料', closed: '已办结', cancelled: '已取消' };
export const PLAN_STATUS_LABELS: Record<string, string> = { draft: '草拟中', submitted: '待领导小组审批', approved: '已批准', returned: '已退回', filed: '已报备' };
export const HANDLING_LABELS: Record<string, string> = { proposed: '处理意见待审定', approved: '处理意见已审定', rejected: '处理意见未获同意' };
export const ASSESSMENT_LABELS: Record<string, string> = { accepted: '采信了结', further_check: '需进一步核实', interview: '转询问示警约谈', handling: '提出处理意见' };

const lead = alias(person, 'lead');
const recorder = alias(person, 'recorder');
const orgDept = alias(department, 'org_dept');

export async function loadInterviews(ex: Executor, institutionId: number, where?: ReturnType<typeof and>) {
  const rows = await ex
    .select({ iv: interview, leadName: lead.name, recorderName: recorder.name, organizerDepartmentName: orgDept.name, planTitle: interviewPlan.title, planStatus: interviewPlan.status, planKind: interviewPlan.kind })
    .from(interview)
    .innerJoin(lead, eq(lead.id, interview.leadPersonId))
    .leftJoin(recorder, eq(recorder.id, interview.recorderPersonId))
    .leftJoin(orgDept, eq(orgDept.id, interview.organizerDepartmentId))
    .leftJoin(interviewPlan, eq(interviewPlan.id, interview.planId))
    .where(and(eq(interview.institutionId, institutionId), where))
    .orderBy(asc(interview.scheduledOn), asc(interview.id));
  const ids = rows.map((r) => r.iv.id);
  const targets = ids.length
    ? await ex
        .select({ t: interviewTarget, name: person.name, departmentName: department.name })
        .from(interviewTarget)
        .innerJoin(person, eq(person.id, interviewTarget.personId))
        .leftJoin(department, eq(department.id, interviewTarget.departmentId))
        .where(inArray(interviewTarget.interviewId, ids))
        .orderBy(asc(interviewTarget.id))
    : [];
  const byInterview = new Map<number, (TargetRow & { name: string; departmentName: string | null })[]>();
  for (const { t, name, departmentName } of targets) byInterview.set(t.interviewId, [...(byInterview.get(t.interviewId) ?? []), { ...t, name, departmentName }]);
  return rows.map((r) => ({ ...r, targets: byInterview.get(r.iv.id) ?? [] }));
}
export type LoadedInterview = Awaited<ReturnType<typeof loadInterviews>>[number];

/** An interview as its access checks read it. */
export const facts = (r: LoadedInterview): InterviewFacts => ({ iv: r.iv, targetPersonIds: r.targets.map((t) => t.personId) });

export async function getInterview(ex: Executor, auth: AuthContext, id: number) {
  const r = found((await loadInterviews(ex, auth.institutionId, eq(interview.id, id)))[0], INTERVIEW_HIDDEN);
  authorizeInterview(auth, 'see', facts(r));
  return { ...r, access: interviewAccess(auth, r.iv, r.targets.map((t) => t.personId)) };
}

/** An interview as the user may see it: the record and others' materials only for those entitled to them. */
export function presentInterview(auth: AuthContext, r: LoadedInterview, withRecord: boolean) {
  const iv = r.iv;
  const a = interviewAccess(auth, iv, r.targets.map((t) => t.personId));
  const f = facts(r);
  const may = (step: InterviewStep, action: 'hold' | 'waive' | 'close' | 'cancel' | 'proposeHandling') => mayInterview(auth, 'takeStep', { ...f, step }) && mayInterview(auth, action, f);
  const seesArchive = a.record || a.organizes;
  return {
    id: iv.id, planId: iv.planId, planTitle: r.planTitle ?? null, planStatus: r.planStatus ?? null,
    kind: iv.kind, kindLabel: VALUE_LABELS[iv.kind] ?? iv.kind, form: iv.form, formLabel: iv.form === 'group' ? '集体约谈' : '个别约谈', groupReason: iv.groupReason, topic: iv.topic,
    leadPersonId: iv.leadPersonId, leadName: r.leadName, leadRule: iv.leadRule, leadRuleLabel: iv.leadRule ? `${VALUE_LABELS[iv.leadRule] ?? iv.leadRule}${iv.leadIfNeeded ? '（必要时）' : ''}` : null, leadArticle: iv.leadArticle, leadReason: iv.leadReason,
    organizerKind: iv.organizerKind, organizerLabel: iv.organizerKind === 'department' ? (r.organizerDepartmentName ?? '本部门') : ORGANIZER_LABELS[iv.organizerKind as 'org'],
    organizerDepartmentId: iv.organizerDepartmentId, officeSupports: iv.officeSupports,
    recorderPersonId: iv.recorderPersonId, recorderName: r.recorderName ?? null,
    scheduledOn: iv.scheduledOn, place: iv.place, outline: seesArchive ? show(interview.outline, iv.id, iv.outline) : null,
    status: iv.status,
    statusLabel: iv.status === 'held' && r.targets.every((t) => t.materialOn || t.waivedReason) ? '材料已交，待办结' : (INTERVIEW_STATUS_LABELS[iv.status] ?? iv.status), heldOn: iv.heldOn, closedOn: iv.closedOn, cancelReason: iv.cancelReason,
    record: withRecord && a.record ? show(interview.record, iv.id, iv.record) : null, recordHidden: !!iv.record && !(withRecord && a.record),
    violationConfirmed: seesArchive ? iv.violationConfirmed : null, handlingProposal: seesArchive ? iv.handlingProposal : null,
    handlingStatus: seesArchive ? iv.handlingStatus : null, handlingStatusLabel: seesArchive && iv.handlingStatus ? HANDLING_LABELS[iv.handlingStatus] : null,
    handlingDecidedOn: seesArchive ? iv.handlingDecidedOn : null, handlingMeetingRef: seesArchive ? iv.handlingMeetingRef : null, caseId: seesArchive ? iv.caseId : null,
    targets: r.targets
      .filter((t) => seesArchive || t.personId === auth.personId)
      .map((t) => {
        const mine = t.personId === auth.personId;
        return {
          id: t.id, personId: t.personId, name: t.name, departmentName: t.departmentName, reason: seesArchive ? t.reason : null,
          material: t.material, materialLabel: VALUE_LABELS[t.material] ?? t.material, materialOn: t.materialOn,
          materialText: seesArchive || mine ? t.materialText : null, hasFile: t.materialFileId !== null, waivedReason: t.waivedReason, mine,
          mayHandIn: iv.status === 'held' && !t.materialOn && !t.waivedReason && mayInterview(auth, 'handInMaterial', { ...f, targetPersonId: t.personId }),
        };
      }),
    // 回避: an interviewee takes no step of their own interview but handing in their material.
    may: {
      hold: iv.status === 'planned' && may('hold', 'hold'),
      close: iv.status === 'held' && may('close', 'close'),
      cancel: iv.status === 'planned' && may('cancel', 'cancel'),
      waive: iv.status === 'held' && may('waive', 'waive'),
      proposeHandling: (iv.status === 'held' || iv.status === 'closed') && may('propose_handling', 'proposeHandling') && iv.handlingStatus !== 'approved' && iv.handlingStatus !== 'proposed',
      decideHandling: iv.handlingStatus === 'proposed' && mayInterview(auth, 'takeStep', { ...f, step: 'decide_handling' }) && mayInterview(auth, 'decideHandling', { ...f, planCitation: null }),
      /** The register form holds the record: for those who may read it. */
      register: a.record,
    },
  };
}
