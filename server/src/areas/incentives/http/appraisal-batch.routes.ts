import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inArray } from 'drizzle-orm';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { idParam } from '../../../core/http/ids';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { citationName } from '../../../core/policy/citation-names';
import { appraisalContext, appraisalSheet, getCycle } from '../queries/appraisal';
import { appraisalProgress } from '../queries/appraisal-progress';
import { gradeDepartment } from '../commands/grade-department';
import { commitAppraisalImport, previewAppraisalImport } from '../commands/import-appraisals';
import { appraisalTemplate, MAX_APPRAISAL_BYTES } from '../documents/appraisal-sheet';
import { appraisalUpload, gradeOutcome, gradesCreate } from './appraisal-batch.schema';

const importOut = z.object({
  fileName: z.string(), status: z.string(), totalRows: z.number(), counts: z.record(z.string(), z.number()), results: z.array(gradeOutcome),
  batchId: z.number().optional().describe('导入批次编号（可在导入当天撤销）'),
});
const uploadLimit = Math.ceil((MAX_APPRAISAL_BYTES * 4) / 3) + 64 * 1024;

/**
 * 年度考核（全院）: progress by department, the department grid's batch save (“其余人员设为 合格”), and the import of
 * results from Excel (template, preview, commit; updates by 工号 and year).
 */
export const appraisalBatchRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/appraisal-cycles/:id/progress',
    {
      config: { access: 'appraisal.manage' },
      schema: {
        tags: ['incentives'],
        summary: '年度考核进度：各部门参加考核人数、已登记、优秀名额与已评优秀（第6条）',
        params: idParam,
        response: {
          200: z.object({
            year: z.number(), status: z.string(), population: z.number(), graded: z.number(), excellent: z.number(), defaultGrade: z.string(), defaultGradeIsDefault: z.boolean(),
            departments: z.array(z.object({ departmentId: z.number(), name: z.string(), population: z.number(), graded: z.number(), excellent: z.number(), adverse: z.number(), quota: z.number() })),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const c = await getCycle(db, auth.institutionId, req.params.id);
      const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, today);
      return appraisalProgress(db, auth.institutionId, c, today, gapDays, rules);
    },
  );

  app.post(
    '/api/appraisal-cycles/:id/grades',
    {
      config: { access: 'appraisal.manage' },
      schema: {
        tags: ['incentives'],
        summary: '按部门批量登记年度考核等次：所列人员逐人登记或修改，其余未登记人员可一并设为某一等次；有一人未通过检查则全部不保存（第6条、第12条）',
        params: idParam,
        body: gradesCreate,
        response: { 200: z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), talkOccasions: z.number(), rows: z.array(gradeOutcome) }) },
      },
    },
    async (req) => gradeDepartment(deps, req, req.params.id, req.body),
  );

  app.get(
    '/api/appraisal-cycles/:id/import-template.xlsx',
    { config: { access: 'appraisal.manage' }, schema: { tags: ['incentives'], summary: '下载考核结果导入模板（Excel）：全院参加考核人员及已登记的等次，等次下拉选择，附填写说明', params: idParam } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const c = await getCycle(db, auth.institutionId, req.params.id);
      const { rules, gapDays } = await appraisalContext(db, deps, auth.institutionId, today);
      const rows = await appraisalSheet(db, auth.institutionId, c, null, today, gapDays, rules);
      const ids = rows.map((r) => r.personId);
      const staff = ids.length ? await db.select({ id: person.id, staffNo: person.staffNo }).from(person).where(inArray(person.id, ids)) : [];
      const staffNo = new Map(staff.map((p) => [p.id, p.staffNo]));
      const label = (g: string) => rules.labels[g] ?? g;
      const inst = await collegeOf(db, auth.institutionId);
      const body = await appraisalTemplate(
        inst.name, c.year, rules.grades.map(label),
        { adverse: rules.adverse.map(label).join('、'), adverseCitation: citationName(deps.packs, rules.adverseCitation) ?? '', quota: `不超过参加考核人数的 ${Math.round(rules.quotaRatio * 100)}%${rules.quotaIsDefault ? '（系统默认）' : ''}，至少 ${rules.quotaMinimum} 个`, defaultGrade: label(rules.defaultGrade) },
        rows.sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN')).map((r) => ({ staffNo: staffNo.get(r.personId) ?? '', name: r.name, department: r.departmentName, title: r.title, grade: r.grade ? label(r.grade) : '', reason: r.reason ?? '', quotaReason: r.quotaReason ?? '' })),
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}${c.year}年度考核结果导入模板`, ext: 'xlsx', body, entity: { type: 'appraisal_cycle', id: c.id }, detail: { persons: rows.length } });
    },
  );

  app.post(
    '/api/appraisal-cycles/:id/imports/preview',
    {
      config: { access: 'appraisal.manage' },
      bodyLimit: uploadLimit,
      schema: { tags: ['incentives'], summary: '上传考核结果并预览：逐行校验（工号与姓名、等次、评定依据、优秀名额、回避），不写入', params: idParam, body: appraisalUpload, response: { 200: importOut } },
    },
    async (req) => previewAppraisalImport(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/appraisal-cycles/:id/imports',
    {
      config: { access: 'appraisal.manage' },
      bodyLimit: uploadLimit,
      schema: {
        tags: ['incentives'],
        summary: '导入考核结果：再次逐行校验后全部导入（有错误行时不导入任何一行），或只导入正确的行；按工号更新该人本年度等次',
        params: idParam,
        body: appraisalUpload.extend({ onlyGood: z.boolean().default(false).describe('只导入正确的行') }),
        response: { 200: importOut },
      },
    },
    async (req) => commitAppraisalImport(deps, req, req.params.id, req.body),
  );
};
