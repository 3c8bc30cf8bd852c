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
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const q = req.query;
      const conds: (SQL | undefined)[] = [
        // Events tied to no institution (sign-in attempts with an unknown user name) are shown to every auditor.
        or(eq(auditEvent.institutionId, req.auth!.institutionId), isNull(auditEvent.institutionId)),
        q.from ? gte(auditEvent.at, new Date(`${q.from}T00:00:00+08:00`)) : undefined,
        q.to ? lt(auditEvent.at, new Date(`${addDays(q.to, 1)}T00:00:00+08:00`)) : undefined,
        q.action ? ilike(auditEvent.action, `${q.action}%`) : undefined,
        q.actor ? contains(auditEvent.actorName, q.actor) : undefined,
        q.outcome ? eq(auditEvent.outcome, q.outcome) : undefined,
        q.entityType ? eq(auditEvent.entityType, q.entityType) : undefined,
      ];
      const where = and(...conds.filter((c): c is SQL => !!c));
      const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(auditEvent).where(where);
      const rows = await db.select().from(auditEvent).where(where).orderBy(desc(auditEvent.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
      return { total, items: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '校验审计日志链（HMAC-SM3）：给出第一条被改动、删除或插入的事件；并与数据库之外的锚点比对，发现最新事件被删除、链头被回退或事件被替换',
        response: {
          200: z.object({
            ok: z.boolean(), checked: z.number(), unchained: z.number(), firstBroken: z.object({ id: z.number(), at: z.string(), action: z.string(), reason: z.string() }).nullable(),
            anchor: z.object({
              ok: z.boolean(), anchors: z.number(), latest: z.object({ at: z.string(), lastId: z.number().nullable(), count: z.number() }).nullable(),
              problems: z.array(z.object({ code: z.string(), message: z.string() })),
            }),
          }),
        },
      },
    },
    async (req) => {
      const v = await verifyAudit(db, anchors);
      const detail = { ok: v.ok, checked: v.checked, firstBroken: v.firstBroken?.id ?? null, anchorProblems: v.anchor.problems.map((p) => p.code) };
      await writeAudit(db, { institutionId: req.auth!.institutionId, actorAccountId: req.auth!.accountId, actorName: req.auth!.displayName, action: 'audit.verify', ip: req.ip, outcome: 'success', detail });
      // Only a chain that verified becomes the new reference, with the record of this verification in it.
      if (v.ok) await anchorChain(db, anchors);
      return v;
    },
  );
};
