import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { titledSheet } from '../../../core/documents/excel';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { todayIso } from '../../../core/shared/dates';
import { searchCases } from '../queries/cases';
import { caseListQuery } from './tolerance.schema';

/** 问责案件 as a workbook, under the list's own stage and search (GET /api/accountability-cases). Audited. */
export const caseExportRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/accountability-cases.xlsx',
    { config: { access: 'tolerance.read' }, schema: { tags: ['tolerance'], summary: '导出问责案件列表（Excel，按当前阶段和搜索）', querystring: caseListQuery } },
    async (req, reply) => {
      const auth = req.auth!;
      const rows = await searchCases(db, auth.institutionId, req.query);
      const inst = await collegeOf(db, auth.institutionId);
      const today = todayIso();
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '问责案件', `${inst.name}问责案件`, `导出日期 ${today}　共 ${rows.length} 件`,
        ['序号', '被问责对象', '所在部门', '问责部门', '问责事项', '启动日期', '阶段', '处理', '办结日期', '容错申请'],
        rows.map((c, i) => [i + 1, c.subjectName, c.subjectDepartmentName, c.accountableDepartmentName, c.matter, c.startedOn, c.stageLabel, c.handling, c.closedOn, c.reviewId ? '已申请' : '未申请']),
        [6, 14, 18, 16, 36, 12, 12, 20, 12, 10],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}问责案件${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: rows.length } });
    },
  );
};
