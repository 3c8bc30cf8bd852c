import { and, desc, eq, gte, ilike, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { contains } from '../db/sql';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEvent } from '../db/schema';
import type { AppDeps } from '../services/deps';
import { addDays } from '../shared/dates';
import { isoDate } from '../http/iso-date';
import { writeAudit } from './audit.writer';
import { anchorChain, verifyAudit } from './audit-anchor.service';
import { anchorLog } from '../security/audit-anchor';
import { pageQuery } from '../http/ids';
import ExcelJS from 'exceljs';
import { titledSheet } from '../documents/excel';
import { collegeOf, sendDocument } from '../documents/send';
import { todayIso } from '../shared/dates';
import { chinaDateTime } from '../shared/clock';
import { ACTION_WORDS, OUTCOME_WORDS, actionWords, entityWords } from './audit-words';
import { summaryWords } from './summary-words';

const query = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(60).optional(),
  outcome: z.enum(['success', 'denied', 'failed']).optional(),
  entityType: z.string().trim().max(40).optional(),
  page: pageQuery,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const EXPORT_LIMIT = 20_000;

const brokenEvent = z.object({ id: z.number(), at: z.string(), action: z.string(), reason: z.string().describe('原因，以所在审计链的名称开头') });

/** The events an auditor of this college sees, narrowed by the page's filters. */
function auditFilter(institutionId: number, q: Omit<z.infer<typeof query>, 'page' | 'pageSize'>) {
  const conds: (SQL | undefined)[] = [
    // Events tied to no institution (sign-in attempts with an unknown user name) are shown to every auditor.
    or(eq(auditEvent.institutionId, institutionId), isNull(auditEvent.institutionId)),
    q.from ? gte(auditEvent.at, new Date(`${q.from}T00:00:00+08:00`)) : undefined,
    q.to ? lt(auditEvent.at, new Date(`${addDays(q.to, 1)}T00:00:00+08:00`)) : undefined,
    q.action ? ilike(auditEvent.action, `${q.action}%`) : undefined,
    q.actor ? contains(auditEvent.actorName, q.actor) : undefined,
    q.outcome ? eq(auditEvent.outcome, q.outcome) : undefined,
    q.entityType ? eq(auditEvent.entityType, q.entityType) : undefined,
  ];
  return and(...conds.filter((c): c is SQL => !!c));
}

/** An event as the auditor reads it: the action, the record type and the summary in words beside the stored values. */
const inWords = (r: typeof auditEvent.$inferSelect) => ({
  ...r, at: r.at.toISOString(), actionLabel: actionWords(r.action), entityLabel: entityWords(r.entityType), summaryText: summaryWords(r.summary),
  outcomeLabel: OUTCOME_WORDS[r.outcome] ?? r.outcome,
});

/** Read-only: the app offers no route that changes or deletes an audit event. */
export const auditRoutes = ({ db, config }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const anchors = anchorLog(config.audit.anchorFile, (line) => app.log.info(line));
  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志（只读）',
        querystring: query,
        response: {
          200: z.object({
            total: z.number(),
            items: z.array(
              z.object({
                id: z.number(), at: z.string(), actorName: z.string().nullable(), action: z.string(), entityType: z.string().nullable(), entityId: z.string().nullable(),
                summary: z.unknown(), ip: z.string().nullable(), outcome: z.string(),
                actionLabel: z.string().describe('操作（中文）'), entityLabel: z.string().nullable().describe('对象类型（中文）'), summaryText: z.string().describe('摘要（中文）'), outcomeLabel: z.string().describe('结果（中文）'),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const where = auditFilter(req.auth!.institutionId, q);
      const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(auditEvent).where(where);
      const rows = await db.select().from(auditEvent).where(where).orderBy(desc(auditEvent.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
      return { total, items: rows.map(inWords) };
    },
  );

  app.get(
    '/api/audit/actions',
    { config: { access: 'audit.read' }, schema: { tags: ['audit'], summary: '审计日志可筛选的操作（中文名称）', response: { 200: z.array(z.object({ value: z.string(), label: z.string() })) } } },
    async () => Object.entries(ACTION_WORDS).map(([value, label]) => ({ value, label })),
  );

  app.get(
    '/api/audit/outcomes',
    { config: { access: 'audit.read' }, schema: { tags: ['audit'], summary: '审计日志可筛选的结果（中文名称）', response: { 200: z.array(z.object({ value: z.string(), label: z.string() })) } } },
    async () => Object.entries(OUTCOME_WORDS).map(([value, label]) => ({ value, label })),
  );

  app.get(
    '/api/audit/export.xlsx',
    { config: { access: 'audit.read' }, schema: { tags: ['audit'], summary: `导出审计日志（Excel，按当前筛选，最新的 ${EXPORT_LIMIT} 条以内）；导出本身留痕`, querystring: query.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const rows = (await db.select().from(auditEvent).where(auditFilter(auth.institutionId, req.query)).orderBy(desc(auditEvent.id)).limit(EXPORT_LIMIT)).map(inWords);
      const inst = await collegeOf(db, auth.institutionId);
      const today = todayIso();
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '审计日志', `${inst.name}干部管理监督平台审计日志`, `导出日期 ${today}　共 ${rows.length} 条${rows.length === EXPORT_LIMIT ? `（仅最新 ${EXPORT_LIMIT} 条，请缩小筛选范围）` : ''}`,
        ['编号', '时间', '操作人', '操作', '对象', '结果', 'IP', '摘要'],
        rows.map((r) => [r.id, chinaDateTime(Date.parse(r.at)), r.actorName, r.actionLabel, r.entityLabel ? `${r.entityLabel} ${r.entityId ?? ''}` : null, r.outcomeLabel, r.ip, r.summaryText]),
        [8, 18, 12, 18, 18, 6, 14, 60],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}审计日志${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: rows.length } });
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '校验审计日志链（HMAC-SM3，每个单位一条链，逐链校验）：给出第一条被改动、删除或插入的事件；并与数据库之外的锚点比对，发现最新事件被删除、链头被回退或事件被替换',
        response: {
          200: z.object({
            ok: z.boolean(), checked: z.number(), unchained: z.number(), firstBroken: brokenEvent.nullable(),
            chains: z
              .array(z.object({ id: z.number(), institutionId: z.number().nullable(), name: z.string(), ok: z.boolean(), checked: z.number(), unchained: z.number(), firstBroken: brokenEvent.nullable() }))
              .describe('逐链结果：每个单位一条审计链，另有一条公共审计链（无所属单位的事件，及分院建链前的全部事件）'),
            anchor: z.object({
              ok: z.boolean(), anchors: z.number(), latest: z.object({ at: z.string(), lastId: z.number().nullable(), count: z.number() }).nullable(),
              problems: z.array(z.object({ code: z.string(), message: z.string() })),
            }),
          }),
        },
      },
    },
    async (req) => {
      const found = await verifyAudit(db, anchors);
      const v = { ...found, chains: found.chains.map(({ chain, ...r }) => ({ ...r, ...chain })) };
      const detail = { ok: v.ok, checked: v.checked, firstBroken: v.firstBroken?.id ?? null, anchorProblems: v.anchor.problems.map((p) => p.code) };
      await writeAudit(db, { institutionId: req.auth!.institutionId, actorAccountId: req.auth!.accountId, actorName: req.auth!.displayName, action: 'audit.verify', ip: req.ip, outcome: 'success', detail });
      // Only a chain that verified becomes the new reference, with the record of this verification in it.
      if (v.ok) await anchorChain(db, anchors);
      return v;
    },
  );
};
