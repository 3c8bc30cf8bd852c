import { tellFiled, tellStep } from '../notices';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountabilityCase, toleranceReview, toleranceStep } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { checkFiling, filingDeadline, type CaseStage } from '../rules/window';
import { STATUS_LABELS, type ReviewStatus } from '../rules/procedure';
import { idParam } from '../../../core/http/ids';
import { fileParams, fileUpload } from '../../sidelines';
import { decodeUpload, sendFile, storeFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { checkApplicationContent, insertApplication } from '../commands/application';
import { caseOut, reviewAction, reviewCreate, reviewOut, reviewSummary, rulesOut } from './tolerance.schema';
import type { AuthContext } from '../../../core/auth/context';
import { getCase, getReview, isSubject, label, listCases, maySeeCase, presentReview, scheduleOf, subjectCondition } from '../commands/cases';
import { procedureError, rulesAndCalendar } from '../context';
import { recordAction } from '../commands/review-actions';

export const toleranceReviewRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/tolerance/rules',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '本院容错纠错规定：申请方式、容错情形、免责保护事项（来自政策包）', response: { 200: rulesOut } } },
    async (req) => {
      const { rules } = await rulesAndCalendar(db, deps, req.auth!.institutionId, todayIso());
      return {
        strategy: rules.strategy, strategyLabel: VALUE_LABELS[rules.strategy] ?? rules.strategy, strategyCitation: rules.filing.citation,
        grounds: rules.grounds.map(label), groundsCitation: rules.groundsCitation, windowWorkingDays: rules.filing.workingDays ?? null,
        protections: rules.protections.map(label), protectionsCitation: rules.protectionsCitation, privateGainCitation: rules.procedure.privateGainCitation,
        maxDeferralMonths: rules.procedure.maxDeferralMonths, hasFilingStep: rules.procedure.filingRoles.length > 0,
        correctionMeasures: rules.correctionMeasures.map(label), correctionCitation: rules.correctionCitation,
        clearanceScopes: rules.clearance.scopes.map(label), clearanceCitation: rules.clearance.scopesCitation,
        dispositions: rules.clearance.dispositions.map(label), dispositionsCitation: rules.clearance.dispositionsCitation,
      };
    },
  );

  app.get(
    '/api/tolerance/mine',
    {
      config: { access: 'tolerance.apply' },
      schema: {
        tags: ['tolerance'],
        summary: '我（或我负责的单位）被问责的案件及容错申请',
        response: { 200: z.array(caseOut.extend({ window: z.object({ open: z.boolean(), until: z.string().nullable(), provisional: z.boolean(), reason: z.string().nullable(), article: z.string().nullable() }) })) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const mine = await listCases(db, auth.institutionId, subjectCondition(auth));
      const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      return mine.reverse().map((c) => {
        const pending = c.reviewStatus && c.reviewStatus !== 'refused';
        const refusal = pending ? { message: '已有容错申请（认定）', article: null } : checkFiling(rules.filing, { stage: c.stage as CaseStage, startedOn: c.startedOn }, today, cal);
        const until = filingDeadline(rules.filing, { stage: c.stage as CaseStage, startedOn: c.startedOn }, cal);
        return { ...c, window: { open: !refusal, until: until?.date ?? null, provisional: until?.provisional ?? false, reason: refusal?.message ?? null, article: refusal?.article ?? null } };
      });
    },
  );

  app.post(
    '/api/tolerance-reviews',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '提出容错申请', body: reviewCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const c = await getCase(db, auth.institutionId, b.caseId);
      if (!isSubject(auth, c)) throw new AppError('TOLERANCE.NOT_SUBJECT', '只有被问责的干部本人（或被问责单位的主要负责人）可以提出容错申请', 403, { field: 'caseId' });
      const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      const refusal = checkFiling(rules.filing, { stage: c.stage as CaseStage, startedOn: c.startedOn }, today, cal);
      if (refusal) throw new AppError(refusal.code, refusal.message, 409, { field: 'caseId', article: refusal.article ?? undefined });
      await checkApplicationContent(db, auth.institutionId, rules, c, b, today);
      const id = await runCommand(db, req, async (tx) => {
        const rid = await insertApplication(tx, auth, rules, c, { applicantPersonId: auth.personId, grounds: b.grounds, facts: b.facts, filedOn: today });
        await tellFiled(tx, deps.packs, auth, rid, rules);
        return { result: rid, audit: { action: 'tolerance.apply', entityType: 'tolerance_review', entityId: rid, after: { caseId: c.id, grounds: b.grounds, facts: b.facts } } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/tolerance-reviews',
    {
      config: { access: 'tolerance.read' },
      schema: { tags: ['tolerance'], summary: '容错申请与认定', querystring: z.object({ status: z.string().max(20).optional() }), response: { 200: z.array(reviewSummary) } },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const rows = await db
        .select()
        .from(toleranceReview)
        .where(and(eq(toleranceReview.institutionId, auth.institutionId), req.query.status ? eq(toleranceReview.status, req.query.status) : undefined))
        .orderBy(desc(toleranceReview.filedOn), desc(toleranceReview.id));
      const caseIds = [...new Set(rows.map((r) => r.caseId))];
      const cases = new Map((caseIds.length ? await listCases(db, auth.institutionId, and(inArray(accountabilityCase.id, caseIds))) : []).map((c) => [c.id, c]));
      const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      return rows.map((r) => {
        const c = cases.get(r.caseId)!;
        const next = scheduleOf(r, c, rules, cal).find((s) => !s.doneOn);
        return {
          id: r.id, caseId: r.caseId, origin: r.origin, subjectName: c.subjectName, matter: c.matter, filedOn: r.filedOn, status: r.status,
          statusLabel: STATUS_LABELS[r.status as ReviewStatus] ?? r.status, outcome: r.outcome, nextDue: next?.due ?? null, nextLabel: next?.label ?? null,
        };
      });
    },
  );

  /** A review and its case, for a caller who may see the case. */
  const visible = async (auth: AuthContext, id: number) => {
    const r = await getReview(db, auth.institutionId, id);
    const c = await getCase(db, auth.institutionId, r.caseId);
    if (!maySeeCase(auth, c)) throw new AppError('TOLERANCE.NOT_FOUND', '容错申请不存在或无权查看', 404);
    return { r, c };
  };

  app.get(
    '/api/tolerance-reviews/:id',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '容错申请与认定详情：时间线与各环节期限', params: idParam, response: { 200: reviewOut } } },
    async (req) => {
      const auth = req.auth!;
      const { r, c } = await visible(auth, req.params.id);
      const today = todayIso();
      const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      return presentReview(db, auth, r, c, rules, cal, today);
    },
  );

  app.post(
    '/api/tolerance-reviews/:id/actions',
    {
      config: { access: 'tolerance.handle' },
      schema: { tags: ['tolerance'], summary: '办理容错认定的一个环节：受理、调查、听取陈述、报告、认定意见、党委认定、反馈、公开、备案、办结', params: idParam, body: reviewAction, response: { 200: z.object({ id: z.number(), status: z.string() }) } },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      try {
        return await runCommand(db, req, async (tx) => {
          const done = await recordAction(tx, auth, req.params.id, req.body, rules, today);
          await tellStep(tx, deps.packs, auth, req.params.id, req.body, rules);
          return done;
        });
      } catch (e) {
        throw procedureError(e);
      }
    },
  );

  app.post(
    '/api/tolerance-reviews/:id/files',
    { config: { access: 'tolerance.apply' }, bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags: ['tolerance'], summary: '提交证据材料', params: idParam, body: fileUpload.omit({ kind: true }), response: { 201: z.object({ id: z.number(), sha256: z.string() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const { r, c } = await visible(auth, req.params.id);
      const handler = auth.permissions.has('tolerance.handle') && r.applicantPersonId !== auth.personId;
      if (!handler && !isSubject(auth, c)) throw new AppError('TOLERANCE.NOT_FOUND', '容错申请不存在或无权查看', 404);
      if (!['submitted', 'investigating'].includes(r.status)) throw new AppError('TOLERANCE.FILES_CLOSED', '调查核实结束后不能再提交证据材料', 409);
      const { bytes, mimeType } = await decodeUpload(req.body.contentBase64);
      const row = await runCommand(db, req, async (tx) => {
        const f = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'tolerance_review', ownerId: r.id, kind: 'evidence', fileName: req.body.fileName, bytes, mimeType, uploadedBy: auth.accountId });
        await tx.insert(toleranceStep).values({ institutionId: auth.institutionId, reviewId: r.id, action: 'upload', on: todayIso(), accountId: auth.accountId, actorName: auth.displayName, summary: req.body.fileName });
        return { result: f, audit: { action: 'tolerance.file_upload', entityType: 'tolerance_review', entityId: r.id, after: { fileName: req.body.fileName, size: bytes.length, sha256: f.sha256 } } };
      });
      return reply.status(201).send(row);
    },
  );

  app.get(
    '/api/tolerance-reviews/:id/files/:fileId',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '下载证据材料', params: fileParams } },
    async (req, reply) => {
      const auth = req.auth!;
      const { r } = await visible(auth, req.params.id);
      return sendFile(db, reply, auth.institutionId, 'tolerance_review', r.id, req.params.fileId);
    },
  );
};
