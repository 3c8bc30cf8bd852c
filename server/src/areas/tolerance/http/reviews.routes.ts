import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { idParam } from '../../../core/http/ids';
import { fileParams, fileUpload } from '../../sidelines';
import { sendFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { inlineQuery } from '../../../core/files/inline-query';
import { caseOut, reviewAction, reviewCreate, reviewOut, reviewSummary, rulesOut } from './tolerance.schema';
import { label, presentReview, visibleReview } from '../queries/cases';
import { listReviews, myCases } from '../queries/reviews';
import { rulesAndCalendar } from '../context';
import { fileApplication } from '../commands/file-application';
import { recordReviewStep } from '../commands/record-review-step';
import { uploadEvidence } from '../commands/upload-evidence';

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
      const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      return myCases(db, auth, rules, cal, today);
    },
  );

  app.post(
    '/api/tolerance-reviews',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '提出容错申请', body: reviewCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await fileApplication(deps, req, req.body) }),
  );

  app.get(
    '/api/tolerance-reviews',
    {
      config: { access: 'tolerance.read' },
      schema: { tags: ['tolerance'], summary: '容错申请与认定', querystring: z.object({ status: z.string().max(20).optional() }), response: { 200: z.array(reviewSummary) } },
    },
    async (req) => {
      const auth = req.auth!;
      const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, todayIso());
      return listReviews(db, auth.institutionId, req.query.status, rules, cal);
    },
  );

  app.get(
    '/api/tolerance-reviews/:id',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '容错申请与认定详情：时间线与各环节期限', params: idParam, response: { 200: reviewOut } } },
    async (req) => {
      const auth = req.auth!;
      const { r, c } = await visibleReview(db, auth, req.params.id);
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
    async (req) => recordReviewStep(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/tolerance-reviews/:id/files',
    { config: { access: 'tolerance.apply' }, bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags: ['tolerance'], summary: '提交证据材料', params: idParam, body: fileUpload.omit({ kind: true }), response: { 201: z.object({ id: z.number(), sha256: z.string() }) } } },
    async (req, reply) => reply.status(201).send(await uploadEvidence(deps, req, req.params.id, req.body)),
  );

  app.get(
    '/api/tolerance-reviews/:id/files/:fileId',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '下载证据材料（inline=1 时在页面中预览 PDF 和图片）', params: fileParams, querystring: inlineQuery } },
    async (req, reply) => {
      const auth = req.auth!;
      const { r } = await visibleReview(db, auth, req.params.id);
      return sendFile(db, reply, auth.institutionId, 'tolerance_review', r.id, req.params.fileId, { inline: req.query.inline === '1' });
    },
  );
};
