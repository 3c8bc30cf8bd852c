import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../core/db/client';
import { department, interview, interviewPlan, interviewTarget, person } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { notFound } from '../../../core/shared/errors';
import { ORGANIZER_LABELS } from '../rules/organizer';
import { show } from '../../../core/db/sealed';

export type InterviewRow = typeof interview.$inferSelect;
export type TargetRow = typeof interviewTarget.$inferSelect;

export const INTERVIEW_STATUS_LABELS: Record<string, string> = { planned: '已计划', held: '已约谈，待交材料', closed: '已办结', cancelled: '已取消' };
export const PLAN_STATUS_LABELS: Record<string, string> = { draft: '草拟中', submitted: '待领导小组审批', approved: '已批准', returned: '已退回', filed: '已报备' };
export const HANDLING_LABELS: Record<string, string> = { proposed: '处理意见待审定', approved: '处理意见已审定', rejected: '处理意见未获同意' };
export const ASSESSMENT_LABELS: Record<string, string> = { accepted: '采信了结', further_check: '需进一步核实', interview: '转询问示警约谈', handling: '提出处理意见' };

/** A department head (a middle cadre of the department) acting for their own department: its plans, statistics, interviews. */
export const headsDepartment = (auth: AuthContext, departmentId: number | null) =>
  departmentId !== null && auth.roles.includes('dept_head') && !auth.scope.all && auth.scope.departmentIds.includes(departmentId);

/** The leading group (领导小组: the secretary as head, the other committee members): the college's leadership. */
export const inLeadingGroup = (auth: AuthContext) => auth.roles.includes('principal') || auth.roles.includes('leader');

/** What a user may do with an interview: see it, read its record, organize it, or only hand in their material. */
export function interviewAccess(auth: AuthContext, iv: Pick<InterviewRow, 'leadPersonId' | 'recorderPersonId' | 'organizerKind' | 'organizerDepartmentId' | 'officeSupports'>, targetPersonIds: number[]) {
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

export async function getInterview(ex: Executor, auth: AuthContext, id: number) {
  const [r] = await loadInterviews(ex, auth.institutionId, eq(interview.id, id));
  if (!r) throw notFound('约谈', 'INTERVIEW.NOT_FOUND');
  const access = interviewAccess(auth, r.iv, r.targets.map((t) => t.personId));
  if (!access.see) throw notFound('约谈', 'INTERVIEW.NOT_FOUND');
  return { ...r, access };
}

/** An interview as the user may see it: the record and others' materials only for those entitled to them. */
export function presentInterview(auth: AuthContext, r: LoadedInterview, withRecord: boolean) {
  const iv = r.iv;
  const a = interviewAccess(auth, iv, r.targets.map((t) => t.personId));
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
          mayHandIn: iv.status === 'held' && !t.materialOn && !t.waivedReason && (mine || (a.organizes && !a.isTarget)),
        };
      }),
    // 回避: an interviewee takes no step of their own interview but handing in their material.
    may: {
      hold: iv.status === 'planned' && (a.organizes || a.isLead) && !a.isTarget,
      close: iv.status === 'held' && a.organizes && !a.isTarget,
      cancel: iv.status === 'planned' && a.organizes && !a.isTarget,
      waive: iv.status === 'held' && a.organizes && !a.isTarget,
      proposeHandling: (iv.status === 'held' || iv.status === 'closed') && a.organizes && !a.isTarget && iv.handlingStatus !== 'approved' && iv.handlingStatus !== 'proposed',
      decideHandling: iv.handlingStatus === 'proposed' && auth.permissions.has('interview.approve') && !a.isTarget,
      /** The register form holds the record: for those who may read it. */
      register: a.record,
    },
  };
}
