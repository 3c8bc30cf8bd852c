import { personsHolding, tell } from '../../../core/reminders/tell';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthContext } from '../../../core/auth/context';
import { department, interviewPlan, person, writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { found } from '../../../core/http/authorize';
import { chinaDateOf, todayIso } from '../../../core/shared/dates';
import { writeAudit } from '../../../core/audit/audit.writer';
import { idParam } from '../../../core/http/ids';
import { workingDayDeadline } from '../../../core/calendar/deadlines';
import { checkPlanApproved, checkReplyDate, InterviewRuleError } from '../rules/guards';
import { interviewContext, leadContext, ruleError } from '../context';
import { inquiryAction, inquiryCreate, yearQuery } from './interviews.schema';
import { ASSESSMENT_LABELS } from '../queries/interviews';
import { authorizeInterview, inLeadingGroup, INQUIRY_HIDDEN, mayInterview } from '../access';

const STATUS: Record<string, string> = { draft: '待发函', sent: '待答复', replied: '已答复，待评估', assessed: '已评估' };

const inquiryOut = z.object({
  id: z.number(), planId: z.number().nullable(), planTitle: z.string().nullable(), planStatus: z.string().nullable(), targetPersonId: z.number(), targetName: z.string(),
  departmentName: z.string().nullable(), matter: z.string(), questions: z.string(), status: z.string(), statusLabel: z.string(), sentOn: z.string().nullable(),
  replyDue: z.string().nullable(), replyDueProvisional: z.boolean(), replyOn: z.string().nullable(), reply: z.string().nullable(), assessment: z.string().nullable(),
  assessmentLabel: z.string().nullable(), assessedOn: z.string().nullable(), assessmentNote: z.string().nullable(), overdue: z.boolean(), mine: z.boolean(),
  may: z.object({ send: z.boolean(), reply: z.boolean(), assess: z.boolean() }),
});

type Row = typeof writtenInquiry.$inferSelect;
const maySee = (auth: AuthContext, w: Row) => mayInterview(auth, 'seeInquiry', w);

export const writtenInquiryRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  async function list(auth: AuthContext, where?: ReturnType<typeof and>) {
    const today = todayIso();
    const rows = await db
      .select({ w: writtenInquiry, targetName: person.name, departmentName: department.name, planTitle: interviewPlan.title, planStatus: interviewPlan.status })
      .from(writtenInquiry)
      .innerJoin(person, eq(person.id, writtenInquiry.targetPersonId))
      .leftJoin(department, eq(department.id, writtenInquiry.departmentId))
      .leftJoin(interviewPlan, eq(interviewPlan.id, writtenInquiry.planId))
      .where(and(eq(writtenInquiry.institutionId, auth.institutionId), where))
      .orderBy(desc(writtenInquiry.id));
    const manage = auth.permissions.has('interview.manage');
    return rows
      .filter((r) => maySee(auth, r.w))
      .map(({ w, targetName, departmentName, planTitle, planStatus }) => {
        const mine = w.targetPersonId === auth.personId;
        const seesAll = manage || inLeadingGroup(auth);
        return {
          ...w, targetName, departmentName, planTitle: planTitle ?? null, planStatus: planStatus ?? null, statusLabel: STATUS[w.status] ?? w.status,
          matter: seesAll || w.status !== 'draft' ? w.matter : '', assessment: seesAll ? w.assessment : null, assessmentLabel: seesAll && w.assessment ? ASSESSMENT_LABELS[w.assessment] : null,
          assessmentNote: seesAll ? w.assessmentNote : null, overdue: w.status === 'sent' && !!w.replyDue && w.replyDue < today, mine,
          may: { send: w.status === 'draft' && mayInterview(auth, 'sendInquiry', w), reply: w.status === 'sent' && mayInterview(auth, 'replyInquiry', w), assess: w.status === 'replied' && mayInterview(auth, 'assessInquiry', w) },
        };
      });
  }

  app.get(
    '/api/written-inquiries',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '谈话函询：纪委和领导小组看全部，被函询人看本人的', querystring: yearQuery, response: { 200: z.array(inquiryOut) } } },
    async (req) => {
      const auth = req.auth!;
      const rows = await list(auth);
      // A draft letter is not yet the interviewee's business.
      const visible = rows.filter((r) => mayInterview(auth, 'readInquiry', r));
      return req.query.year ? visible.filter((r) => (r.sentOn ?? chinaDateOf(r.createdAt)).startsWith(String(req.query.year))) : visible;
    },
  );

  app.get(
    '/api/written-inquiries/:id',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '谈话函询详情（查看留痕）', params: idParam, response: { 200: inquiryOut } } },
    async (req) => {
      const auth = req.auth!;
      const w = found((await list(auth, eq(writtenInquiry.id, req.params.id)))[0], INQUIRY_HIDDEN);
      authorizeInterview(auth, 'readInquiry', w);
      await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'inquiry.read', entityType: 'written_inquiry', entityId: w.id, ip: req.ip, outcome: 'success' });
      return w;
    },
  );

  app.post(
    '/api/written-inquiries',
    { config: { access: 'interview.manage' }, schema: { tags: ['interviews'], summary: '拟进行谈话函询（纳入约谈计划，经领导小组批准后发函）', body: inquiryCreate, response: { 201: inquiryOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules, gapDays } = await interviewContext(db, deps, auth.institutionId, today);
      const { posts } = await leadContext(db, auth.institutionId, today, gapDays);
      authorizeInterview(auth, 'proposeInquiry', b);
      const own = posts.filter((p) => p.personId === b.targetPersonId);
      if (!own.length) throw new AppError('INQUIRY.TARGET', '被函询人不存在或当前没有任职', 400, { field: 'targetPersonId' });
      const id = await runCommand(db, req, async (tx) => {
        if (b.planId) {
          const [plan] = await tx.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, auth.institutionId), eq(interviewPlan.id, b.planId)));
          if (!plan || plan.kind !== 'campaign') throw new AppError('INQUIRY.PLAN', '谈话函询纳入集中约谈计划', 400, { field: 'planId', article: rules.planCitation ?? undefined });
          if (!['draft', 'returned'].includes(plan.status)) throw new AppError('INQUIRY.PLAN_LOCKED', '约谈计划已报领导小组审批，不能再增加函询', 409, { article: rules.planCitation ?? undefined });
        }
        const [w] = await tx
          .insert(writtenInquiry)
          .values({ institutionId: auth.institutionId, planId: b.planId, targetPersonId: b.targetPersonId, departmentId: own[0].departmentId, matter: b.matter, questions: b.questions, source: b.source, createdBy: auth.accountId })
          .returning({ id: writtenInquiry.id });
        return { result: w.id, audit: { action: 'inquiry.create', entityType: 'written_inquiry', entityId: w.id, after: { ...b, matter: undefined } } };
      });
      const [w] = await list(auth, eq(writtenInquiry.id, id));
      return reply.status(201).send(w);
    },
  );

  app.post(
    '/api/written-inquiries/:id/actions',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '发函（计算答复期限）、登记答复、评估答复', params: idParam, body: inquiryAction, response: { 200: inquiryOut } } },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules, cal } = await interviewContext(db, deps, auth.institutionId, today);
      await runCommand(db, req, async (tx) => {
        const [row] = await tx.select().from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, auth.institutionId), eq(writtenInquiry.id, req.params.id))).for('update');
        const w = found(row, INQUIRY_HIDDEN);
        authorizeInterview(auth, 'seeInquiry', w);
        let set: Partial<Row> = {};
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
      const [w] = await list(auth, eq(writtenInquiry.id, req.params.id));
      return w;
    },
  );
};
