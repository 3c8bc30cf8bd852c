import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { sendListWorkbook } from '../../../core/documents/list-export';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { listTalks } from '../queries/talks.repository';
import { talkListConds } from '../queries/talk-list';
import { talkListQuery } from './talks.schema';

const STATUS_WORDS: Record<string, string> = { scheduled: '计划', held: '已谈', cancelled: '已取消' };
/** More than a college holds in years of talks: the export is the whole list under its filters. */
const ALL = 100_000;

/**
 * 谈心谈话记录 as a workbook, under the list's own filters and visibility (GET /api/talks): who talked with whom,
 * when, where, of which kind — never the sealed notes (内容要点 are read one talk at a time, audited). Audited.
 */
export const talkListExportRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/talks.xlsx',
    { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: '导出谈心谈话记录（Excel，按当前搜索和筛选；不含内容要点）', querystring: talkListQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const conds = talkListConds(auth, req.query);
      const { rows } = conds ? await listTalks(db, auth.institutionId, conds, 1, ALL) : { rows: [] };
      const names = (ps: { name: string }[]) => ps.map((p) => p.name).join('、');
      return sendListWorkbook(db, req, reply, {
        sheet: '谈心谈话记录', title: '谈心谈话记录', unit: '次',
        columns: [['序号', 6], ['谈话日期', 12], ['时间', 8], ['种类', 18], ['方式', 8], ['状态', 8], ['谈话人', 20], ['谈话对象', 24], ['地点', 20]],
        rows: rows.map((t, i) => [i + 1, t.talkDate, t.talkTime, VALUE_LABELS[t.kind] ?? t.kind, VALUE_LABELS[t.form] ?? t.form, STATUS_WORDS[t.status] ?? t.status, names(t.talkers), names(t.subjects), t.place]),
      });
    },
  );
};
