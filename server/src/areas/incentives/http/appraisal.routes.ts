import { tell } from '../../../core/reminders/tell';
import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appraisal, appraisalCycle, department, dutyReport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { authorizeIncentive } from '../access';
import { optText, text } from '../../../core/http/text-fields';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { checkGrade, excellentQuota } from '../rules/appraisal';
import { registerTalkOccasion } from '../../talks';
import { idParam } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { visiblePerson } from '../../people';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { appraisalWorkbook } from '../documents/incentive-exports';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { appraisalContext, appraisalError, appraisalSheet, casesForAppraisal, getCycle } from '../queries/appraisal';
import { idField, idQuery } from '../../../core/http/ids';
import { citationName } from '../../../core/policy/citation-names';

const year = z.number().int().min(2000, '年度不正确').max(2100, '年度不正确').describe('年度');
const cycleOut = z.object({ id: z.number(), year: z.number(), dutyReportDue: z.string(), status: z.string(), graded: z.number(), reports: z.number() });
const labelled = z.object({ key: z.string(), label: z.string() });

export const appraisalRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/appraisal/rules',
    {
      config: { access: 'roster.read' },
      schema: {
        tags: ['incentives'],
        summary: '本院年度考核规则：等次及名称、负面评价等次、优秀名额比例、述职述廉范围',
        response: { 200: z.object({ grades: z.array(labelled), adverse: z.array(z.string()), adverseCitation: z.string().nullable(), quotaRatio: z.number(), quotaIsDefault: z.boolean(), dutyReportCitation: z.string().nullable(), talkGrades: z.array(z.string()), talkCitation: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { rules: r } = await appraisalContext(db, deps, req.auth!.institutionId, todayIso());
      return { ...r, grades: r.grades.map((g) => ({ key: g, label: r.labels[g] })) };
    },
  );

  app.get(
    '/api/appraisal-cycles',
    { config: { access: 'appraisal.manage' }, schema: { tags: ['incentives'], summary: '年度考核（各年度）', response: { 200: z.array(cycleOut) } } },
    async (req) => {
      const inst = req.auth!.institutionId;
      const [cycles, graded, reports] = await Promise.all([
        db.select().from(appraisalCycle).where(eq(appraisalCycle.institutionId, inst)).orderBy(desc(appraisalCycle.year)),
        db.select({ cycleId: appraisal.cycleId, n: count() }).from(appraisal).where(eq(appraisal.institutionId, inst)).groupBy(appraisal.cycleId),
        db.select({ cycleId: dutyReport.cycleId, n: count() }).from(dutyReport).where(eq(dutyReport.institutionId, inst)).groupBy(dutyReport.cycleId),
      ]);
      return cycles.map((c) => ({ ...c, graded: graded.find((g) => g.cycleId === c.id)?.n ?? 0, reports: reports.find((r) => r.cycleId === c.id)?.n ?? 0 }));
    },
  );

  app.post(
    '/api/appraisal-cycles',
    { config: { access: 'appraisal.manage' }, schema: { tags: ['incentives'], summary: '启动年度考核（第6条）：中层领导干部述职述廉报告截止日期', body: z.object({ year, dutyReportDue: isoDate.nullish().transform((v) => v ?? null).describe('述职述廉报告截止日期') }), response: { 201: cycleOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const { rules } = await appraisalContext(db, deps, auth.institutionId, todayIso());
      const due = b.dutyReportDue ?? `${b.year}-${rules.dutyReportDue}`;
      if (!due.startsWith(String(b.year)) && !due.startsWith(String(b.year + 1))) throw new AppError('APPRAISAL.DUE', '述职述廉截止日期应在考核年度年末或次年年初', 400, { field: 'dutyReportDue' });
      const id = await runCommand(db, req, async (tx) => {
        const [dup] = await tx.select({ id: appraisalCycle.id }).from(appraisalCycle).where(and(eq(appraisalCycle.institutionId, auth.institutionId), eq(appraisalCycle.year, b.year)));
        if (dup) throw new AppError('APPRAISAL.CYCLE_EXISTS', `${b.year} 年度考核已经启动`, 409, { field: 'year' });
        const [c] = await tx.insert(appraisalCycle).values({ institutionId: auth.institutionId, year: b.year, dutyReportDue: due, createdBy: auth.accountId }).returning({ id: appraisalCycle.id });
        return { result: c.id, audit: { action: 'appraisal.cycle_open', entityType: 'appraisal_cycle', entityId: c.id, after: { year: b.year, dutyReportDue: due } } };
      });
      const c = await getCycle(db, auth.institutionId, id);
      return reply.status(201).send({ ...c, graded: 0, reports: 0 });
    },
  );

  app.get(
    '/api/appraisal-cycles/:id/sheet',
    {
      config: { access: 'appraisal.manage' },
      schema: {
        tags: ['incentives'],
        summary: '部门年度考核登记表：参加考核人员、述职述廉、等次、优秀名额',
        params: idParam,
        querystring: z.object({ departmentId: idQuery('请选择部门').describe('部门') }),
        response: {
          200: z.object({
            year: z.number(), departmentId: z.number(), population: z.number(), quota: z.number(), excellent: z.number(),
            rows: z.array(z.object({
              personId: z.number(), name: z.string(), title: z.string(), rank: z.string(), owesReport: z.boolean(), reportOn: z.string().nullable(), inaction: z.string().nullable(), grade: z.string().nullable(),
              reason: z.string().nullable(), overQuota: z.boolean(), quotaReason: z.string().nullable(), recordedOn: z.string().nullable(),
            })),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const c = await getCycle(db, auth.institutionId, req.params.id);
      const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, todayIso());
      const rows = await appraisalSheet(db, auth.institutionId, c, req.query.departmentId, todayIso(), gapDays, rules);
      return { year: c.year, departmentId: req.query.departmentId, population: rows.length, quota: excellentQuota(rows.length, rules), excellent: rows.filter((r) => r.grade === 'excellent').length, rows };
    },
  );

  app.get(
    '/api/appraisal-cycles/:id/results.xlsx',
    { config: { access: 'appraisal.manage' }, schema: { tags: ['incentives'], summary: '导出年度考核结果（Excel）：等次汇总（按部门、优秀名额）与考核结果名单', params: idParam } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const c = await getCycle(db, auth.institutionId, req.params.id);
      const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, today);
      const rows = await appraisalSheet(db, auth.institutionId, c, null, today, gapDays, rules);
      const inst = await collegeOf(db, auth.institutionId);
      const body = await appraisalWorkbook(
        inst.name, c.year, today, rules.grades.map((g) => ({ key: g, label: rules.labels[g] })), (n) => excellentQuota(n, rules), citationName(deps.packs, rules.quotaCitation),
        rows.sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN')).map((r) => ({ ...r, rankLabel: VALUE_LABELS[r.rank] ?? r.rank })),
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}${c.year}年度干部考核结果`, ext: 'xlsx', body, entity: { type: 'appraisal_cycle', id: c.id } });
    },
  );

  app.get(
    '/api/appraisal/cases',
    {
      config: { access: 'appraisal.manage' },
      schema: {
        tags: ['incentives'],
        summary: '某人的问责事项，及经认定免责、年度考核不受影响的事项（第12条）',
        querystring: z.object({ personId: idQuery() }),
        response: { 200: z.array(z.object({ id: z.number(), matter: z.string(), startedOn: z.string(), exempted: z.boolean(), citation: z.string().nullable() })) },
      },
    },
    async (req) => casesForAppraisal(db, req.auth!.institutionId, req.query.personId),
  );

  app.post(
    '/api/appraisals',
    {
      config: { access: 'appraisal.manage' },
      schema: {
        tags: ['incentives'],
        summary: '登记年度考核等次（基本称职、不称职须写明依据，经认定免责的事项不得作为理由；同时产生谈心谈话情形）',
        body: z.object({
          cycleId: idField().describe('考核年度'),
          personId: idField('请选择人员').describe('人员'),
          departmentId: idField('请选择部门').describe('部门'),
          grade: z.string().min(1, '请选择考核等次').describe('考核等次'),
          reason: optText(1000).describe('评定依据'),
          caseIds: z.array(idField()).max(20).default([]).describe('所依据的问责事项'),
          quotaReason: optText(500).describe('超出优秀名额的理由'),
        }),
        response: { 201: z.object({ id: z.number(), overQuota: z.boolean(), talkOccasionId: z.number().nullable() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      authorizeIncentive(auth, 'gradeAppraisal', b);
      const c = await getCycle(db, auth.institutionId, b.cycleId);
      if (c.status !== 'open') throw new AppError('APPRAISAL.CYCLE_CLOSED', `${c.year} 年度考核已结束，不能再登记`, 409);
      const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, today);
      const sheet = await appraisalSheet(db, auth.institutionId, c, b.departmentId, today, gapDays, rules);
      const row = sheet.find((r) => r.personId === b.personId);
      if (!row) throw new AppError('APPRAISAL.NOT_IN_DEPARTMENT', '该人员不在本部门参加考核的人员中', 400, { field: 'personId' });
      const cases = await casesForAppraisal(db, auth.institutionId, b.personId);
      if (b.caseIds.some((id) => !cases.some((x) => x.id === id))) throw new AppError('APPRAISAL.CASE', '所选问责事项不属于该人员', 400, { field: 'caseIds' });
      const result = await runCommand(db, req, async (tx) => {
        const [existing] = await tx.select({ grade: appraisal.grade }).from(appraisal).where(and(eq(appraisal.institutionId, auth.institutionId), eq(appraisal.personId, b.personId), eq(appraisal.year, c.year)));
        const excellentSoFar = sheet.filter((r) => r.grade === 'excellent').length;
        let checked;
        try {
          checked = checkGrade(b, { name: row.name, year: c.year, existing: existing?.grade ?? null, population: sheet.length, excellentSoFar, exempted: cases.filter((x) => x.exempted).map((x) => ({ caseId: x.id, matter: x.matter, citation: x.citation })) }, rules);
        } catch (e) {
          throw appraisalError(e);
        }
        const [a] = await tx
          .insert(appraisal)
          .values({
            institutionId: auth.institutionId, cycleId: c.id, year: c.year, personId: b.personId, departmentId: b.departmentId, grade: b.grade, reason: b.reason, caseIds: b.caseIds,
            overQuota: checked.overQuota, quotaReason: checked.overQuota ? b.quotaReason : null, recordedOn: today, recordedBy: auth.accountId,
          })
          .returning({ id: appraisal.id });
        // The boundary to the talks area (scitc 附件1 第五条（四）): a weak grade is a situation calling for a talk.
        const talkOccasionId = checked.owesTalk
          ? await registerTalkOccasion(tx, {
              institutionId: auth.institutionId, kind: 'weak_appraisal', subjectPersonId: b.personId, occasionDate: today, source: 'appraisal', createdBy: auth.accountId,
              note: `${c.year} 年度考核评为${rules.labels[b.grade] ?? b.grade}`,
            })
          : null;
        // The cadre is told their grade, with the basis where the grade is adverse (基本称职、不称职须写明依据).
        await tell(tx, deps.packs, {
          institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [b.personId], event: 'appraisal.graded',
          ctx: { id: a.id, who: row.name, what: String(c.year), decision: rules.labels[b.grade] ?? b.grade, reason: b.reason }, citation: b.reason ? rules.adverseCitation : null,
        });
        return { result: { id: a.id, overQuota: checked.overQuota, talkOccasionId }, audit: { action: 'appraisal.grade', entityType: 'appraisal', entityId: a.id, after: { ...b, overQuota: checked.overQuota, talkOccasionId } } };
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/persons/:id/appraisals',
    {
      config: { access: 'roster.read' },
      schema: {
        tags: ['incentives'],
        summary: '某人历年年度考核等次（评定依据仅组织部和本人可见）',
        params: idParam,
        response: { 200: z.array(z.object({ year: z.number(), grade: z.string(), gradeLabel: z.string(), departmentName: z.string().nullable(), reason: z.string().nullable(), overQuota: z.boolean(), recordedOn: z.string() })) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const p = await visiblePerson(db, auth, req.params.id, today);
      const { rules } = await appraisalContext(db, deps, auth.institutionId, today);
      const rows = await db
        .select({ a: appraisal, departmentName: department.name })
        .from(appraisal)
        .leftJoin(department, eq(department.id, appraisal.departmentId))
        .where(and(eq(appraisal.institutionId, auth.institutionId), eq(appraisal.personId, p.id)))
        .orderBy(desc(appraisal.year));
      const seesReason = auth.permissions.has('appraisal.manage') || auth.personId === p.id;
      return rows.map(({ a, departmentName }) => ({ year: a.year, grade: a.grade, gradeLabel: rules.labels[a.grade] ?? a.grade, departmentName, reason: seesReason ? a.reason : null, overQuota: a.overQuota, recordedOn: a.recordedOn }));
    },
  );

  app.get(
    '/api/duty-reports/mine',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['incentives'], summary: '我的述职述廉报告（中层领导干部）', response: { 200: z.array(z.object({ cycleId: z.number(), year: z.number(), due: z.string(), owes: z.boolean(), submittedOn: z.string().nullable(), content: z.string().nullable(), citation: z.string().nullable() })) } },
    },
    async (req) => {
      const auth = req.auth!;
      if (!auth.personId) return [];
      const { rules } = await appraisalContext(db, deps, auth.institutionId, todayIso());
      const cycles = await db.select().from(appraisalCycle).where(eq(appraisalCycle.institutionId, auth.institutionId)).orderBy(desc(appraisalCycle.year));
      const reports = await db.select().from(dutyReport).where(and(eq(dutyReport.institutionId, auth.institutionId), eq(dutyReport.personId, auth.personId)));
      const owes = auth.posts.some((p) => rules.dutyReportRanks.includes(p.rank));
      return cycles
        .map((c) => {
          const r = reports.find((x) => x.cycleId === c.id);
          return { cycleId: c.id, year: c.year, due: c.dutyReportDue, owes: owes && c.status === 'open', submittedOn: r?.submittedOn ?? null, content: r?.content ?? null, citation: rules.dutyReportCitation };
        })
        .filter((x) => x.owes || x.submittedOn);
    },
  );

  app.post(
    '/api/duty-reports',
    { config: { access: 'authenticated' }, schema: { tags: ['incentives'], summary: '提交述职述廉报告（第6条）', body: z.object({ cycleId: idField(), content: text('述职述廉报告', 50, 20000) }), response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      authorizeIncentive(auth, 'reportDuty', null);
      const c = await getCycle(db, auth.institutionId, req.body.cycleId);
      const { rules } = await appraisalContext(db, deps, auth.institutionId, today);
      if (c.status !== 'open') throw new AppError('DUTY_REPORT.CLOSED', `${c.year} 年度考核已结束`, 409);
      authorizeIncentive(auth, 'reportDutyAsRank', { ranks: rules.dutyReportRanks, citation: rules.dutyReportCitation });
      const id = await runCommand(db, req, async (tx) => {
        const [dup] = await tx.select({ id: dutyReport.id }).from(dutyReport).where(and(eq(dutyReport.cycleId, c.id), eq(dutyReport.personId, auth.personId!)));
        if (dup) throw new AppError('DUTY_REPORT.DUPLICATE', `${c.year} 年度述职述廉报告已经提交`, 409);
        const [r] = await tx.insert(dutyReport).values({ institutionId: auth.institutionId, cycleId: c.id, personId: auth.personId!, content: req.body.content, submittedOn: today }).returning({ id: dutyReport.id });
        return { result: r.id, audit: { action: 'duty_report.submit', entityType: 'duty_report', entityId: r.id, after: { cycleId: c.id, year: c.year } } };
      });
      return reply.status(201).send({ id });
    },
  );

};
