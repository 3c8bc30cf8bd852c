import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, interview, writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { renderDocx } from '../../../core/documents/word';
import { renderPdf } from '../../../core/documents/pdf';
import { ledgerWorkbook, registerFormSpec, statisticsWorkbook, type LedgerRow, type RegisterForm } from '../documents';
import { idParam } from '../../../core/http/ids';
import { interviewContext } from '../context';
import { heldInYear, quarterlyStatistics, zeroCounts } from '../queries/statistics';
import { facts, getInterview, loadInterviews, presentInterview } from '../queries/interviews';
import { authorizeInterview } from '../access';
import { idQuery } from '../../../core/http/ids';
import { citationName } from '../../../core/policy/citation-names';

const ledgerQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), departmentId: idQuery().optional() });

/** 六（一）: the register form of each interview, the work ledger and the statistics table. Every download is audited. */
export const interviewExportRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;


  for (const ext of ['docx', 'pdf'] as const)
    app.get(
      `/api/interviews/:id/register.${ext}`,
      { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: `导出党员干部约谈情况登记表（${ext === 'docx' ? 'Word' : 'PDF'}；含约谈记录，仅纪委、领导小组、主谈人和记录人）`, params: idParam } },
      async (req, reply) => {
        const auth = req.auth!;
        const r = await getInterview(db, auth, req.params.id);
        authorizeInterview(auth, 'readRecord', facts(r));
        const v = presentInterview(auth, r, true);
        const inst = await collegeOf(db, auth.institutionId);
        const form: RegisterForm = {
          ...v, college: inst.name, recorderName: v.recorderName, leadArticle: v.leadArticle && citationName(deps.packs, v.leadArticle),
          handling: v.handlingProposal ? `${v.handlingProposal}${v.handlingStatusLabel ? `（${v.handlingStatusLabel}${v.handlingMeetingRef ? `，${v.handlingMeetingRef}` : ''}）` : ''}` : null,
        };
        const spec = registerFormSpec(form);
        const body = ext === 'docx' ? await renderDocx(spec) : await renderPdf(spec);
        return sendDocument(db, req, reply, { base: `党员干部约谈情况登记表-${v.heldOn ?? v.scheduledOn}-${v.targets.map((t) => t.name).join('、')}`, ext, body, entity: { type: 'interview', id: v.id } });
      },
    );

  app.get(
    '/api/interviews/ledger.xlsx',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '导出党员干部约谈常态化工作台账（Excel，按年度，可按部门）', querystring: ledgerQuery } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const year = req.query.year ?? Number(today.slice(0, 4));
      const deptId = req.query.departmentId;
      authorizeInterview(auth, 'exportLedger', { departmentId: deptId });
      const { rules } = await interviewContext(db, deps, auth.institutionId, today);
      const rows = await loadInterviews(db, auth.institutionId, and(gte(interview.scheduledOn, `${year}-01-01`), lte(interview.scheduledOn, `${year}-12-31`), sql`${interview.status} <> 'cancelled'`));
      const ledger: LedgerRow[] = rows.flatMap((r) =>
        r.targets
          .filter((t) => !deptId || t.departmentId === deptId)
          .map((t) => ({
            heldOn: r.iv.heldOn, scheduledOn: r.iv.scheduledOn, name: t.name, departmentName: t.departmentName, kindLabel: VALUE_LABELS[r.iv.kind] ?? r.iv.kind, formLabel: r.iv.form === 'group' ? '集体约谈' : '个别约谈',
            leadName: r.leadName, organizerLabel: r.iv.organizerKind === 'department' ? (r.organizerDepartmentName ?? '本部门') : r.iv.organizerKind === 'org' ? '党委组织部' : '纪检监察室',
            topic: r.iv.topic, materialLabel: VALUE_LABELS[t.material] ?? t.material, materialOn: t.materialOn, waivedReason: t.waivedReason,
            handling: r.iv.handlingProposal, statusLabel: presentInterview(auth, r, false).statusLabel, planTitle: r.planTitle ?? null,
          })),
      );
      const inst = await collegeOf(db, auth.institutionId);
      const scope = deptId ? ((await db.select({ name: department.name }).from(department).where(eq(department.id, deptId)))[0]?.name ?? '') : '';
      const body = await ledgerWorkbook(inst.name, scope, year, today, citationName(deps.packs, rules.statisticsCitation), ledger);
      return sendDocument(db, req, reply, { base: `${inst.shortName}${scope}${year}年党员干部约谈常态化工作台账`, ext: 'xlsx', body, entity: { type: 'document', id: `interview-ledger:${year}:${deptId ?? 'all'}` } });
    },
  );

  app.get(
    '/api/interviews/statistics.xlsx',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '导出党员干部约谈情况统计表（Excel）', querystring: ledgerQuery.pick({ year: true }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const year = req.query.year ?? Number(today.slice(0, 4));
      authorizeInterview(auth, 'exportStatistics', null);
      const { rules } = await interviewContext(db, deps, auth.institutionId, today);
      const [held, inquiries, reports] = await Promise.all([
        heldInYear(db, auth.institutionId, year),
        db
          .select({ departmentId: writtenInquiry.departmentId, departmentName: department.name })
          .from(writtenInquiry)
          .leftJoin(department, eq(department.id, writtenInquiry.departmentId))
          .where(and(eq(writtenInquiry.institutionId, auth.institutionId), gte(writtenInquiry.sentOn, `${year}-01-01`), lte(writtenInquiry.sentOn, `${year}-12-31`))),
        quarterlyStatistics(db, auth, year),
      ]);
      const byDept = new Map<string, { departmentName: string; counts: Record<string, number>; inquiries: number }>();
      const row = (name: string | null) => {
        const k = name ?? '（未注明部门）';
        if (!byDept.has(k)) byDept.set(k, { departmentName: k, counts: zeroCounts(), inquiries: 0 });
        return byDept.get(k)!;
      };
      for (const h of held) row(h.departmentName).counts[h.kind]++;
      for (const w of inquiries) row(w.departmentName).inquiries++;
      const inst = await collegeOf(db, auth.institutionId);
      const body = await statisticsWorkbook(inst.name, year, today, rules.kinds.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })), [...byDept.values()].sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh')), reports);
      return sendDocument(db, req, reply, { base: `${inst.shortName}${year}年党员干部约谈情况统计表`, ext: 'xlsx', body, entity: { type: 'document', id: `interview-statistics:${year}` } });
    },
  );
};
