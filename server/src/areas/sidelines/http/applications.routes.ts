import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, outsideOrg, person, sideline, sidelineApplication, sidelineDecision, sidelineFile } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { checkUscc, USCC_MESSAGES } from '../rules/uscc';
import { isSamePost, termRuleOf } from '../rules/terms';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { ChainError, chainFor, submit, type ChainState, type Step } from '../rules/approval-chain';
import { rankGroup } from '../rules/eligibility';
import { idParam } from '../../../core/http/ids';
import { sidelineDecisionRoutes } from './decisions.routes';
import { tellStepWaiting } from '../notices';
import { authorizeSideline } from '../access';
import { applicantContext, blockingError, derivedTerm, firstHeldOf, termNote, checkApplication, getOrg, mayDecide, presentApplication, stepLabel, visibleApplication, type Application } from '../queries/applications';
import { decodeUpload, sendFile, storeFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import {
  applicationFields,
  applicationListQuery,
  applicationOut,
  applicationSummary,
  fileParams,
  fileUpload,
  findingOut,
  orgCreate,
  orgOut,
} from './sidelines.schema';
import { sidelinesPolicy } from '../policy';
import type { PolicyKey } from '../../../core/policy/policy-keys';

const DOMESTIC = ['association', 'foundation', 'private_nonprofit', 'enterprise'];

function assertDates(f: z.infer<typeof applicationFields>, termsArticle: string | null) {
  if (f.hasTerms && !f.endDate) throw new AppError('SIDELINE.END_REQUIRED', '实行任期制的兼职须填写本届任期结束日期', 400, { field: 'endDate', article: termsArticle ?? undefined });
  if (f.endDate && f.endDate <= f.startDate) throw new AppError('SIDELINE.TERM_DATES', '任期结束日期应晚于开始日期', 400, { field: 'endDate' });
  if (f.firstHeldSince && f.firstHeldSince > f.startDate) throw new AppError('SIDELINE.FIRST_HELD', '首次兼任日期不能晚于本次任职开始日期', 400, { field: 'firstHeldSince' });
}

const chainError = (e: unknown) => (e instanceof ChainError ? new AppError(e.code, e.message, 409) : e);

export const sidelineApplicationsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  // ---- Outside organizations -------------------------------------------------------------------------------
  app.get(
    '/api/outside-orgs',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '兼职单位', querystring: z.object({ q: z.string().trim().max(50).optional() }), response: { 200: z.array(orgOut) } } },
    async (req) => {
      const rows = await db
        .select()
        .from(outsideOrg)
        .where(and(eq(outsideOrg.institutionId, req.auth!.institutionId), req.query.q ? sql`${outsideOrg.name} ILIKE ${`%${req.query.q}%`}` : undefined))
        .orderBy(outsideOrg.name)
        .limit(200);
      return rows;
    },
  );

  app.post(
    '/api/outside-orgs',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '登记兼职单位', body: orgCreate, response: { 201: orgOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      if (DOMESTIC.includes(b.kind) && !b.uscc) throw new AppError('SIDELINE.USCC_REQUIRED', '社会团体、基金会、民办非企业单位和企业须填写统一社会信用代码', 400, { field: 'uscc' });
      const usccProblem = b.uscc ? checkUscc(b.uscc) : null;
      if (usccProblem) throw new AppError('SIDELINE.USCC_INVALID', USCC_MESSAGES[usccProblem], 400, { field: 'uscc' });
      if (b.collegeInvestment !== 'none' && b.kind !== 'enterprise') throw new AppError('SIDELINE.INVESTMENT_KIND', '学院出资（全资、控股、参股）只适用于企业', 400, { field: 'collegeInvestment' });
      const row = await runCommand(db, req, async (tx) => {
        const [dup] = await tx.select({ id: outsideOrg.id }).from(outsideOrg).where(and(eq(outsideOrg.institutionId, auth.institutionId), eq(outsideOrg.name, b.name)));
        if (dup) throw new AppError('SIDELINE.ORG_EXISTS', `“${b.name}”已登记，请直接选择`, 409, { field: 'name' });
        const [r] = await tx.insert(outsideOrg).values({ ...b, institutionId: auth.institutionId, createdBy: auth.accountId }).returning();
        return { result: r, audit: { action: 'sideline.org_create', entityType: 'outside_org', entityId: r.id, after: b } };
      });
      return reply.status(201).send(row);
    },
  );

  // ---- Checks, drafts, files ---------------------------------------------------------------------------------
  app.get(
    '/api/sideline-applications/rules',
    {
      config: { access: 'sideline.apply' },
      schema: {
        tags: ['sidelines'],
        summary: '申请时适用的规定：须附材料、届数和年限（来自政策包）',
        response: { 200: z.object({ requiredFiles: z.array(z.object({ kind: z.string(), label: z.string() })), filesArticle: z.string().nullable(), maxTerms: z.number(), maxYears: z.number(), termsArticle: z.string().nullable() }) },
      },
    },
    async (req) => {
      const today = todayIso();
      const { policy } = await policyFor(db, deps.packs, req.auth!.institutionId);
      const files = policy.param(sidelinesPolicy, 'sidelines.required_attachments', today);
      const terms = policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', today);
      return {
        requiredFiles: files.value.map((kind) => ({ kind, label: VALUE_LABELS[kind] ?? kind })),
        filesArticle: files.source.citation,
        maxTerms: terms.value,
        maxYears: policy.value(sidelinesPolicy, 'sidelines.max_years_without_term', today),
        termsArticle: terms.source.citation,
      };
    },
  );

  app.post(
    '/api/sideline-applications/check',
    {
      config: { access: 'sideline.apply' },
      schema: {
        tags: ['sidelines'],
        summary: '按《领导干部兼职管理办法》即时检查拟兼职务（不保存）',
        body: applicationFields,
        response: { 200: z.object({ findings: z.array(findingOut), rank: z.string().nullable(), steps: z.array(z.object({ kind: z.string(), label: z.string() })), termNumber: z.number().describe('届次：按本人任职记录计算'), termNote: z.string() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      if (auth.personId === null) throw new AppError('SIDELINE.NO_PERSON', '当前账号未关联干部，不能申请兼职', 403);
      const today = todayIso();
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      const org = await getOrg(db, auth.institutionId, req.body.orgId);
      const { findings, rank, term } = await checkApplication(db, auth.institutionId, policy, auth.personId, req.body, org, today);
      const group = rankGroup(rank);
      const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', today).value;
      const steps = group ? chainFor(chains, group, findings.some((f) => f.severity === 'extra_step'), []).map((s) => ({ kind: s.kind, label: stepLabel(s.kind) })) : [];
      return { findings, rank, steps, termNumber: term.termNumber, termNote: termNote(term, termRuleOf(policy, today).article) };
    },
  );

  app.post(
    '/api/sideline-applications',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '填写兼职申请（草稿）；届次由系统按任职记录计算，不采用填写的届次', body: applicationFields, response: { 201: z.object({ id: z.number(), termNumber: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      if (auth.personId === null) throw new AppError('SIDELINE.NO_PERSON', '当前账号未关联干部，不能申请兼职', 403);
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      assertDates(req.body, policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', todayIso()).source.citation);
      await getOrg(db, auth.institutionId, req.body.orgId);
      if (req.body.continuesSidelineId) await assertOwnSideline(auth, req.body.continuesSidelineId);
      const { termNumber } = await derivedTerm(db, auth.institutionId, policy, auth.personId, req.body, todayIso());
      const id = await runCommand(db, req, async (tx) => {
        const { commitment, termNumber: _typed, ...typed } = req.body;
        const fields = { ...typed, termNumber };
        const [row] = await tx
          .insert(sidelineApplication)
          .values({ ...fields, institutionId: auth.institutionId, applicantPersonId: auth.personId!, committedAt: commitment ? new Date() : null, createdBy: auth.accountId })
          .returning({ id: sidelineApplication.id });
        return { result: row.id, audit: { action: 'sideline.draft', entityType: 'sideline_application', entityId: row.id, after: fields } };
      });
      return reply.status(201).send({ id, termNumber });
    },
  );

  async function assertOwnSideline(auth: AuthContext, id: number) {
    const [s] = await db.select().from(sideline).where(and(eq(sideline.institutionId, auth.institutionId), eq(sideline.id, id)));
    if (!s || s.personId !== auth.personId) throw new AppError('SIDELINE.UNKNOWN_SIDELINE', '要续任或重新审批的兼职不存在或不是本人的兼职', 400, { field: 'continuesSidelineId' });
    if (s.status === 'ended') throw new AppError('SIDELINE.SIDELINE_ENDED', '该兼职已办结，不能续任；请作为新的兼职申请', 400, { field: 'continuesSidelineId' });
    return s;
  }

  async function editable(auth: AuthContext, id: number): Promise<Application> {
    const a = await visibleApplication(db, auth, id, 'editApplication');
    if (a.status !== 'draft' && a.status !== 'returned') throw new AppError('SIDELINE.NOT_EDITABLE', '申请已送审或已办结，不能修改', 409);
    return a;
  }

  app.patch(
    '/api/sideline-applications/:id',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '修改兼职申请（草稿或退回修改时）；届次由系统按任职记录计算', params: idParam, body: applicationFields, response: { 200: z.object({ id: z.number(), termNumber: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const a = await editable(auth, req.params.id);
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      assertDates(req.body, policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', todayIso()).source.citation);
      await getOrg(db, auth.institutionId, req.body.orgId);
      if (req.body.continuesSidelineId) await assertOwnSideline(auth, req.body.continuesSidelineId);
      const { termNumber } = await derivedTerm(db, auth.institutionId, policy, a.applicantPersonId, req.body, todayIso());
      return runCommand(db, req, async (tx) => {
        const { commitment, termNumber: _typed, ...typed } = req.body;
        const fields = { ...typed, termNumber };
        await tx
          .update(sidelineApplication)
          .set({ ...fields, committedAt: commitment ? (a.committedAt ?? new Date()) : null, updatedAt: new Date() })
          .where(eq(sidelineApplication.id, a.id));
        return { result: { id: a.id, termNumber }, audit: { action: 'sideline.edit', entityType: 'sideline_application', entityId: a.id, before: { postTitle: a.postTitle, orgId: a.orgId, startDate: a.startDate, endDate: a.endDate }, after: fields } };
      });
    },
  );

  app.post(
    '/api/sideline-applications/:id/files',
    {
      config: { access: 'sideline.apply' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['sidelines'], summary: '上传申请附件（第十三条所列材料）', params: idParam, body: fileUpload, response: { 201: z.object({ id: z.number(), sha256: z.string() }) } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const a = await editable(auth, req.params.id);
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      if (!policy.value(sidelinesPolicy, 'sidelines.required_attachments', todayIso()).includes(req.body.kind)) throw new AppError('FILE.KIND', '材料类别不正确', 400, { field: 'kind' });
      const { bytes, mimeType } = await decodeUpload(req.body.contentBase64);
      const row = await runCommand(db, req, async (tx) => {
        const r = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'application', ownerId: a.id, kind: req.body.kind, fileName: req.body.fileName, bytes, mimeType, uploadedBy: auth.accountId });
        return { result: r, audit: { action: 'sideline.file_upload', entityType: 'sideline_application', entityId: a.id, after: { kind: req.body.kind, fileName: req.body.fileName, size: bytes.length, sha256: r.sha256 } } };
      });
      return reply.status(201).send(row);
    },
  );

  app.delete(
    '/api/sideline-applications/:id/files/:fileId',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '删除未送审申请的附件', params: fileParams, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const a = await editable(auth, req.params.id);
      return runCommand(db, req, async (tx) => {
        const [f] = await tx
          .delete(sidelineFile)
          .where(and(eq(sidelineFile.ownerType, 'application'), eq(sidelineFile.ownerId, a.id), eq(sidelineFile.id, req.params.fileId)))
          .returning({ id: sidelineFile.id, fileName: sidelineFile.fileName, sha256: sidelineFile.sha256 });
        if (!f) throw new AppError('FILE.NOT_FOUND', '附件不存在', 404);
        return { result: { id: f.id }, audit: { action: 'sideline.file_delete', entityType: 'sideline_application', entityId: a.id, before: f } };
      });
    },
  );

  app.get(
    '/api/sideline-applications/:id/files/:fileId',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '下载申请附件', params: fileParams } },
    async (req, reply) => {
      const auth = req.auth!;
      const a = await visibleApplication(db, auth, req.params.id);
      return sendFile(db, reply, auth.institutionId, 'application', a.id, req.params.fileId);
    },
  );

  // ---- Submission and the chain ------------------------------------------------------------------------------
  app.post(
    '/api/sideline-applications/:id/submit',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '提交兼职申请（检查规定、附件，按职级确定审批程序）', params: idParam, response: { 200: z.object({ id: z.number(), findings: z.array(findingOut), termNumber: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const a = await editable(auth, req.params.id);
      const today = todayIso();
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      const cite = (k: PolicyKey<typeof sidelinesPolicy>) => policy.param(sidelinesPolicy, k, today).source.citation ?? undefined;
      if (!a.committedAt) throw new AppError('SIDELINE.COMMITMENT', '须作出书面承诺（兼职符合本办法规定、不领取薪酬）后才能提交', 400, { field: 'commitment', article: cite('sidelines.required_attachments') });
      const files = await db.select({ kind: sidelineFile.kind }).from(sidelineFile).where(and(eq(sidelineFile.ownerType, 'application'), eq(sidelineFile.ownerId, a.id)));
      const missing = policy.value(sidelinesPolicy, 'sidelines.required_attachments', today).filter((k) => !files.some((f) => f.kind === k));
      if (missing.length) {
        throw new AppError('SIDELINE.ATTACHMENTS_MISSING', `缺少附件：${missing.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'files', article: cite('sidelines.required_attachments') });
      }
      // The same post (same organization, same title as written without spaces: 第十四条) in review, or already held.
      const inReview = await db
        .select({ id: sidelineApplication.id, orgId: sidelineApplication.orgId, postTitle: sidelineApplication.postTitle })
        .from(sidelineApplication)
        .where(and(eq(sidelineApplication.institutionId, auth.institutionId), eq(sidelineApplication.applicantPersonId, a.applicantPersonId), eq(sidelineApplication.status, 'in_review'), ne(sidelineApplication.id, a.id)));
      const dup = inReview.find((x) => isSamePost(x, a));
      if (dup) throw new AppError('SIDELINE.DUPLICATE', `同一单位同一职务已有在审申请（编号 ${dup.id}），不能重复申请`, 409);
      if (!a.continuesSidelineId) {
        const held = (await db
          .select({ id: sideline.id, orgId: sideline.orgId, postTitle: sideline.postTitle })
          .from(sideline)
          .where(and(eq(sideline.institutionId, auth.institutionId), eq(sideline.personId, a.applicantPersonId), eq(sideline.orgId, a.orgId), ne(sideline.status, 'ended')))).find((x) => isSamePost(x, a));
        if (held) throw new AppError('SIDELINE.ALREADY_HELD', '已在该单位担任该职务；任期届满续任请从“我的兼职”发起续任申请', 409, { article: cite('sidelines.max_terms_same_post') });
      }
      const fields = { ...a, commitment: true };
      const org = await getOrg(db, auth.institutionId, a.orgId);
      const { findings, rank, term } = await checkApplication(db, auth.institutionId, policy, a.applicantPersonId, fields, org, today, a.id);
      const blocked = blockingError(findings);
      if (blocked) throw blocked;
      const ctx = await applicantContext(db, auth.institutionId, a.applicantPersonId, today);
      const group = rankGroup(rank)!;
      const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', today).value;
      const steps = chainFor(chains, group, findings.some((f) => f.severity === 'extra_step'), ctx.overseeingLeaderIds);
      let state: ChainState;
      try {
        state = submit({ status: a.status as ChainState['status'], steps, current: 0, history: [] });
      } catch (e) {
        throw chainError(e);
      }
      await runCommand(db, req, async (tx) => {
        await tx
          .update(sidelineApplication)
          .set({ status: state.status, steps, currentStep: 0, stepSince: today, findings, rank, departmentId: ctx.departmentId, termNumber: term.termNumber, firstHeldSince: firstHeldOf(a.firstHeldSince, term), submittedAt: new Date(), updatedAt: new Date() })
          .where(eq(sidelineApplication.id, a.id));
        await tx.insert(sidelineDecision).values({ institutionId: auth.institutionId, applicationId: a.id, stepIndex: -1, stepKind: 'applicant', decision: 'submit', accountId: auth.accountId, actorName: auth.displayName });
        await tellStepWaiting(tx, deps.packs, auth, a, steps[state.current], policy.maybeParam(sidelinesPolicy, 'sidelines.approval_chain', today)?.source.citation ?? null);
        return { result: null, audit: { action: 'sideline.submit', entityType: 'sideline_application', entityId: a.id, after: { rank, termNumber: term.termNumber, steps: steps.map((s) => s.kind), findings: findings.map((f) => f.code) } } };
      });
      return { id: a.id, findings, termNumber: term.termNumber };
    },
  );

  app.post(
    '/api/sideline-applications/:id/withdraw',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '申请人撤回申请', params: idParam, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const a = await visibleApplication(db, auth, req.params.id, 'withdrawApplication');
      if (!['draft', 'returned', 'in_review'].includes(a.status)) throw new AppError('SIDELINE.NOT_WITHDRAWABLE', '申请已办结，不能撤回', 409);
      return runCommand(db, req, async (tx) => {
        await tx.update(sidelineApplication).set({ status: 'withdrawn', updatedAt: new Date() }).where(eq(sidelineApplication.id, a.id));
        await tx.insert(sidelineDecision).values({ institutionId: auth.institutionId, applicationId: a.id, stepIndex: a.currentStep, stepKind: 'applicant', decision: 'withdraw', accountId: auth.accountId, actorName: auth.displayName });
        return { result: { id: a.id }, audit: { action: 'sideline.withdraw', entityType: 'sideline_application', entityId: a.id, before: { status: a.status } } };
      });
    },
  );

  await app.register(sidelineDecisionRoutes(deps));

  // ---- Reading -----------------------------------------------------------------------------------------------
  app.get(
    '/api/sideline-applications',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '兼职申请：我的、待我审批、全部（组织部）', querystring: applicationListQuery, response: { 200: z.object({ total: z.number(), items: z.array(applicationSummary) }) } } },
    async (req) => {
      const auth = req.auth!;
      const q = req.query;
      if (q.scope === 'all') authorizeSideline(auth, 'seeAllApplications', null);
      const rows = await db
        .select({ a: sidelineApplication, applicantName: person.name, orgName: outsideOrg.name, orgKind: outsideOrg.kind, departmentName: department.name })
        .from(sidelineApplication)
        .innerJoin(person, eq(person.id, sidelineApplication.applicantPersonId))
        .innerJoin(outsideOrg, eq(outsideOrg.id, sidelineApplication.orgId))
        .leftJoin(department, eq(department.id, sidelineApplication.departmentId))
        .where(
          and(
            eq(sidelineApplication.institutionId, auth.institutionId),
            q.status ? eq(sidelineApplication.status, q.status) : undefined,
            q.scope === 'mine' ? eq(sidelineApplication.applicantPersonId, auth.personId ?? -1) : undefined,
            q.scope === 'todo' ? eq(sidelineApplication.status, 'in_review') : undefined,
          ),
        )
        .orderBy(desc(sidelineApplication.updatedAt));
      const visible = rows.filter((r) => (q.scope === 'todo' ? mayDecide(auth, r.a) : true));
      const page = visible.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
      return {
        total: visible.length,
        items: page.map(({ a, applicantName, orgName, orgKind, departmentName }) => ({
          id: a.id, applicant: { id: a.applicantPersonId, name: applicantName }, departmentName, org: { id: a.orgId, name: orgName, kind: orgKind }, postTitle: a.postTitle, status: a.status,
          currentStepLabel: a.status === 'in_review' ? stepLabel((a.steps as Step[])[a.currentStep]?.kind ?? '') : null, startDate: a.startDate, endDate: a.endDate,
          submittedAt: a.submittedAt?.toISOString() ?? null, updatedAt: a.updatedAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/sideline-applications/:id',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '兼职申请详情与审批进度', params: idParam, response: { 200: applicationOut } } },
    async (req) => {
      const auth = req.auth!;
      const a = await visibleApplication(db, auth, req.params.id);
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      return presentApplication(db, auth, a, policy, todayIso());
    },
  );
};

