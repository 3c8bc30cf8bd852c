import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountabilityCase, correctionMeasure, domainEvent, person, toleranceFollowup, toleranceReview } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { refuseOwnCase } from '../../../core/http/own-case';
import { checkStepDate, followupPriors, measureDonePriors, measureVerifiedPriors } from '../rules/step-dates';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { isoDate } from '../../../core/http/iso-date';
import { idParam } from '../../../core/http/ids';
import { correctionInterviewEvent } from '../rules/events';
import { registerTalkOccasion } from '../../talks';
import { getCase, getReview, isSubject } from '../commands/cases';
import { procedureError } from '../context';
import type { AuthContext } from '../../../core/auth/context';
import { rulesAndCalendar } from '../context';
import { idField, idQuery } from '../../../core/http/ids';

const responsible = alias(person, 'responsible');
const subject = alias(person, 'subject');


const measureOut = z.object({
  id: z.number(), caseId: z.number(), reviewId: z.number().nullable(), kind: z.string(), kindLabel: z.string(), requirement: z.string(),
  responsiblePersonId: z.number(), responsibleName: z.string(), subjectName: z.string(), matter: z.string(), dueDate: z.string(), status: z.string(),
  closedOn: z.string().nullable(), evidence: z.string().nullable(), mayClose: z.boolean(),
  assignedOn: z.string().nullable(), verifiedOn: z.string().nullable(), verification: z.string().nullable(), mayVerify: z.boolean(),
});

/** A case's parties for 回避: the cadre held to account, and the caller when they are the chief of the unit held to account. */
const caseParties = (auth: AuthContext, c: { subjectKind: string; subjectPersonId: number | null; subjectDepartmentId: number | null }) => [c.subjectPersonId, isSubject(auth, c) ? auth.personId : null];

/** Runs the shared step-date check, reported as the API reports a broken guard (409 with the article). */
const checkDate = (...args: Parameters<typeof checkStepDate>) => {
  try {
    checkStepDate(...args);
  } catch (e) {
    throw procedureError(e);
  }
};

export const correctionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/corrections',
    {
      config: { access: 'tolerance.apply' },
      schema: { tags: ['tolerance'], summary: '纠错整改措施：纪委和组织部看全部，责任人看自己负责的', querystring: z.object({ status: z.enum(['open', 'closed']).optional(), caseId: idQuery().optional() }), response: { 200: z.array(measureOut) } },
    },
    async (req) => {
      const auth = req.auth!;
      const all = auth.permissions.has('tolerance.read');
      if (!all && auth.personId === null) return [];
      const rows = await db
        .select({ m: correctionMeasure, responsibleName: responsible.name, subjectName: subject.name, matter: accountabilityCase.matter, subjectKind: accountabilityCase.subjectKind, subjectPersonId: accountabilityCase.subjectPersonId, subjectDepartmentId: accountabilityCase.subjectDepartmentId })
        .from(correctionMeasure)
        .innerJoin(accountabilityCase, eq(accountabilityCase.id, correctionMeasure.caseId))
        .innerJoin(responsible, eq(responsible.id, correctionMeasure.responsiblePersonId))
        .leftJoin(subject, eq(subject.id, accountabilityCase.subjectPersonId))
        .where(
          and(
            eq(correctionMeasure.institutionId, auth.institutionId),
            req.query.status ? eq(correctionMeasure.status, req.query.status) : undefined,
            req.query.caseId ? eq(correctionMeasure.caseId, req.query.caseId) : undefined,
            all ? undefined : eq(correctionMeasure.responsiblePersonId, auth.personId!),
          ),
        )
        .orderBy(desc(correctionMeasure.dueDate));
      return rows.map(({ m, responsibleName, subjectName, matter, subjectKind, subjectPersonId, subjectDepartmentId }) => {
        const party = caseParties(auth, { subjectKind, subjectPersonId, subjectDepartmentId }).some((p) => p !== null && p === auth.personId);
        const handler = auth.permissions.has('tolerance.handle');
        return {
          ...m, kindLabel: VALUE_LABELS[m.kind] ?? m.kind, responsibleName, subjectName: subjectName ?? '（单位）', matter,
          mayClose: m.status === 'open' && (m.responsiblePersonId === auth.personId || (handler && !party)),
          mayVerify: m.status === 'closed' && !m.verifiedOn && handler && !party && m.responsiblePersonId !== auth.personId,
        };
      });
    },
  );

  app.post(
    '/api/corrections',
    {
      config: { access: 'tolerance.handle' },
      schema: {
        tags: ['tolerance'],
        summary: '布置纠错措施（谈话、约谈的措施同时产生相应谈话或约谈事项）',
        body: z.object({
          caseId: idField().describe('问责案件'),
          kind: z.string().describe('纠错方式'),
          requirement: z.string().trim().min(5, '请写明纠错要求（不少于 5 个字）').max(2000, '不能超过 2000 个字').describe('纠错要求'),
          responsiblePersonId: idField('请选择责任人').describe('责任人'),
          dueDate: isoDate.describe('完成期限'),
        }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      if (!rules.correctionMeasures.includes(b.kind))
        throw new AppError('CORRECTION.KIND', `本院规定的纠错方式为：${rules.correctionMeasures.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'kind', article: rules.correctionCitation ?? undefined });
      if (b.dueDate < today) throw new AppError('CORRECTION.DUE_PAST', '完成期限不能早于今天', 400, { field: 'dueDate' });
      const c = await getCase(db, auth.institutionId, b.caseId);
      refuseOwnCase(auth, caseParties(auth, c), '布置本人案件的纠错措施');
      const [resp] = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.responsiblePersonId)));
      if (!resp) throw new AppError('CORRECTION.PERSON', '责任人不存在', 400, { field: 'responsiblePersonId' });
      const id = await runCommand(db, req, async (tx) => {
        const [review] = await tx.select({ id: toleranceReview.id }).from(toleranceReview).where(eq(toleranceReview.caseId, c.id)).orderBy(desc(toleranceReview.id)).limit(1);
        const [m] = await tx
          .insert(correctionMeasure)
          .values({ institutionId: auth.institutionId, caseId: c.id, reviewId: review?.id ?? null, kind: b.kind, requirement: b.requirement, responsiblePersonId: b.responsiblePersonId, assignedOn: today, dueDate: b.dueDate, createdBy: auth.accountId })
          .returning({ id: correctionMeasure.id });
        // The boundary to the talks and interviews areas: a talk measure is a 第五条（一） occasion for a talk; an
        // interview or written inquiry is an event the interviews module subscribes to.
        if (b.kind === 'talk' && c.subjectPersonId)
          await registerTalkOccasion(tx, { institutionId: auth.institutionId, kind: 'deviation', subjectPersonId: c.subjectPersonId, occasionDate: today, note: `容错纠错：${c.matter}`, source: 'tolerance', createdBy: auth.accountId });
        const event = correctionInterviewEvent(auth.institutionId, { id: m.id, kind: b.kind, dueDate: b.dueDate, requirement: b.requirement, caseId: c.id, subjectPersonId: c.subjectPersonId }, today);
        if (event) await tx.insert(domainEvent).values(event);
        return { result: m.id, audit: { action: 'correction.create', entityType: 'correction_measure', entityId: m.id, after: b } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/corrections/:id/close',
    {
      config: { access: 'tolerance.apply' },
      schema: {
        tags: ['tolerance'],
        summary: '纠错措施完成：写明整改情况或佐证',
        params: idParam,
        body: z.object({ on: isoDate.describe('完成日期'), evidence: z.string().trim().min(5, '请写明整改完成情况（不少于 5 个字）').max(3000, '不能超过 3000 个字').describe('整改完成情况') }),
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      return runCommand(db, req, async (tx) => {
        const [m] = await tx.select().from(correctionMeasure).where(and(eq(correctionMeasure.institutionId, auth.institutionId), eq(correctionMeasure.id, req.params.id))).for('update');
        if (!m || !(auth.permissions.has('tolerance.handle') || m.responsiblePersonId === auth.personId)) throw new AppError('CORRECTION.NOT_FOUND', '纠错措施不存在或无权办理', 404);
        const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, m.caseId));
        // The responsible person registers their own measure's completion (the office verifies it); anyone else
        // registering it for them must not be a party to the case.
        if (m.responsiblePersonId !== auth.personId) refuseOwnCase(auth, caseParties(auth, c), '登记本人案件纠错措施的完成情况');
        if (m.status !== 'open') throw new AppError('CORRECTION.CLOSED', '该纠错措施已完成', 409);
        checkDate('CORRECTION', '纠错措施完成', req.body.on, measureDonePriors({ caseStartedOn: c.startedOn, assignedOn: m.assignedOn }), today, rules.correctionCitation);
        await tx.update(correctionMeasure).set({ status: 'closed', closedOn: req.body.on, evidence: req.body.evidence }).where(eq(correctionMeasure.id, m.id));
        return { result: { id: m.id }, audit: { action: 'correction.close', entityType: 'correction_measure', entityId: m.id, before: { status: 'open' }, after: req.body } };
      });
    },
  );

  app.post(
    '/api/corrections/:id/verify',
    {
      config: { access: 'tolerance.handle' },
      schema: {
        tags: ['tolerance'],
        summary: '核实纠错措施的完成情况（纪委、组织部；责任人和案件当事人回避）',
        params: idParam,
        body: z.object({ on: isoDate.describe('核实日期'), note: z.string().trim().min(5, '请写明核实情况（不少于 5 个字）').max(2000, '不能超过 2000 个字').describe('核实情况') }),
        response: { 200: z.object({ id: z.number() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      const article = rules.correctionCitation ?? undefined;
      return runCommand(db, req, async (tx) => {
        const [m] = await tx.select().from(correctionMeasure).where(and(eq(correctionMeasure.institutionId, auth.institutionId), eq(correctionMeasure.id, req.params.id))).for('update');
        if (!m) throw new AppError('CORRECTION.NOT_FOUND', '纠错措施不存在或无权办理', 404);
        const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, m.caseId));
        refuseOwnCase(auth, [m.responsiblePersonId, ...caseParties(auth, c)], '核实本人负责或本人案件的纠错措施', article);
        if (m.status !== 'closed') throw new AppError('CORRECTION.NOT_DONE', '责任人尚未登记整改完成情况，不能核实', 409, { article });
        if (m.verifiedOn) throw new AppError('CORRECTION.VERIFIED', '该纠错措施已核实', 409);
        checkDate('CORRECTION', '核实整改情况', req.body.on, measureVerifiedPriors({ caseStartedOn: c.startedOn, assignedOn: m.assignedOn, closedOn: m.closedOn }), today, rules.correctionCitation);
        await tx.update(correctionMeasure).set({ verifiedOn: req.body.on, verifiedBy: auth.accountId, verification: req.body.note }).where(eq(correctionMeasure.id, m.id));
        return { result: { id: m.id }, audit: { action: 'correction.verify', entityType: 'correction_measure', entityId: m.id, after: req.body } };
      });
    },
  );

  app.get(
    '/api/tolerance-reviews/:id/followups',
    { config: { access: 'tolerance.read' }, schema: { tags: ['tolerance'], summary: '免责干部跟踪回访记录', params: idParam, response: { 200: z.array(z.object({ id: z.number(), on: z.string(), note: z.string() })) } } },
    async (req) => {
      await getReview(db, req.auth!.institutionId, req.params.id);
      return db.select({ id: toleranceFollowup.id, on: toleranceFollowup.on, note: toleranceFollowup.note }).from(toleranceFollowup).where(and(eq(toleranceFollowup.institutionId, req.auth!.institutionId), eq(toleranceFollowup.reviewId, req.params.id))).orderBy(toleranceFollowup.on);
    },
  );

  app.post(
    '/api/tolerance-reviews/:id/followups',
    {
      config: { access: 'tolerance.handle' },
      schema: {
        tags: ['tolerance'],
        summary: '登记对免责干部的跟踪回访',
        params: idParam,
        body: z.object({ on: isoDate.describe('回访日期'), note: z.string().trim().min(5, '请写明回访情况（不少于 5 个字）').max(2000).describe('回访情况') }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      const id = await runCommand(db, req, async (tx) => {
        const [r] = await tx.select().from(toleranceReview).where(and(eq(toleranceReview.institutionId, auth.institutionId), eq(toleranceReview.id, req.params.id)));
        if (!r) throw new AppError('TOLERANCE.NOT_FOUND', '容错申请不存在或无权查看', 404);
        const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, r.caseId));
        refuseOwnCase(auth, [r.applicantPersonId, ...caseParties(auth, c)], '登记对本人的跟踪回访', rules.followup?.citation ?? undefined);
        if (r.outcome !== 'exempt' || !r.decidedOn) throw new AppError('FOLLOWUP.NOT_EXEMPT', '跟踪回访针对经认定免责的干部');
        checkDate('FOLLOWUP', '跟踪回访', req.body.on, followupPriors({ caseStartedOn: c.startedOn, filedOn: r.filedOn, decidedOn: r.decidedOn }), today, rules.followup?.citation ?? null);
        const [f] = await tx.insert(toleranceFollowup).values({ institutionId: auth.institutionId, reviewId: r.id, on: req.body.on, note: req.body.note, recordedBy: auth.accountId }).returning({ id: toleranceFollowup.id });
        return { result: f.id, audit: { action: 'tolerance.followup', entityType: 'tolerance_review', entityId: r.id, after: req.body } };
      });
      return reply.status(201).send({ id });
    },
  );
};
