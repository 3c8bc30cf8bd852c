import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { titledSheet } from '../../../core/documents/excel';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { todayIso } from '../../../core/shared/dates';
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
      const inst = await collegeOf(db, auth.institutionId);
      const today = todayIso();
      const names = (ps: { name: string }[]) => ps.map((p) => p.name).join('、');
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '谈心谈话记录', `${inst.name}谈心谈话记录`, `导出日期 ${today}　共 ${rows.length} 次`,
        ['序号', '谈话日期', '时间', '种类', '方式', '状态', '谈话人', '谈话对象', '地点'],
        rows.map((t, i) => [i + 1, t.talkDate, t.talkTime, VALUE_LABELS[t.kind] ?? t.kind, VALUE_LABELS[t.form] ?? t.form, STATUS_WORDS[t.status] ?? t.status, names(t.talkers), names(t.subjects), t.place]),
        [6, 12, 8, 18, 8, 8, 20, 24, 20],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}谈心谈话记录${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: rows.length } });
    },
  );
};
