import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { excellentQuota } from '../rules/appraisal';
import { idParam } from '../../../core/http/ids';
import { visiblePerson } from '../../people';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { appraisalWorkbook } from '../documents/incentive-exports';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { appraisalContext, appraisalSheet, casesForAppraisal, getCycle } from '../queries/appraisal';
import { appraisalCycles, myDutyReports, personAppraisals } from '../queries/appraisal-records';
import { openAppraisalCycle } from '../commands/open-appraisal-cycle';
import { gradeAppraisal } from '../commands/grade-appraisal';
import { submitDutyReport } from '../commands/submit-duty-report';
import { idQuery } from '../../../core/http/ids';
import { citationName } from '../../../core/policy/citation-names';
import { cycleCreate, dutyReportCreate, gradeCreate } from './appraisal.schema';

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
        response: { 200: z.object({ grades: z.array(labelled), adverse: z.array(z.string()), adverseCitation: z.string().nullable(), quotaRatio: z.number(), quotaIsDefault: z.boolean(), dutyReportCitation: z.string().nullable(), talkGrades: z.array(z.string()), talkCitation: z.string().nullable(), defaultGrade: z.string().describe('按部门批量登记时“其余人员”默认设为的等次'), defaultGradeIsDefault: z.boolean() }) },
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
    async (req) => appraisalCycles(db, req.auth!.institutionId),
  );

  app.post(
    '/api/appraisal-cycles',
    { config: { access: 'appraisal.manage' }, schema: { tags: ['incentives'], summary: '启动年度考核（第6条）：中层领导干部述职述廉报告截止日期', body: cycleCreate, response: { 201: cycleOut } } },
    async (req, reply) => {
      const id = await openAppraisalCycle(deps, req, req.body);
      const c = await getCycle(db, req.auth!.institutionId, id);
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
        body: gradeCreate,
        response: { 201: z.object({ id: z.number(), overQuota: z.boolean(), talkOccasionId: z.number().nullable() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await gradeAppraisal(deps, req, req.body)),
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
      return personAppraisals(db, auth, p.id, rules.labels);
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
      return myDutyReports(db, auth, rules);
    },
  );

  app.post(
    '/api/duty-reports',
    { config: { access: 'authenticated' }, schema: { tags: ['incentives'], summary: '提交述职述廉报告（第6条）', body: dutyReportCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await submitDutyReport(deps, req, req.body) }),
  );
};
