import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarOverride, calendarYear } from '../db/schema';
import type { AppDeps } from '../services/deps';
import { loadCalendar } from '../services/calendar.service';
import { packageSchedule } from './source';
import { addWorkingDays, workingDaysBetween } from './working-days';
import { runCommand } from '../http/command';
import { AppError } from '../shared/errors';
import { isoDate } from '../http/iso-date';

const yearSchema = z.coerce.number().int().min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间');

export const calendarRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/calendar',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: '工作日历：某年的法定节假日、调休工作日及管理员调整',
        querystring: z.object({ year: yearSchema }),
        response: {
          200: z.object({
            year: z.number(),
            known: z.boolean(),
            source: z.enum(['package', 'confirmed', 'unknown']),
            knownYears: z.array(z.number()),
            days: z.array(z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string(), source: z.enum(['package', 'override']) })),
          }),
        },
      },
    },
    async (req) => {
      const { year } = req.query;
      const s = packageSchedule();
      const overrides = await db.select().from(calendarOverride).where(sql`${calendarOverride.date} >= ${`${year}-01-01`} AND ${calendarOverride.date} <= ${`${year}-12-31`}`);
      const confirmed = (await db.select().from(calendarYear)).map((y) => y.year);
      const days = new Map<string, { date: string; kind: 'holiday' | 'workday'; name: string; source: 'package' | 'override' }>();
      for (const [d, name] of s.holidays) if (d.startsWith(`${year}-`)) days.set(d, { date: d, kind: 'holiday', name, source: 'package' });
      for (const [d, name] of s.workdays) if (d.startsWith(`${year}-`)) days.set(d, { date: d, kind: 'workday', name: `${name}调休上班`, source: 'package' });
      for (const o of overrides) days.set(o.date, { date: o.date, kind: o.kind as 'holiday' | 'workday', name: o.note, source: 'override' });
      const inPackage = s.years.includes(year);
      return {
        year,
        known: inPackage || confirmed.includes(year),
        source: inPackage ? ('package' as const) : confirmed.includes(year) ? ('confirmed' as const) : ('unknown' as const),
        knownYears: [...new Set([...s.years, ...confirmed])].sort(),
        days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
      };
    },
  );

  app.get(
    '/api/calendar/working-days',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: '工作日推算：某日起第 N 个工作日，或两日之间的工作日数',
        querystring: z.object({ from: isoDate, add: z.coerce.number().int().min(0).max(366).optional(), to: isoDate.optional() }),
        response: { 200: z.object({ from: z.string(), date: z.string().nullable(), workingDays: z.number().nullable() }) },
      },
    },
    async (req) => {
      const cal = await loadCalendar(db);
      const { from, add, to } = req.query;
      if (add === undefined && !to) throw new AppError('VALIDATION.INVALID', '请给出要加的工作日数（add）或截止日期（to）', 400, { field: 'add' });
      return { from, date: add !== undefined ? addWorkingDays(cal, from, add) : null, workingDays: to ? workingDaysBetween(cal, from, to) : null };
    },
  );

  app.post(
    '/api/calendar/overrides',
    {
      config: { access: 'calendar.write' },
      schema: {
        tags: ['calendar'],
        summary: '录入一天的节假日或调休工作日（覆盖节假日数据包）',
        body: z.object({ date: isoDate, kind: z.enum(['holiday', 'workday'], '类别应为 holiday（放假）或 workday（上班）'), note: z.string().trim().min(2, '请写明依据或名称').max(100) }),
        response: { 201: z.object({ date: z.string() }) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      await runCommand(db, req, async (tx) => {
        const [existing] = await tx.select().from(calendarOverride).where(eq(calendarOverride.date, b.date));
        if (existing) throw new AppError('CALENDAR.OVERRIDE_EXISTS', `${b.date} 已有调整记录（${existing.note}），请先删除再录入`, 409, { field: 'date' });
        await tx.insert(calendarOverride).values({ ...b, createdBy: req.auth!.accountId });
        return { result: null, audit: { action: 'calendar.override.create', entityType: 'calendar_override', entityId: b.date, after: b } };
      }, { affects: 'all_institutions' });
      return reply.status(201).send({ date: b.date });
    },
  );

  app.delete(
    '/api/calendar/overrides/:date',
    { config: { access: 'calendar.write' }, schema: { tags: ['calendar'], summary: '删除一条日历调整', params: z.object({ date: isoDate }), response: { 200: z.object({ date: z.string() }) } } },
    async (req) => {
      await runCommand(db, req, async (tx) => {
        const [existing] = await tx.select().from(calendarOverride).where(eq(calendarOverride.date, req.params.date));
        if (!existing) throw new AppError('CALENDAR.OVERRIDE_NOT_FOUND', `${req.params.date} 没有调整记录`, 404, { field: 'date' });
        await tx.delete(calendarOverride).where(eq(calendarOverride.date, req.params.date));
        return { result: null, audit: { action: 'calendar.override.delete', entityType: 'calendar_override', entityId: req.params.date, before: { kind: existing.kind, note: existing.note } } };
      }, { affects: 'all_institutions' });
      return { date: req.params.date };
    },
  );

  app.post(
    '/api/calendar/years',
    {
      config: { access: 'calendar.write' },
      schema: {
        tags: ['calendar'],
        summary: '确认某年的节假日安排已全部录入（此后方可按工作日计算该年的期限）',
        body: z.object({ year: yearSchema, note: z.string().trim().min(2, '请写明依据，如国务院办公厅通知文号').max(200) }),
        response: { 201: z.object({ year: z.number() }) },
      },
    },
    async (req, reply) => {
      const { year, note } = req.body;
      if (packageSchedule().years.includes(year)) throw new AppError('CALENDAR.YEAR_IN_PACKAGE', `${year} 年的安排已由节假日数据包提供，无需确认`, 409, { field: 'year' });
      await runCommand(db, req, async (tx) => {
        const [existing] = await tx.select().from(calendarYear).where(eq(calendarYear.year, year));
        if (existing) throw new AppError('CALENDAR.YEAR_CONFIRMED', `${year} 年已确认`, 409, { field: 'year' });
        await tx.insert(calendarYear).values({ year, note, createdBy: req.auth!.accountId });
        return { result: null, audit: { action: 'calendar.year.confirm', entityType: 'calendar_year', entityId: year, after: { note } } };
      }, { affects: 'all_institutions' });
      return reply.status(201).send({ year });
    },
  );
};
