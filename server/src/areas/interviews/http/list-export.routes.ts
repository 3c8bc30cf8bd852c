import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { sendListWorkbook } from '../../../core/documents/list-export';
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
      return sendListWorkbook(db, req, reply, {
        sheet: '约谈', title: '干部约谈', unit: '次',
        columns: [['序号', 6], ['约谈日期', 12], ['种类', 16], ['方式', 10], ['约谈对象', 24], ['主谈人', 10], ['约谈事由', 30], ['地点', 16], ['状态', 16]],
        rows: rows.map((r, i) => [i + 1, r.scheduledOn, r.kindLabel, r.formLabel, r.targets.map((t) => t.name).join('、'), r.leadName, r.topic, r.place, r.statusLabel]),
      });
    },
  );
};
