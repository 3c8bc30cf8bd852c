import { and, count, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthContext } from '../../../core/auth/context';
import { department, interview, interviewPlan, interviewTarget, writtenInquiry } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { idParam } from '../../../core/http/ids';
import { interviewContext } from '../context';
import { planCreate, planDecision, planQuery } from './interviews.schema';
import { PLAN_STATUS_LABELS } from '../queries/interviews';
import { authorizeInterview, mayEditPlan, mayInterview, PLAN_HIDDEN } from '../access';
import { found } from '../../../core/http/authorize';

const planOut = z.object({
  id: z.number(), kind: z.string(), kindLabel: z.string(), year: z.number(), quarter: z.number().nullable(), departmentId: z.number().nullable(), departmentName: z.string().nullable(),
  title: z.string(), summary: z.string(), status: z.string(), statusLabel: z.string(), submittedOn: z.string().nullable(), approvedOn: z.string().nullable(), meetingRef: z.string().nullable(),
  returnReason: z.string().nullable(), filedOn: z.string().nullable(), interviews: z.number(), held: z.number(), inquiries: z.number(),
  may: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), file: z.boolean() }),
});

type PlanRow = typeof interviewPlan.$inferSelect;

/** Who a plan names as targets: of its interviews (not cancelled) and its written inquiries. */
async function planTargets(ex: Executor, planId: number): Promise<number[]> {
  const [ivs, inquiries] = await Promise.all([
    ex.select({ personId: interviewTarget.personId }).from(interviewTarget).innerJoin(interview, eq(interview.id, interviewTarget.interviewId)).where(and(eq(interview.planId, planId), ne(interview.status, 'cancelled'))),
    ex.select({ personId: writtenInquiry.targetPersonId }).from(writtenInquiry).where(eq(writtenInquiry.planId, planId)),
  ]);
  return [...ivs, ...inquiries].map((x) => x.personId);
}

/** The plans that name a person as a target (回避: they neither submit nor approve them). */
async function plansNaming(ex: Executor, institutionId: number, personId: number): Promise<number[]> {
  const [ivs, inquiries] = await Promise.all([
    ex
      .selectDistinct({ planId: interview.planId })
      .from(interviewTarget)
      .innerJoin(interview, eq(interview.id, interviewTarget.interviewId))
      .where(and(eq(interview.institutionId, institutionId), eq(interviewTarget.personId, personId), isNotNull(interview.planId), ne(interview.status, 'cancelled'))),
    ex.selectDistinct({ planId: writtenInquiry.planId }).from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, institutionId), eq(writtenInquiry.targetPersonId, personId), isNotNull(writtenInquiry.planId))),
  ]);
  return [...ivs, ...inquiries].map((x) => x.planId!);
}

const maySeePlan = (auth: AuthContext, p: PlanRow) => mayInterview(auth, 'seePlan', p);
const mayEdit = mayEditPlan;

export const interviewPlanRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  async function listPlans(auth: AuthContext, where?: ReturnType<typeof and>) {
    const [plans, ivs, inquiries] = await Promise.all([
      db
        .select({ p: interviewPlan, departmentName: department.name })
        .from(interviewPlan)
        .leftJoin(department, eq(department.id, interviewPlan.departmentId))
        .where(and(eq(interviewPlan.institutionId, auth.institutionId), where))
        .orderBy(desc(interviewPlan.year), desc(interviewPlan.quarter), desc(interviewPlan.id)),
      db
        .select({ planId: interview.planId, status: interview.status, n: count() })
        .from(interview)
        .where(and(eq(interview.institutionId, auth.institutionId), isNotNull(interview.planId)))
        .groupBy(interview.planId, interview.status),
      db.select({ planId: writtenInquiry.planId, n: count() }).from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, auth.institutionId), isNotNull(writtenInquiry.planId))).groupBy(writtenInquiry.planId),
    ]);
    const named = auth.personId === null ? [] : await plansNaming(db, auth.institutionId, auth.personId);
    const tally = (planId: number, statuses: string[]) => ivs.filter((x) => x.planId === planId && statuses.includes(x.status)).reduce((n, x) => n + x.n, 0);
    const rows = plans.map((r) => ({
      ...r, interviews: tally(r.p.id, ['planned', 'held', 'closed']), held: tally(r.p.id, ['held', 'closed']), inquiries: inquiries.find((x) => x.planId === r.p.id)?.n ?? 0,
    }));
    return rows
      .filter((r) => maySeePlan(auth, r.p))
      .map(({ p, departmentName, interviews, held, inquiries }) => ({
        ...p, kindLabel: p.kind === 'campaign' ? '集中约谈计划' : '部门季度约谈计划', departmentName, statusLabel: PLAN_STATUS_LABELS[p.status] ?? p.status, interviews, held, inquiries,
        may: {
          edit: mayEdit(auth, p),
          submit: p.kind === 'campaign' && mayEdit(auth, p) && !named.includes(p.id),
          approve: p.kind === 'campaign' && p.status === 'submitted' && auth.permissions.has('interview.approve') && !named.includes(p.id),
          file: p.kind === 'department' && mayEdit(auth, p),
        },
      }));
  }

  app.get(
    '/api/interview-plans',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈计划：集中约谈计划和各部门季度约谈计划', querystring: planQuery, response: { 200: z.array(planOut) } } },
    async (req) =>
      listPlans(req.auth!, and(req.query.year ? eq(interviewPlan.year, req.query.year) : undefined, req.query.kind ? eq(interviewPlan.kind, req.query.kind) : undefined)),
  );

  app.get(
    '/api/interview-plans/:id',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈计划详情', params: idParam, response: { 200: planOut } } },
    async (req) => {
      const [p] = await listPlans(req.auth!, eq(interviewPlan.id, req.params.id));
      return found(p, PLAN_HIDDEN);
    },
  );

  app.post(
    '/api/interview-plans',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '制定集中约谈计划（纪检监察室）或部门季度约谈计划', body: planCreate, response: { 201: planOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const { rules } = await interviewContext(db, deps, auth.institutionId, todayIso());
      authorizeInterview(auth, 'draftPlan', { kind: b.kind, planCitation: rules.planCitation });
      if (b.kind === 'department') {
        if (!b.departmentId) throw new AppError('INTERVIEW_PLAN.DEPARTMENT', '请选择部门', 400, { field: 'departmentId' });
        if (!b.quarter) throw new AppError('INTERVIEW_PLAN.QUARTER', '部门约谈计划按季度报备，请选择季度', 400, { field: 'quarter', article: rules.planCitation ?? undefined });
        authorizeInterview(auth, 'draftDepartmentPlan', { departmentId: b.departmentId });
      }
      const id = await runCommand(db, req, async (tx) => {
        if (b.departmentId) {
          const [d] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), eq(department.id, b.departmentId)));
          if (!d) throw new AppError('INTERVIEW_PLAN.DEPARTMENT', '部门不存在', 400, { field: 'departmentId' });
          const [dup] = await tx.select({ id: interviewPlan.id }).from(interviewPlan).where(and(eq(interviewPlan.departmentId, b.departmentId), eq(interviewPlan.year, b.year), eq(interviewPlan.quarter, b.quarter!)));
          if (dup && b.kind === 'department') throw new AppError('INTERVIEW_PLAN.DUPLICATE', `该部门 ${b.year} 年第 ${b.quarter} 季度的约谈计划已经制定`, 409);
        }
        const [p] = await tx
          .insert(interviewPlan)
          .values({ institutionId: auth.institutionId, kind: b.kind, year: b.year, quarter: b.kind === 'department' ? b.quarter : null, departmentId: b.kind === 'department' ? b.departmentId : null, title: b.title, summary: b.summary, createdBy: auth.accountId })
          .returning({ id: interviewPlan.id });
        return { result: p.id, audit: { action: 'interview_plan.create', entityType: 'interview_plan', entityId: p.id, after: b } };
      });
      const [p] = await listPlans(auth, eq(interviewPlan.id, id));
      return reply.status(201).send(p);
    },
  );

  app.post(
    '/api/interview-plans/:id/actions',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '集中约谈计划报批、领导小组批准或退回；部门季度计划报备', params: idParam, body: planDecision, response: { 200: planOut } } },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules } = await interviewContext(db, deps, auth.institutionId, today);
      const article = rules.planCitation ?? undefined;
      if ('on' in b && b.on > today) throw new AppError('INTERVIEW_PLAN.FUTURE', '日期不能晚于今天', 400, { field: 'on' });
      await runCommand(db, req, async (tx) => {
        const [row] = await tx.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, auth.institutionId), eq(interviewPlan.id, req.params.id))).for('update');
        const p = found(row, PLAN_HIDDEN);
        authorizeInterview(auth, 'seePlan', p);
        let set: Partial<PlanRow> = {};
        // 回避: nobody submits, approves or returns a plan that names them as a target.
        if (p.kind === 'campaign' && b.action !== 'file') authorizeInterview(auth, 'decidePlan', { action: b.action, targetPersonIds: await planTargets(tx, p.id) });
        if (b.action === 'submit') {
          if (p.kind !== 'campaign' || !mayEdit(auth, p)) throw new AppError('INTERVIEW_PLAN.FORBIDDEN', '只有草拟中或已退回的集中约谈计划可以由纪检监察室报批', 409, { article });
          const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(interview).where(and(eq(interview.planId, p.id), sql`${interview.status} <> 'cancelled'`));
          const [{ m }] = await tx.select({ m: sql<number>`count(*)::int` }).from(writtenInquiry).where(eq(writtenInquiry.planId, p.id));
          if (n + m === 0) throw new AppError('INTERVIEW_PLAN.EMPTY', '计划中还没有约谈对象，请先甄选约谈对象、确定主谈人和时间地点', 409, { article });
          set = { status: 'submitted', submittedOn: today, returnReason: null };
        } else if (b.action === 'approve' || b.action === 'return') {
          authorizeInterview(auth, 'approvePlan', { planCitation: rules.planCitation });
          if (p.kind !== 'campaign' || p.status !== 'submitted') throw new AppError('INTERVIEW_PLAN.STATUS', '该计划不在待审批状态', 409);
          set = b.action === 'approve' ? { status: 'approved', approvedOn: b.on, meetingRef: b.meetingRef, approvedBy: auth.accountId } : { status: 'returned', returnReason: b.reason };
        } else {
          if (p.kind !== 'department' || !mayEdit(auth, p)) throw new AppError('INTERVIEW_PLAN.STATUS', '只有草拟中的部门季度计划可以报备', 409);
          set = { status: 'filed', filedOn: b.on };
        }
        await tx.update(interviewPlan).set(set).where(eq(interviewPlan.id, p.id));
        return { result: null, audit: { action: `interview_plan.${b.action}`, entityType: 'interview_plan', entityId: p.id, before: { status: p.status }, after: { ...b, ...set } } };
      });
      const [p] = await listPlans(auth, eq(interviewPlan.id, req.params.id));
      return p;
    },
  );
};
