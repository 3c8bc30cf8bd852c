import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sideline, sidelinePay, sidelineReport } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { idParam } from '../../../core/http/ids';
import { ledger, type LedgerRow } from '../queries/ledger';
import { decodeUpload, sendFile, storeFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { authorizeSideline, maySideline, PAY_HIDDEN, SIDELINE_HIDDEN } from '../access';
import { hasFile, payById, postDetail, reportOf } from '../queries/posts';
import { endReportBody, fileOut, fileParams, fileUpload, payBody, reportBody, SIDELINE_FILE_KINDS, sidelineListQuery, sidelineOut, turnoverBody } from './sidelines.schema';
import { sidelinesPolicy } from '../policy';

const payOut = z.object({ id: z.number(), amount: z.string(), receivedDate: z.string(), description: z.string(), turnedOverDate: z.string().nullable(), receiptNo: z.string().nullable(), confirmedAt: z.string().nullable() });
const reportOut = z.object({ id: z.number(), year: z.number(), rolePerformed: z.string(), payReceived: z.boolean(), expenses: z.string(), submittedAt: z.string() });

/** Filters of the ledger, applied to computed rows (a college has hundreds of posts, not millions). */
export function filterLedger(rows: LedgerRow[], q: z.infer<typeof sidelineListQuery>): LedgerRow[] {
  return rows.filter(
    (r) =>
      (!q.status || r.status === q.status) &&
      (!q.kind || r.org.kind === q.kind) &&
      (!q.departmentId || r.departmentId === q.departmentId) &&
      (!q.watch || (q.watch === 'expiring' ? r.watch.expiring : q.watch === 'over_limit' ? r.watch.verdict === 'resign' || r.watch.verdict === 'reapprove' : r.watch.verdict === 'not_managed')) &&
      (!q.q || r.person.name.includes(q.q) || r.org.name.includes(q.q)),
  );
}

export const sidelinesRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  /**
   * A sideline the caller may act on (access.ts: `see` by default: its holder, the ledger keepers, finance), or the
   * refusal: the 404 an unknown id gets (an unknown pay's, for a pay), a 403 for one the caller sees but may not act on.
   */
  async function load(auth: AuthContext, id: number, action: 'see' | 'act' | 'registerEnd' | 'seePay' | 'actOnPay' | 'confirmPay' = 'see') {
    const { policy } = await policyFor(db, deps.packs, auth.institutionId);
    const [row] = await ledger(db, auth.institutionId, policy, todayIso(), { id });
    authorizeSideline(auth, action, found(row, action === 'see' || action === 'act' || action === 'registerEnd' ? SIDELINE_HIDDEN : PAY_HIDDEN));
    return row;
  }

  app.get(
    '/api/sidelines',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '我的兼职；兼职台账（组织部、纪委、党委书记）', querystring: sidelineListQuery, response: { 200: z.object({ total: z.number(), items: z.array(sidelineOut) }) } } },
    async (req) => {
      const auth = req.auth!;
      const q = req.query;
      if (q.scope === 'all') authorizeSideline(auth, 'seeLedger', null);
      if (q.scope === 'mine' && auth.personId === null) return { total: 0, items: [] };
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      const rows = filterLedger(await ledger(db, auth.institutionId, policy, todayIso(), q.scope === 'mine' ? { personId: auth.personId! } : {}), q);
      return { total: rows.length, items: rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize) };
    },
  );

  app.get(
    '/api/sidelines/:id',
    {
      config: { access: 'sideline.apply' },
      schema: {
        tags: ['sidelines'],
        summary: '兼职详情：任期、年度报告、报酬上缴、辞去',
        params: idParam,
        response: { 200: z.object({ sideline: sidelineOut, reports: z.array(reportOut), pays: z.array(payOut), files: z.array(fileOut), endReport: z.string().nullable(), endReportedAt: z.string().nullable(), endRegisteredAt: z.string().nullable(), mayAct: z.boolean(), mayRegisterEnd: z.boolean(), mayConfirmPay: z.boolean() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const row = await load(auth, req.params.id);
      const { reports, pays, files, end: s } = await postDetail(db, row.id);
      return {
        sideline: row,
        reports: reports.map((r) => ({ id: r.id, year: r.year, rolePerformed: r.rolePerformed, payReceived: r.payReceived, expenses: r.expenses, submittedAt: r.submittedAt })),
        pays: pays.map((p) => ({ id: p.id, amount: p.amount, receivedDate: p.receivedDate, description: p.description, turnedOverDate: p.turnedOverDate, receiptNo: p.receiptNo, confirmedAt: p.confirmedAt })),
        files: files.map((f) => ({ ...f, uploadedAt: f.uploadedAt.toISOString() })),
        ...s,
        mayAct: maySideline(auth, 'act', row) && row.status === 'active',
        mayRegisterEnd: auth.permissions.has('sideline.manage') && row.status === 'ending_reported' && maySideline(auth, 'registerEnd', row),
        mayConfirmPay: auth.permissions.has('sideline.pay_confirm') && maySideline(auth, 'confirmPay', row),
      };
    },
  );

  app.post(
    '/api/sidelines/:id/reports',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '年度兼职情况报告（第十八条）', params: idParam, body: reportBody, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const row = await load(auth, req.params.id, 'act');
      const b = req.body;
      const today = todayIso();
      const thisYear = Number(today.slice(0, 4));
      if (b.year > thisYear || b.year < Number(row.startDate.slice(0, 4))) throw new AppError('SIDELINE.REPORT_YEAR', `报告年度应在 ${row.startDate.slice(0, 4)} 至 ${thisYear} 年之间`, 400, { field: 'year' });
      if (b.payReceived && !b.pay) throw new AppError('SIDELINE.PAY_DETAILS', '已取酬的，请填写报酬金额和收到日期，以便全额上缴财资处', 400, { field: 'pay' });
      if (b.pay && b.pay.receivedDate > today) throw new AppError('SIDELINE.PAY_DATE', '收到报酬的日期不能晚于今天', 400, { field: 'pay' });
      const id = await runCommand(db, req, async (tx) => {
        if (await reportOf(tx, row.id, b.year)) throw new AppError('SIDELINE.REPORT_EXISTS', `${b.year} 年度的兼职情况已报告`, 409, { field: 'year' });
        const [r] = await tx
          .insert(sidelineReport)
          .values({ institutionId: auth.institutionId, sidelineId: row.id, year: b.year, rolePerformed: b.rolePerformed, payReceived: b.payReceived, expenses: b.expenses, submittedBy: auth.accountId, submittedAt: today })
          .returning({ id: sidelineReport.id });
        if (b.pay) await tx.insert(sidelinePay).values({ institutionId: auth.institutionId, sidelineId: row.id, amount: b.pay.amount.toFixed(2), receivedDate: b.pay.receivedDate, description: b.pay.description, createdBy: auth.accountId });
        return { result: r.id, audit: { action: 'sideline.report', entityType: 'sideline', entityId: row.id, after: b } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/sidelines/:id/pays',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '登记在兼职单位获得的报酬（第十一条：全额上缴财资处）', params: idParam, body: payBody, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const row = await load(auth, req.params.id, 'act');
      const b = req.body;
      const today = todayIso();
      if (b.receivedDate > today) throw new AppError('SIDELINE.PAY_DATE', '收到报酬的日期不能晚于今天', 400, { field: 'receivedDate' });
      if (b.turnedOverDate && (b.turnedOverDate < b.receivedDate || b.turnedOverDate > today)) throw new AppError('SIDELINE.TURNOVER_DATE', '上缴日期应在收到日期之后、今天之前', 400, { field: 'turnedOverDate' });
      if (b.turnedOverDate && !b.receiptNo) throw new AppError('SIDELINE.RECEIPT_REQUIRED', '已上缴的，请填写财资处收据号', 400, { field: 'receiptNo' });
      const id = await runCommand(db, req, async (tx) => {
        const [r] = await tx.insert(sidelinePay).values({ ...b, amount: b.amount.toFixed(2), institutionId: auth.institutionId, sidelineId: row.id, createdBy: auth.accountId }).returning({ id: sidelinePay.id });
        return { result: r.id, audit: { action: 'sideline.pay', entityType: 'sideline', entityId: row.id, after: b } };
      });
      return reply.status(201).send({ id });
    },
  );

  async function payOf(auth: AuthContext, id: number, action: 'actOnPay' | 'confirmPay') {
    const p = found(await payById(db, auth.institutionId, id), PAY_HIDDEN);
    return { p, row: await load(auth, p.sidelineId, action) };
  }

  app.post(
    '/api/sideline-pays/:id/turnover',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '登记报酬已上缴财资处', params: idParam, body: turnoverBody, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const { p } = await payOf(auth, req.params.id, 'actOnPay');
      if (p.turnedOverDate) throw new AppError('SIDELINE.ALREADY_TURNED_OVER', '该笔报酬已登记上缴', 409);
      if (req.body.turnedOverDate < p.receivedDate || req.body.turnedOverDate > todayIso()) throw new AppError('SIDELINE.TURNOVER_DATE', '上缴日期应在收到日期之后、今天之前', 400, { field: 'turnedOverDate' });
      return runCommand(db, req, async (tx) => {
        await tx.update(sidelinePay).set(req.body).where(eq(sidelinePay.id, p.id));
        return { result: { id: p.id }, audit: { action: 'sideline.pay_turnover', entityType: 'sideline_pay', entityId: p.id, after: req.body } };
      });
    },
  );

  app.post(
    '/api/sideline-pays/:id/confirm',
    { config: { access: 'sideline.pay_confirm' }, schema: { tags: ['sidelines'], summary: '财资处确认收到上缴的兼职报酬', params: idParam, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      // 回避 (access.ts `confirmPay`): finance does not confirm the turnover of its own pay.
      const { p } = await payOf(auth, req.params.id, 'confirmPay');
      if (!p.turnedOverDate) throw new AppError('SIDELINE.NOT_TURNED_OVER', '本人尚未登记上缴，不能确认', 409);
      if (p.confirmedAt) throw new AppError('SIDELINE.ALREADY_CONFIRMED', '该笔报酬已确认收到', 409);
      return runCommand(db, req, async (tx) => {
        await tx.update(sidelinePay).set({ confirmedBy: auth.accountId, confirmedAt: todayIso() }).where(eq(sidelinePay.id, p.id));
        return { result: { id: p.id }, audit: { action: 'sideline.pay_confirm', entityType: 'sideline_pay', entityId: p.id, after: { amount: p.amount, receiptNo: p.receiptNo } } };
      });
    },
  );

  app.post(
    '/api/sidelines/:id/files',
    { config: { access: 'sideline.apply' }, bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags: ['sidelines'], summary: '上传兼职单位的说明或证明材料', params: idParam, body: fileUpload, response: { 201: z.object({ id: z.number(), sha256: z.string() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const row = await load(auth, req.params.id, 'act');
      if (!(SIDELINE_FILE_KINDS as readonly string[]).includes(req.body.kind)) throw new AppError('FILE.KIND', '材料类别不正确', 400, { field: 'kind' });
      if (row.status === 'ended') throw new AppError('SIDELINE.ENDED', '该兼职已办结', 409);
      const { bytes, mimeType } = await decodeUpload(req.body.contentBase64);
      const r = await runCommand(db, req, async (tx) => {
        const f = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'sideline', ownerId: row.id, kind: req.body.kind, fileName: req.body.fileName, bytes, mimeType, uploadedBy: auth.accountId });
        return { result: f, audit: { action: 'sideline.file_upload', entityType: 'sideline', entityId: row.id, after: { kind: req.body.kind, fileName: req.body.fileName, size: bytes.length, sha256: f.sha256 } } };
      });
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/api/sidelines/:id/files/:fileId',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '下载兼职材料', params: fileParams } },
    async (req, reply) => {
      const auth = req.auth!;
      const row = await load(auth, req.params.id);
      return sendFile(db, reply, auth.institutionId, 'sideline', row.id, req.params.fileId);
    },
  );

  app.post(
    '/api/sidelines/:id/end-report',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '报告辞去兼职（第十七条）或任期届满不续任（第十四条）', params: idParam, body: endReportBody, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const row = await load(auth, req.params.id, 'act');
      if (row.status !== 'active') throw new AppError('SIDELINE.NOT_ACTIVE', '该兼职已报告辞去或已办结', 409);
      const today = todayIso();
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      const article = policy.param(sidelinesPolicy, 'sidelines.resignation_requirements', today).source.citation ?? undefined;
      if (req.body.endedOn < row.startDate) throw new AppError('SIDELINE.END_DATE', '辞去日期不能早于任职开始日期', 400, { field: 'endedOn' });
      if (!(await hasFile(db, row.id, 'end_statement'))) throw new AppError('SIDELINE.STATEMENT_REQUIRED', '请先上传兼职单位出具的辞去（不续任）书面说明材料', 400, { field: 'files', article });
      return runCommand(db, req, async (tx) => {
        await tx.update(sideline).set({ status: 'ending_reported', endKind: req.body.kind, endedOn: req.body.endedOn, endReport: req.body.report, endReportedAt: today }).where(eq(sideline.id, row.id));
        return { result: { id: row.id }, audit: { action: 'sideline.end_report', entityType: 'sideline', entityId: row.id, after: req.body } };
      });
    },
  );

  app.post(
    '/api/sidelines/:id/end-registration',
    { config: { access: 'sideline.manage' }, schema: { tags: ['sidelines'], summary: '党委组织部登记备案辞去（不续任）兼职', params: idParam, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      // 回避 (access.ts `registerEnd`): nobody files the resignation of a post they hold themselves.
      const row = await load(auth, req.params.id, 'registerEnd');
      if (row.status !== 'ending_reported') throw new AppError('SIDELINE.NOT_REPORTED', '本人尚未报告辞去兼职，或已登记备案', 409);
      return runCommand(db, req, async (tx) => {
        await tx.update(sideline).set({ status: 'ended', endRegisteredAt: todayIso() }).where(eq(sideline.id, row.id));
        return { result: { id: row.id }, audit: { action: 'sideline.end_register', entityType: 'sideline', entityId: row.id, after: { endKind: row.endKind, endedOn: row.endedOn } } };
      });
    },
  );
};
