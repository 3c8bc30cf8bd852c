import { and, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { dutiesFor } from '../../../core/duties/duties.service';
import { isInterviewCampaign } from '../duties';
import { interviewContext } from '../context';
import { statisticsCreate, yearQuery } from './interviews.schema';
import { heldInYear, quarterlyStatistics, zeroCounts } from '../queries/statistics';
import { authorizeInterview } from '../access';
import { lateFilings, supervisionDate, yearOf } from '../rules/supervision';
import { policyFor } from '../../../core/services/policy.service';
import { carryOverKeys } from '../../../core/policy/policy-keys';
import { reportStatistics } from '../commands/report-statistics';

const figures = z.record(z.string(), z.number());
const lateOut = z.object({ departmentId: z.number().nullable(), year: z.number(), title: z.string(), dueDate: z.string(), kind: z.string(), owner: z.string() });
const statOut = z.object({
  departmentId: z.number(), departmentName: z.string(), quarter: z.number(), counted: figures, reported: figures.nullable(), reportedOn: z.string().nullable(), note: z.string().nullable(), mayReport: z.boolean(),
});

export const interviewStatisticsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/interview-statistics',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '各部门季度约谈情况统计：系统统计数与部门报送数（六（一））', querystring: yearQuery, response: { 200: z.array(statOut) } } },
    async (req) => quarterlyStatistics(db, req.auth!, req.query.year ?? Number(todayIso().slice(0, 4))),
  );

  app.post(
    '/api/interview-statistics',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '部门报送季度《党员干部约谈情况统计表》', body: statisticsCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await reportStatistics(deps, req, req.body) }),
  );

  app.get(
    '/api/interviews/dashboard',
    {
      config: { access: 'interview.read' },
      schema: {
        tags: ['interviews'],
        summary: '约谈工作督导（六（二））：按形式、部门、月份统计，集中约谈完成情况，本年度逾期未报的计划和统计表，往年结转未完成的另列',
        querystring: yearQuery,
        response: {
          200: z.object({
            year: z.number(),
            byKind: z.array(z.object({ kind: z.string(), label: z.string(), persons: z.number() })),
            byMonth: z.array(z.object({ month: z.number(), counts: figures })),
            byDepartment: z.array(z.object({ departmentId: z.number(), departmentName: z.string(), counts: figures, total: z.number() })),
            campaigns: z.object({ required: z.number(), done: z.number(), citation: z.string().nullable(), duties: z.array(z.object({ title: z.string(), dueDate: z.string(), status: z.string(), doneDate: z.string().nullable() })) }),
            late: z.array(lateOut).describe('本年度逾期未报的部门季度约谈计划（四（三））和统计表（六（一））'),
            lateDepartments: z.number().describe('本年度逾期未报的部门数'),
            lateAsOf: z.string().describe('判定是否逾期未报的日期：本年度为今天；往年在结转期内为今天，之后为结转期最后一天'),
            carriedOver: z.array(lateOut).describe('往年结转、至今仍未完成的计划、统计表和集中约谈（各注明年度，不计入本年度）'),
            inquiries: z.object({ sent: z.number(), replied: z.number(), overdue: z.number() }),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      authorizeInterview(auth, 'superviseAll', null);
      const today = todayIso();
      const year = req.query.year ?? Number(today.slice(0, 4));
      const asOf = year < Number(today.slice(0, 4)) ? `${year}-12-31` : today;
      // The year's duties are judged while the duty engine still carries them (rules/supervision.ts): a past year's
      // filing still unfiled today is 逾期未报 on its own year's page, not on this year's.
      const { policy } = await policyFor(db, deps.packs, auth.institutionId, auth.factsVersion);
      const carry = policy.maybeParam(carryOverKeys('interviews'), 'interviews.carry_over_years', asOf)?.value ?? 0;
      const judgedOn = supervisionDate(year, today, carry);
      const [{ rules }, held, inquiries, { duties }] = await Promise.all([
        interviewContext(db, deps, auth.institutionId, asOf),
        heldInYear(db, auth.institutionId, year),
        db.select({ status: writtenInquiry.status, replyDue: writtenInquiry.replyDue, sentOn: writtenInquiry.sentOn }).from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, auth.institutionId), gte(writtenInquiry.sentOn, `${year}-01-01`), lte(writtenInquiry.sentOn, `${year}-12-31`))),
        dutiesFor(db, deps.packs, auth.institutionId, judgedOn, auth.factsVersion),
      ]);
      const byKind = Object.fromEntries(rules.kinds.map((k) => [k, 0]));
      const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, counts: zeroCounts() }));
      const byDept = new Map<number, { departmentId: number; departmentName: string; counts: Record<string, number>; total: number }>();
      for (const h of held) {
        byKind[h.kind] = (byKind[h.kind] ?? 0) + 1;
        byMonth[Number(h.heldOn!.slice(5, 7)) - 1].counts[h.kind]++;
        if (h.departmentId) {
          const d = byDept.get(h.departmentId) ?? { departmentId: h.departmentId, departmentName: h.departmentName ?? '', counts: zeroCounts(), total: 0 };
          d.counts[h.kind]++;
          d.total++;
          byDept.set(h.departmentId, d);
        }
      }
      // The year's campaigns and its late filings; the unfinished ones of earlier years apart, each with its year.
      const campaignDuties = duties.filter(isInterviewCampaign).filter((d) => d.detail.year === year);
      const late = lateFilings(duties, year);
      const row = (d: (typeof duties)[number]) => ({ departmentId: d.subjectDepartmentId ?? null, year: yearOf(d)!, title: d.title, dueDate: d.dueDate, kind: d.kind, owner: d.ownerLabel ?? '' });
      return {
        year,
        byKind: Object.entries(byKind).map(([kind, persons]) => ({ kind, label: VALUE_LABELS[kind] ?? kind, persons })),
        byMonth,
        byDepartment: [...byDept.values()].sort((a, b) => b.total - a.total),
        campaigns: {
          required: rules.campaignsPerYear.value, done: campaignDuties.filter((d) => d.status === 'done').length, citation: rules.campaignsPerYear.citation,
          duties: campaignDuties.map((d) => ({ title: d.title, dueDate: d.dueDate, status: d.status, doneDate: d.doneDate ?? null })),
        },
        late: late.late.map(row),
        lateDepartments: late.departments,
        lateAsOf: judgedOn,
        carriedOver: late.carriedOver.map(row),
        inquiries: {
          sent: inquiries.length,
          replied: inquiries.filter((w) => w.status === 'replied' || w.status === 'assessed').length,
          overdue: inquiries.filter((w) => w.status === 'sent' && w.replyDue! < today).length,
        },
      };
    },
  );
};
