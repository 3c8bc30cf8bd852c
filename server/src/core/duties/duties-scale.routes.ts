import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, person } from '../db/schema';
import type { AppDeps } from '../services/deps';
import { titledSheet } from '../documents/excel';
import { collegeOf, sendDocument } from '../documents/send';
import { citationName } from '../policy/citation-names';
import { idField } from '../http/ids';
import { todayIso } from '../shared/dates';
import { collegeDuties } from './college-list';
import { collegeQuery } from './duties.routes';
import { presentDuty } from './duties.schema';
import { batchKeys, batchReportOut } from './commands/batch';
import { waiveDuties } from './commands/waive-duties';
import { remindDuties } from './commands/remind-duties';
import { reassignDuties } from './commands/reassign-duties';

const exportQuery = collegeQuery.omit({ page: true, pageSize: true });

/**
 * 应办事项 at college scale (some 2,500 duties): the list as a workbook under the list's own filters, and batch
 * actions over selected duties — 免办 with one reason, 提醒 their owners, 转办 (指定谈话人) where a rule allows — each
 * reporting every item (done, or refused with its reason) and writing one audit event.
 */
export const dutiesScaleRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db, packs } = deps;

  app.get(
    '/api/duties.xlsx',
    { config: { access: 'duty.dashboard' }, schema: { tags: ['duties'], summary: '导出应办事项（Excel，按当前搜索和筛选；全院或所分管部门）', querystring: exportQuery } },
    async (req, reply) => {
      const auth = req.auth!;
      const list = await collegeDuties(db, packs, auth, req.query);
      const personIds = [...new Set(list.flatMap((d) => (d.subjectPersonId !== undefined ? [d.subjectPersonId] : [])))];
      const [people, depts, inst] = await Promise.all([
        personIds.length ? db.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, personIds))) : Promise.resolve([]),
        db.select({ id: department.id, name: department.name }).from(department).where(eq(department.institutionId, auth.institutionId)),
        collegeOf(db, auth.institutionId),
      ]);
      const names = new Map(people.map((p) => [p.id, p.name]));
      const deptNames = new Map(depts.map((d) => [d.id, d.name]));
      const today = todayIso();
      const wb = new ExcelJS.Workbook();
      wb.creator = '干部管理监督平台';
      titledSheet(
        wb, '应办事项', `${inst.name}应办事项`, `导出日期 ${today}　共 ${list.length} 项${auth.scope.all ? '' : '（所分管或所在部门）'}`,
        ['序号', '事项', '类别', '责任人', '对象', '部门', '截止', '状态', '办结日期', '依据', '免办理由'],
        list.map((d, i) => {
          const p = presentDuty(d);
          return [
            i + 1, d.title, p.kindLabel, p.owner, d.subjectPersonId !== undefined ? (names.get(d.subjectPersonId) ?? null) : null,
            d.subjectDepartmentId !== undefined ? (deptNames.get(d.subjectDepartmentId) ?? null) : null, d.dueDate, p.statusLabel, d.doneDate ?? null,
            d.isDefaultRule || !d.citation ? '系统默认' : citationName(packs, d.citation), d.waiver?.reason ?? null,
          ];
        }),
        [6, 44, 14, 16, 10, 18, 12, 10, 12, 28, 24],
      );
      return sendDocument(db, req, reply, { base: `${inst.shortName}应办事项${today}`, ext: 'xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()), detail: { filters: req.query, count: list.length } });
    },
  );

  app.post(
    '/api/duties/waive-batch',
    {
      config: { access: 'duty.waive' },
      schema: {
        tags: ['duties'],
        summary: '批量免办：所选事项以同一理由免办；按单项免办的规则逐项核对，未能免办的逐项说明原因且不作修改',
        body: z.object({ keys: batchKeys, reason: z.string().trim().min(5, '请写明免办理由（至少 5 个字）').max(500) }),
        response: { 200: batchReportOut },
      },
    },
    async (req) => waiveDuties(deps, req, req.body),
  );

  app.post(
    '/api/duties/remind',
    {
      config: { access: 'duty.dashboard' },
      schema: {
        tags: ['duties'],
        summary: '提醒责任方：所选事项（全院或所分管部门、尚未办结）各向其责任方发送一条督办提醒（站内通知，逾期的同时即时发送），同一事项每人每天一次',
        body: z.object({ keys: batchKeys }),
        response: { 200: batchReportOut.extend({ notices: z.number().describe('发出的通知条数') }) },
      },
    },
    async (req) => remindDuties(deps, req, req.body),
  );

  app.post(
    '/api/duties/reassign',
    {
      config: { access: 'talk.assign' },
      schema: {
        tags: ['duties'],
        summary: '转办（指定谈话人）：所选事项改由指定人员办理，仅限制度允许的类别（一般干部的年度谈心谈话、无人负责的谈话对象）；其他逐项说明原因且不作修改',
        body: z.object({ keys: batchKeys, personId: idField().describe('指定的办理人（谈话人）'), reason: z.string().trim().min(4, '请写明指定理由（至少 4 个字）').max(300).describe('指定理由') }),
        response: { 200: batchReportOut },
      },
    },
    async (req) => reassignDuties(deps, req, req.body),
  );
};
