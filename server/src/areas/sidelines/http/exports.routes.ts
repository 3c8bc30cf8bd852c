import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { person, sidelinePay, sidelineReport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { AppError } from '../../../core/shared/errors';
import { chinaDateOf, isValidIsoDate, todayIso } from '../../../core/shared/dates';
import { annualReportWorkbook, approvalFormSpec, ledgerWorkbook, publicationRows, publicationSpec, publicationWorkbook } from '../documents';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { renderDocx } from '../../../core/documents/word';
import { renderPdf } from '../../../core/documents/pdf';
import { idParam } from '../../../core/http/ids';
import { ledger, type LedgerRow } from '../queries/ledger';
import { applicantContext, presentApplication, visibleApplication } from '../queries/applications';
import { citationName, citationsText, withCitationNames } from '../../../core/policy/citation-names';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { PolicyKey } from '../../../core/policy/policy-keys';
import { applicationRules } from '../queries/application-check';
import { sidelinesPolicy } from '../policy';

const dateQuery = z.object({ date: z.string().optional().describe('公示日期') });

/** 兼职台账 (Excel), 兼职情况公示表 (Excel, PDF), 兼职审批表 (Word, PDF). Every download is audited. */
/** The ledger's verdicts name their regulation (《领导干部兼职管理办法》第十六条), never the pack id. */
const namedVerdicts = (packs: AppDeps['packs'], rows: LedgerRow[]): LedgerRow[] =>
  rows.map((r) => (r.watch.text ? { ...r, watch: { ...r.watch, text: withCitationNames(packs, r.watch.text) } } : r));

export const sidelineExportsRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  /** A document's 依据 line from the pack: the articles of the rules it embodies, by the regulation's name. */
  const basis = (policy: EffectivePolicy, asOf: string, keys: PolicyKey<typeof sidelinesPolicy>[]) =>
    citationsText(packs, keys.map((k) => policy.param(sidelinesPolicy, k, asOf).source.citation));
  // 第五条 (the organization department manages the posts and publishes them) is cited on sidelines.escalation_ladder.
  const LEDGER = ['sidelines.escalation_ladder', 'sidelines.approval_chain'] as const;
  const ANNUAL = ['sidelines.pay_allowed', 'sidelines.annual_report_contents'] as const;
  const PUBLICATION = ['sidelines.escalation_ladder'] as const;

  app.get('/api/sidelines/ledger.xlsx', { config: { access: 'sideline.ledger' }, schema: { tags: ['sidelines'], summary: '导出兼职台账（Excel）' } }, async (req, reply) => {
    const auth = req.auth!;
    const today = todayIso();
    const { policy } = await policyFor(db, packs, auth.institutionId);
    const inst = await collegeOf(db, auth.institutionId);
    return sendDocument(db, req, reply, { base: `${inst.shortName}领导干部兼职台账${today}`, ext: 'xlsx', body: await ledgerWorkbook(inst.name, today, basis(policy, today, [...LEDGER]), namedVerdicts(packs, await ledger(db, auth.institutionId, policy, today))) });
  });

  app.get(
    '/api/sidelines/annual-report.xlsx',
    { config: { access: 'sideline.ledger' }, schema: { tags: ['sidelines'], summary: '导出领导干部兼职情况年度报告汇总表（Excel，第十八条）', querystring: z.object({ year: z.coerce.number().int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确').optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const year = req.query.year ?? Number(today.slice(0, 4)) - 1;
      const { policy } = await policyFor(db, packs, auth.institutionId);
      const held = (await ledger(db, auth.institutionId, policy, today)).filter((r) => r.startDate <= `${year}-12-31` && (r.endedOn === null || r.endedOn >= `${year}-01-01`));
      const ids = held.map((r) => r.id);
      const [reports, pays] = ids.length
        ? await Promise.all([
            db.select().from(sidelineReport).where(and(inArray(sidelineReport.sidelineId, ids), eq(sidelineReport.year, year))),
            db.select().from(sidelinePay).where(and(inArray(sidelinePay.sidelineId, ids), gte(sidelinePay.receivedDate, `${year}-01-01`), lte(sidelinePay.receivedDate, `${year}-12-31`))),
          ])
        : [[], []];
      const sum = (ps: typeof pays) => Math.round(ps.reduce((n, p) => n + Number(p.amount), 0) * 100) / 100;
      const rows = held.map((r) => {
        const mine = pays.filter((p) => p.sidelineId === r.id);
        return { name: r.person.name, departmentName: r.departmentName, orgName: r.org.name, postTitle: r.postTitle, report: reports.find((x) => x.sidelineId === r.id) ?? null, paid: sum(mine), turnedOver: sum(mine.filter((p) => p.turnedOverDate)) };
      });
      const inst = await collegeOf(db, auth.institutionId);
      return sendDocument(db, req, reply, { base: `${inst.shortName}${year}年度领导干部兼职情况报告汇总表`, ext: 'xlsx', body: await annualReportWorkbook(inst.name, year, today, basis(policy, today, [...ANNUAL]), rows) });
    },
  );

  for (const ext of ['xlsx', 'pdf'] as const)
    app.get(
      `/api/sidelines/publication.${ext}`,
      { config: { access: 'sideline.ledger' }, schema: { tags: ['sidelines'], summary: `生成领导干部兼职情况公示表（${ext === 'pdf' ? 'PDF' : 'Excel'}）`, querystring: dateQuery } },
      async (req, reply) => {
        const auth = req.auth!;
        const date = req.query.date ?? todayIso();
        if (!isValidIsoDate(date)) throw new AppError('DOC.BAD_DATE', '公示日期格式应为 YYYY-MM-DD', 400, { field: 'date' });
        const { policy } = await policyFor(db, packs, auth.institutionId);
        const inst = await collegeOf(db, auth.institutionId);
        const rows = await ledger(db, auth.institutionId, policy, date);
        const paidRows = rows.length
          ? await db.select({ id: sidelinePay.sidelineId }).from(sidelinePay).where(and(inArray(sidelinePay.sidelineId, rows.map((r) => r.id)), isNotNull(sidelinePay.turnedOverDate)))
          : [];
        const table = publicationRows(rows, date, new Set(paidRows.map((p) => p.id)));
        const cited = basis(policy, date, [...PUBLICATION]);
        const base = `${inst.shortName}领导干部兼职情况公示表${date}`;
        return sendDocument(db, req, reply, { base, ext, body: ext === 'pdf' ? await renderPdf(publicationSpec(inst.name, date, cited, table)) : await publicationWorkbook(inst.name, date, cited, table) });
      },
    );

  for (const ext of ['docx', 'pdf'] as const)
    app.get(
      `/api/sideline-applications/:id/form.${ext}`,
      { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: `兼职审批表（${ext === 'pdf' ? 'PDF' : 'Word'}；中层与院领导两种版式）`, params: idParam } },
      async (req, reply) => {
        const auth = req.auth!;
        const a = await visibleApplication(db, auth, req.params.id);
        const today = todayIso();
        const { policy } = await policyFor(db, packs, auth.institutionId);
        const view = await presentApplication(db, auth, a, policy, today);
        const [p] = await db.select().from(person).where(eq(person.id, a.applicantPersonId));
        const ctx = await applicantContext(db, auth.institutionId, a.applicantPersonId, a.submittedAt ? chinaDateOf(a.submittedAt) : today);
        const inst = await collegeOf(db, auth.institutionId);
        const rank = a.rank ?? ctx.rank;
        const decisions = view.decisions.filter((d) => d.stepKind !== 'applicant');
        const rules = applicationRules(policy, today);
        const pay = policy.param(sidelinesPolicy, 'sidelines.pay_allowed', today);
        const spec = approvalFormSpec({
          college: inst.name,
          variant: rank === 'principal' || rank === 'leader' ? 'leadership' : 'middle',
          applicant: { name: p.name, gender: p.gender, birthDate: p.birthDate, politicalStatus: p.politicalStatus, post: ctx.departmentName ? (rank === 'principal' || rank === 'leader' ? ctx.postTitle : `${ctx.departmentName}${ctx.postTitle ?? ''}`) : null, rank },
          org: view.org,
          postTitle: a.postTitle, hasTerms: a.hasTerms, termNumber: a.termNumber, startDate: a.startDate, endDate: a.endDate, associationLeadershipPost: a.associationLeadershipPost,
          legalRepresentative: a.legalRepresentative, reason: a.reason, justification: a.justification, committed: view.committed,
          willReceivePay: a.willReceivePay, payAllowed: pay.value, attachments: rules.requiredFiles.map((f) => f.label),
          regulation: citationName(packs, pay.source.citation)?.match(/^《[^》]+》/)?.[0] ?? '有关',
          // The latest decision at each step (after a return, the step may have decided twice).
          steps: view.steps.map((s) => ({ kind: s.kind, label: s.label, decision: [...decisions].reverse().find((d) => d.stepKind === s.kind) })),
        });
        const body = ext === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
        return sendDocument(db, req, reply, { base: `${spec.title}-${p.name}-${a.id}`, ext, body, entity: { type: 'sideline_application', id: a.id } });
      },
    );
};
