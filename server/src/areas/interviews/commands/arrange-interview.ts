import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { authorizeInterview } from '../access';
import { tell } from '../../../core/reminders/tell';
import { and, eq, inArray } from 'drizzle-orm';
import { interview, interviewPlan, interviewTarget, person } from '../../../core/db/schema';
import { nextId, seal } from '../../../core/db/sealed';
import { checkForm, checkLead } from '../rules/guards';
import { planInterview } from '../rules/plan';
import { interviewContext, leadContext, ruleError } from '../context';
import type { interviewCreate } from '../http/interviews.schema';

/** 回避: the recorder of an interview is not one of its interviewees. */
export function refuseRecorderTarget(recorderPersonId: number | null | undefined, targetIds: number[]) {
  if (recorderPersonId && targetIds.includes(recorderPersonId)) throw new AppError('INTERVIEW.RECORDER_IS_TARGET', '记录人不能是约谈对象本人（应当回避）', 400, { field: 'recorderPersonId' });
}

/**
 * 安排约谈: targets, form, the lead the rules name (五（一）) or another with a reason, time, place, recorder and outline,
 * by the organizer the rules name for the targets (四（二）); each interviewee is told at once.
 */
export async function arrangeInterview(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof interviewCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules, gapDays } = await interviewContext(db, deps, auth.institutionId, today);
  const targetIds = [...new Set(b.targets.map((t) => t.personId))];
  if (targetIds.length !== b.targets.length) throw new AppError('INTERVIEW.DUPLICATE_TARGET', '约谈对象有重复', 400, { field: 'targets' });
  try {
    checkForm(b.kind, b.form, targetIds.length, b.groupReason, rules);
  } catch (e) {
    throw ruleError(e, { field: 'groupReason' });
  }
  const { ctx, posts } = await leadContext(db, auth.institutionId, today, gapDays);
  const missing = targetIds.filter((id) => !posts.some((p) => p.personId === id));
  if (missing.length) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在或当前没有任职', 400, { field: 'targets' });
  if (targetIds.includes(b.leadPersonId)) throw new AppError('INTERVIEW.LEAD_IS_TARGET', '主谈人不能是约谈对象本人', 400, { field: 'leadPersonId', article: rules.leadCitation ?? undefined });
  refuseRecorderTarget(b.recorderPersonId, targetIds);
  authorizeInterview(auth, 'arrange', { targetPersonIds: targetIds });
  const p = planInterview(targetIds, posts, ctx, b.kind, rules, today, b.leadPersonId);
  let chosen;
  try {
    chosen = checkLead(b.leadPersonId, p.candidates, b.leadReason, rules.leadCitation);
  } catch (e) {
    throw ruleError(e, { field: 'leadPersonId' });
  }
  if (!p.organizer) throw new AppError('INTERVIEW.TARGET', '无法确定约谈对象的任职部门', 400, { field: 'targets' });
  const org = p.organizer.organizer;
  authorizeInterview(auth, 'organize', { organizer: org, departmentName: p.targets[0]?.departmentName ?? null, reason: p.organizer.reason, article: p.organizer.article });
  const people = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, [b.leadPersonId, ...(b.recorderPersonId ? [b.recorderPersonId] : [])])));
  if (!people.some((x) => x.id === b.leadPersonId)) throw new AppError('INTERVIEW.LEAD', '主谈人不存在', 400, { field: 'leadPersonId' });
  if (b.recorderPersonId && !people.some((x) => x.id === b.recorderPersonId)) throw new AppError('INTERVIEW.RECORDER', '记录人不存在', 400, { field: 'recorderPersonId' });
  return runCommand(db, req, async (tx) => {
    if (b.planId) {
      const [plan] = await tx.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, auth.institutionId), eq(interviewPlan.id, b.planId))).for('update');
      if (!plan) throw new AppError('INTERVIEW.PLAN', '约谈计划不存在', 400, { field: 'planId' });
      if (plan.kind === 'campaign' && !['draft', 'returned'].includes(plan.status)) throw new AppError('INTERVIEW.PLAN_LOCKED', '集中约谈计划已报领导小组审批，不能再增加约谈对象', 409, { article: rules.planCitation ?? undefined });
      authorizeInterview(auth, 'addToPlan', plan);
      if (plan.kind === 'department' && (org.kind !== 'department' || plan.departmentId !== org.departmentId)) throw new AppError('INTERVIEW.PLAN', '部门约谈计划只能安排本部门组织实施的约谈', 400, { field: 'planId' });
    }
    const newId = await nextId(tx, interview);
    const [row] = await tx
      .insert(interview)
      .overridingSystemValue()
      .values({
        id: newId, institutionId: auth.institutionId, planId: b.planId, kind: b.kind, form: b.form, groupReason: b.form === 'group' ? b.groupReason : null, topic: b.topic,
        leadPersonId: b.leadPersonId, leadRule: chosen?.rule ?? null, leadArticle: chosen?.article ?? null, leadIfNeeded: chosen?.ifNeeded ?? false, leadReason: chosen ? null : b.leadReason,
        organizerKind: org.kind, organizerDepartmentId: org.kind === 'department' ? org.departmentId : null, officeSupports: p.organizer!.officeSupports,
        recorderPersonId: b.recorderPersonId, scheduledOn: b.scheduledOn, place: b.place, outline: seal(interview.outline, newId, b.outline), source: b.source, createdBy: auth.accountId,
      })
      .returning({ id: interview.id });
    await tx.insert(interviewTarget).values(
      b.targets.map((t) => ({
        institutionId: auth.institutionId, interviewId: row.id, personId: t.personId, departmentId: p.targets.find((x) => x.personId === t.personId)?.departmentId ?? null,
        reason: t.reason, material: rules.materials.value[b.kind],
      })),
    );
    // Each interviewee is told at once: when, where, what kind (约谈通知).
    for (const t of b.targets)
      await tell(tx, deps.packs, {
        institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [t.personId], event: 'interview.scheduled',
        ctx: { id: row.id, who: '', what: b.topic, step: VALUE_LABELS[b.kind] ?? b.kind, due: `${b.scheduledOn}，${b.place}`, reason: t.reason }, citation: rules.kindsCitation,
      });
    return { result: row.id, audit: { action: 'interview.create', entityType: 'interview', entityId: row.id, after: { ...b, organizer: org.kind, leadRule: chosen?.rule ?? null } } };
  });
}
