import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { sendListWorkbook } from '../../../core/documents/list-export';
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
      return sendListWorkbook(db, req, reply, {
        sheet: '兼职申请', title: '领导干部兼职申请', unit: '件',
        columns: [['序号', 6], ['申请人', 10], ['部门', 18], ['兼职单位', 26], ['兼任职务', 18], ['状态', 12], ['当前环节', 18], ['任期开始', 12], ['任期结束', 12], ['提交时间', 12]],
        rows: items.map((a, i) => [i + 1, a.applicant.name, a.departmentName, a.org.name, a.postTitle, STATUS_WORDS[a.status] ?? a.status, a.currentStepLabel, a.startDate, a.endDate, a.submittedAt?.slice(0, 10) ?? null]),
      });
    },
  );
};
