import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { sendListWorkbook } from '../../../core/documents/list-export';
import { searchCases } from '../queries/cases';
import { caseListQuery } from './tolerance.schema';

/** 问责案件 as a workbook, under the list's own stage and search (GET /api/accountability-cases). Audited. */
export const caseExportRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/accountability-cases.xlsx',
    { config: { access: 'tolerance.read' }, schema: { tags: ['tolerance'], summary: '导出问责案件列表（Excel，按当前阶段和搜索）', querystring: caseListQuery } },
    async (req, reply) => {
      const rows = await searchCases(db, req.auth!.institutionId, req.query);
      return sendListWorkbook(db, req, reply, {
        sheet: '问责案件', title: '问责案件', unit: '件',
        columns: [['序号', 6], ['被问责对象', 14], ['所在部门', 18], ['问责部门', 16], ['问责事项', 36], ['启动日期', 12], ['阶段', 12], ['处理', 20], ['办结日期', 12], ['容错申请', 10]],
        rows: rows.map((c, i) => [i + 1, c.subjectName, c.subjectDepartmentName, c.accountableDepartmentName, c.matter, c.startedOn, c.stageLabel, c.handling, c.closedOn, c.reviewId ? '已申请' : '未申请']),
      });
    },
  );
};
