import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { authorizeInterview } from '../access';
import { tell } from '../../../core/reminders/tell';
import { and, eq } from 'drizzle-orm';
import { department, interview, interviewPlan, interviewTarget, person } from '../../../core/db/schema';
import { seal } from '../../../core/db/sealed';
import { checkClose, checkPlanApproved } from '../rules/guards';
import type { Material } from '../rules/rules';
import { openAccountabilityCase, toleranceRules } from '../../tolerance';
import { interviewContext, ruleError } from '../context';
import type { InterviewAction } from '../http/interviews.schema';
import { facts, getInterview } from '../queries/interviews';
import { refuseRecorderTarget } from './arrange-interview';

/** 实施约谈并记录、免交材料、办结、取消、提出和审定处理意见 (五（三）（四）); an approved handling may open an accountability case. */
export async function takeInterviewStep(deps: AppDeps, req: FastifyRequest, id: number, b: InterviewAction): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const r = await getInterview(db, auth, id);
  const { rules, policy } = await interviewContext(db, deps, auth.institutionId, today);
  const f = facts(r);
  // 回避: a subject of the interview decides, registers or verifies none of its steps.
  authorizeInterview(auth, 'takeStep', { ...f, step: b.action });
  if ('on' in b && b.on > today) throw new AppError('INTERVIEW.FUTURE', '日期不能晚于今天', 400, { field: 'on' });
  await runCommand(db, req, async (tx) => {
    const [iv] = await tx.select().from(interview).where(eq(interview.id, r.iv.id)).for('update');
    const targets = await tx.select().from(interviewTarget).where(eq(interviewTarget.interviewId, iv.id));
    let set: Partial<typeof interview.$inferInsert> = {};
    switch (b.action) {
      case 'hold': {
        authorizeInterview(auth, 'hold', f);
        if (iv.status !== 'planned') throw new AppError('INTERVIEW.STATUS', '该约谈不是待实施状态', 409);
        if (b.heldOn > today) throw new AppError('INTERVIEW.FUTURE', '约谈日期不能晚于今天', 400, { field: 'heldOn' });
        const [plan] = iv.planId ? await tx.select().from(interviewPlan).where(eq(interviewPlan.id, iv.planId)) : [];
        try {
          checkPlanApproved(plan ?? null, '不能实施约谈', rules.planCitation);
        } catch (e) {
          throw ruleError(e);
        }
        const [rec] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.recorderPersonId)));
        if (!rec) throw new AppError('INTERVIEW.RECORDER', '记录人不存在', 400, { field: 'recorderPersonId' });
        refuseRecorderTarget(b.recorderPersonId, targets.map((t) => t.personId));
        set = { status: 'held', heldOn: b.heldOn, record: seal(interview.record, iv.id, b.record), recorderPersonId: b.recorderPersonId };
        // The interviewees whose material (廉政承诺、说明材料…) is still owed are told to hand it in (五（三）).
        for (const t of targets)
          if (t.material && t.material !== 'none' && !t.materialOn && !t.waivedReason)
            await tell(tx, deps.packs, {
              institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [t.personId], event: 'interview.material_due',
              ctx: { id: iv.id, who: '', what: iv.topic, step: VALUE_LABELS[t.material] ?? t.material }, citation: rules.materials.citation,
            });
        break;
      }
      case 'waive': {
        authorizeInterview(auth, 'waive', f);
        const t = targets.find((x) => x.id === b.targetId);
        if (!t) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在', 400, { field: 'targetId' });
        if (t.materialOn || t.waivedReason) throw new AppError('INTERVIEW.MATERIAL_DONE', '该约谈对象的材料已提交或已免交', 409);
        await tx.update(interviewTarget).set({ waivedReason: b.reason, waivedBy: auth.accountId }).where(eq(interviewTarget.id, t.id));
        break;
      }
      case 'close': {
        authorizeInterview(auth, 'close', f);
        const names = new Map(r.targets.map((t) => [t.id, t.name]));
        try {
          checkClose(iv.status, targets.map((t) => ({ name: names.get(t.id) ?? '', material: t.material as Material, submittedOn: t.materialOn, waivedReason: t.waivedReason })), rules.materials.citation);
        } catch (e) {
          throw ruleError(e, { status: 409 });
        }
        if (iv.heldOn && b.on < iv.heldOn) throw new AppError('INTERVIEW.CLOSE_DATE', '办结日期不能早于约谈日期', 400, { field: 'on' });
        set = { status: 'closed', closedOn: b.on };
        break;
      }
      case 'cancel':
        authorizeInterview(auth, 'cancel', f);
        if (iv.status !== 'planned') throw new AppError('INTERVIEW.STATUS', '只有尚未实施的约谈可以取消', 409);
        set = { status: 'cancelled', cancelReason: b.reason };
        break;
      case 'propose_handling':
        authorizeInterview(auth, 'proposeHandling', f);
        if (iv.status !== 'held' && iv.status !== 'closed') throw new AppError('INTERVIEW.STATUS', '约谈实施后才能提出处理意见', 409);
        if (iv.handlingStatus === 'proposed' || iv.handlingStatus === 'approved') throw new AppError('INTERVIEW.HANDLING_EXISTS', '处理意见已提出', 409);
        set = { violationConfirmed: b.violationConfirmed, handlingProposal: b.proposal, handlingStatus: b.violationConfirmed ? 'proposed' : null };
        break;
      case 'decide_handling': {
        authorizeInterview(auth, 'decideHandling', { ...f, planCitation: rules.planCitation });
        if (iv.handlingStatus !== 'proposed') throw new AppError('INTERVIEW.STATUS', '没有待审定的处理意见', 409);
        let caseId: number | null = null;
        if (b.approved && b.openCase) {
          if (!b.accountableDepartmentId) throw new AppError('INTERVIEW.CASE_DEPARTMENT', '启动问责须选择问责部门', 400, { field: 'accountableDepartmentId' });
          const [dept] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), eq(department.id, b.accountableDepartmentId)));
          if (!dept) throw new AppError('INTERVIEW.CASE_DEPARTMENT', '问责部门不存在', 400, { field: 'accountableDepartmentId' });
          if (targets.length !== 1) throw new AppError('INTERVIEW.CASE_GROUP', '集体约谈不能直接启动问责，请对个人分别办理', 409);
          const c = await openAccountabilityCase(tx, auth, toleranceRules(policy, b.on), {
            subjectKind: 'person', subjectPersonId: targets[0].personId, subjectDepartmentId: targets[0].departmentId, accountableDepartmentId: dept.id,
            matter: `经约谈核实：${iv.topic}。处理意见：${iv.handlingProposal ?? ''}`.slice(0, 1000), startedOn: b.on,
          });
          caseId = c.id;
        }
        set = { handlingStatus: b.approved ? 'approved' : 'rejected', handlingDecidedOn: b.on, handlingMeetingRef: b.meetingRef, caseId };
        break;
      }
    }
    if (Object.keys(set).length) await tx.update(interview).set(set).where(eq(interview.id, iv.id));
    return { result: null, audit: { action: `interview.${b.action}`, entityType: 'interview', entityId: iv.id, before: { status: iv.status, handlingStatus: iv.handlingStatus }, after: { ...b, ...set, record: undefined } } };
  });
}
