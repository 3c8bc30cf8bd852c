import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { titledSheet } from '../../../core/documents/excel';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { todayIso } from '../../../core/shared/dates';
import { presentInterview } from '../queries/interviews';
import { visibleInterviews } from '../queries/interview-list';
import { interviewQuery } from './interviews.schema';

/**
 * 约谈 as a workbook, under the list's own filters, search and view (GET /api/interviews); no record or material
 * (those are read one interview at a time, audited). The yearly 台账 in the regulation's format stays
 * GET /api/interviews/ledger.xlsx. Audited.
 */
export const interviewListExportRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/interviews.xlsx',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '导出约谈列表（Excel，按当前筛选和搜索；不含约谈记录）', querystring: interviewQuery } },
    async (req, reply) => {
      const auth = req.auth!;
      const rows = (await visibleInterviews(db, auth, req.query)).map((r) => presentInterview(auth, r, false));
      const inst = await collegeOf(db, auth.institutionId);
      const today = todayIso();
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '约谈', `${inst.name}干部约谈`, `导出日期 ${today}　共 ${rows.length} 次`,
        ['序号', '约谈日期', '种类', '方式', '约谈对象', '主谈人', '约谈事由', '地点', '状态'],
        rows.map((r, i) => [i + 1, r.scheduledOn, r.kindLabel, r.formLabel, r.targets.map((t) => t.name).join('、'), r.leadName, r.topic, r.place, r.statusLabel]),
        [6, 12, 16, 10, 24, 10, 30, 16, 16],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}约谈${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: rows.length } });
    },
  );
};
