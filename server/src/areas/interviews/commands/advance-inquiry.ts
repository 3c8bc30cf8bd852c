import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { interviewPlan, person, writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { personsHolding, tell } from '../../../core/reminders/tell';
import { workingDayDeadline } from '../../../core/calendar/deadlines';
import { checkPlanApproved, checkReplyDate, InterviewRuleError } from '../rules/guards';
import { authorizeInterview, INQUIRY_HIDDEN } from '../access';
import { interviewContext, ruleError } from '../context';
import type { inquiryAction } from '../http/interviews.schema';
import { ASSESSMENT_LABELS } from '../queries/interviews';
import type { InquiryRow } from '../queries/inquiries';

/** 发函 (with the reply deadline in working days), 登记答复, 评估答复; whoever must act next is told. */
export async function advanceInquiry(deps: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof inquiryAction>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules, cal } = await interviewContext(db, deps, auth.institutionId, today);
  await runCommand(db, req, async (tx) => {
    const [row] = await tx.select().from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, auth.institutionId), eq(writtenInquiry.id, id))).for('update');
    const w = found(row, INQUIRY_HIDDEN);
    authorizeInterview(auth, 'seeInquiry', w);
    let set: Partial<InquiryRow>;
    try {
      // 回避: the person inquired of replies themselves, and takes no other step of the inquiry.
      if (b.action === 'send') {
        authorizeInterview(auth, 'sendInquiry', w);
        if (w.status !== 'draft') throw new AppError('INQUIRY.STATUS', '该函询已发出', 409);
        if (b.on > today) throw new AppError('INQUIRY.FUTURE', '发函日期不能晚于今天', 400, { field: 'on' });
        if (!w.planId) throw new AppError('INQUIRY.NO_PLAN', '拟进行谈话函询的，须纳入约谈计划并经学校领导小组批准后发函', 409, { article: rules.planCitation ?? undefined });
        const [plan] = await tx.select().from(interviewPlan).where(eq(interviewPlan.id, w.planId));
        checkPlanApproved(plan ?? null, '不能发函', rules.planCitation);
        const due = workingDayDeadline(cal, b.on, rules.inquiryReplyWorkingDays.value);
        set = { status: 'sent', sentOn: b.on, replyDue: due.date, replyDueProvisional: due.provisional };
      } else if (b.action === 'reply') {
        authorizeInterview(auth, 'replyInquiry', w);
        if (w.status !== 'sent') throw new AppError('INQUIRY.STATUS', w.status === 'draft' ? '函询尚未发出' : '已经答复', 409);
        checkReplyDate(w.sentOn, b.on, today);
        set = { status: 'replied', replyOn: b.on, reply: b.reply };
      } else {
        authorizeInterview(auth, 'assessInquiry', w);
        if (w.status !== 'replied') throw new AppError('INQUIRY.STATUS', '尚未答复，不能评估', 409);
        if (b.on > today || (w.replyOn && b.on < w.replyOn)) throw new AppError('INQUIRY.ASSESS_DATE', '评估日期应在答复之后、不晚于今天', 400, { field: 'on' });
        set = { status: 'assessed', assessment: b.assessment, assessedOn: b.on, assessmentNote: b.note };
      }
    } catch (e) {
      throw ruleError(e, { status: e instanceof InterviewRuleError && e.code === 'INTERVIEW.PLAN_NOT_APPROVED' ? 409 : 400, field: 'on' });
    }
    await tx.update(writtenInquiry).set(set).where(eq(writtenInquiry.id, w.id));
    // The person inquired of must reply by the deadline; the reply waits for the discipline office; the assessment is told back.
    const [target] = await tx.select({ name: person.name }).from(person).where(eq(person.id, w.targetPersonId));
    const base = { institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, ctx: { id: w.id, who: target?.name ?? '', what: w.matter, due: set.replyDue ?? null } };
    if (b.action === 'send') await tell(tx, deps.packs, { ...base, recipients: [w.targetPersonId], event: 'inquiry.sent', citation: rules.inquiryReplyWorkingDays.citation });
    else if (b.action === 'reply') await tell(tx, deps.packs, { ...base, recipients: await personsHolding(tx, auth.institutionId, { permission: 'interview.manage' }), event: 'inquiry.replied', citation: rules.inquiryReplyWorkingDays.citation });
    else await tell(tx, deps.packs, { ...base, recipients: [w.targetPersonId], event: 'inquiry.assessed', ctx: { ...base.ctx, decision: ASSESSMENT_LABELS[set.assessment ?? ''] ?? set.assessment, reason: set.assessmentNote }, citation: rules.inquiryReplyWorkingDays.citation });
    return { result: null, audit: { action: `inquiry.${b.action}`, entityType: 'written_inquiry', entityId: w.id, before: { status: w.status }, after: { action: b.action, on: b.on, status: set.status, replyDue: set.replyDue, assessment: set.assessment } } };
  });
}
