import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { titledSheet } from '../../../core/documents/excel';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { todayIso } from '../../../core/shared/dates';
import { listApplications } from '../queries/application-list';
import { applicationListQuery } from './sidelines.schema';

const STATUS_WORDS: Record<string, string> = { draft: '草稿', in_review: '审批中', returned: '退回修改', refused: '未同意', approved: '已批准备案', withdrawn: '已撤回' };
/** More than a college files in years: the export is the whole list under its filters. */
const ALL = 100_000;

/** 兼职申请 as a workbook, under the list's own scope, status and search (GET /api/sideline-applications). Audited. */
export const sidelineApplicationExportRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/sideline-applications.xlsx',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '导出兼职申请列表（Excel，按当前范围、状态和搜索）', querystring: applicationListQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const { items } = await listApplications(db, auth, { ...req.query, page: 1, pageSize: ALL });
      const inst = await collegeOf(db, auth.institutionId);
      const today = todayIso();
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '兼职申请', `${inst.name}领导干部兼职申请`, `导出日期 ${today}　共 ${items.length} 件`,
        ['序号', '申请人', '部门', '兼职单位', '兼任职务', '状态', '当前环节', '任期开始', '任期结束', '提交时间'],
        items.map((a, i) => [i + 1, a.applicant.name, a.departmentName, a.org.name, a.postTitle, STATUS_WORDS[a.status] ?? a.status, a.currentStepLabel, a.startDate, a.endDate, a.submittedAt?.slice(0, 10) ?? null]),
        [6, 10, 18, 26, 18, 12, 18, 12, 12, 12],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}兼职申请${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: items.length } });
    },
  );
};
