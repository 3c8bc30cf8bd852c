import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { trainingHoursWorkbook } from '../documents/incentive-exports';
import { signInTemplate, MAX_SHEET_BYTES } from '../documents/sign-in-sheet';
import { idParam, idQuery } from '../../../core/http/ids';
import { visiblePerson } from '../../people';
import { citationName } from '../../../core/policy/citation-names';
import { courseAttendees, getCourse, personTraining, trainingCourses, trainingRulesOf, trainingTotals } from '../queries/training';
import { registerTrainingCourse } from '../commands/register-training-course';
import { importSignInSheet } from '../commands/import-sign-in-sheet';
import { courseCreate, signInImport } from './training.schema';

const courseOut = z.object({ id: z.number(), title: z.string(), organizer: z.string(), kind: z.string(), kindLabel: z.string(), startDate: z.string(), endDate: z.string(), hours: z.number(), attendees: z.number() });

export const trainingRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  app.get(
    '/api/training/rules',
    {
      config: { access: 'training.manage' },
      schema: { tags: ['incentives'], summary: '培训类别和每年应达学时（第9条）', response: { 200: z.object({ kinds: z.array(z.object({ key: z.string(), label: z.string() })), kindsCitation: z.string().nullable(), annualHours: z.record(z.string(), z.number()), hoursIsDefault: z.boolean() }) } },
    },
    async (req) => {
      const { rules } = await trainingRulesOf(db, deps, req.auth!.institutionId);
      return { ...rules, kinds: rules.kinds.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })) };
    },
  );

  app.get(
    '/api/training/courses',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '培训登记（第9条）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: z.array(courseOut) } } },
    async (req) => trainingCourses(db, req.auth!.institutionId, req.query.year ?? Number(todayIso().slice(0, 4))),
  );

  app.post(
    '/api/training/courses',
    {
      config: { access: 'training.manage' },
      schema: {
        tags: ['incentives'],
        summary: '登记一次培训：名称、主办单位、类别、起止日期、学时',
        body: courseCreate,
        response: { 201: courseOut },
      },
    },
    async (req, reply) => {
      const c = await getCourse(db, req.auth!.institutionId, await registerTrainingCourse(deps, req, req.body));
      return reply.status(201).send({ ...c, kindLabel: VALUE_LABELS[c.kind] ?? c.kind, attendees: 0 });
    },
  );

  app.get(
    '/api/training/courses/:id/records',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '参加培训人员', params: idParam, response: { 200: z.array(z.object({ personId: z.number(), name: z.string(), staffNo: z.string(), hours: z.number(), source: z.string() })) } } },
    async (req) => courseAttendees(db, (await getCourse(db, req.auth!.institutionId, req.params.id)).id),
  );

  app.get(
    '/api/training/sign-in-template.xlsx',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '下载培训签到表模板（Excel）', querystring: z.object({ courseId: idQuery().optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const inst = await collegeOf(db, auth.institutionId);
      const c = req.query.courseId ? await getCourse(db, auth.institutionId, req.query.courseId) : null;
      const body = await signInTemplate(inst.name, c ? `培训名称：${c.title}　培训日期：${c.startDate} 至 ${c.endDate}　学时：${c.hours}` : null);
      return sendDocument(db, req, reply, { base: c ? `签到表-${c.title}` : '干部培训签到表模板', ext: 'xlsx', body });
    },
  );

  app.post(
    '/api/training/courses/:id/sign-in',
    {
      config: { access: 'training.manage' },
      bodyLimit: Math.ceil((MAX_SHEET_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags: ['incentives'],
        summary: '导入签到表：先预览逐行校验结果；确认后全部导入（有错误行时不导入，除非选择只导入正确的行）',
        params: idParam,
        body: signInImport,
        response: {
          200: z.object({
            committed: z.boolean(), imported: z.number(),
            good: z.array(z.object({ row: z.number(), personId: z.number(), name: z.string(), hours: z.number() })),
            bad: z.array(z.object({ row: z.number(), staffNo: z.string(), name: z.string(), reason: z.string() })),
          }),
        },
      },
    },
    async (req) => importSignInSheet(deps, req, req.params.id, req.body),
  );

  app.get(
    '/api/training/totals',
    {
      config: { access: 'training.manage' },
      schema: {
        tags: ['incentives'],
        summary: '年度培训学时统计：应达学时、已完成学时、是否达标（第9条）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), departmentId: idQuery().optional() }),
        response: { 200: z.object({ required: z.record(z.string(), z.number()), isDefault: z.boolean(), rows: z.array(z.object({ personId: z.number(), name: z.string(), departmentName: z.string(), title: z.string(), rank: z.string(), required: z.number().nullable(), total: z.number(), metOn: z.string().nullable() })) }) },
      },
    },
    async (req) => trainingTotals(db, deps, req.auth!.institutionId, req.query.year ?? Number(todayIso().slice(0, 4)), req.query.departmentId),
  );

  app.get(
    '/api/training/totals.xlsx',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '导出年度干部教育培训学时统计表（Excel，与页面数字一致）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), departmentId: idQuery().optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const year = req.query.year ?? Number(today.slice(0, 4));
      const t = await trainingTotals(db, deps, auth.institutionId, year, req.query.departmentId);
      const inst = await collegeOf(db, auth.institutionId);
      const { rules } = await trainingRulesOf(db, deps, auth.institutionId);
      const body = await trainingHoursWorkbook(inst.name, year, today, citationName(deps.packs, rules.hoursCitation), t.rows.map((r) => ({ ...r, rankLabel: VALUE_LABELS[r.rank] ?? r.rank })));
      return sendDocument(db, req, reply, { base: `${inst.shortName}${year}年度干部教育培训学时统计表`, ext: 'xlsx', body });
    },
  );

  app.get(
    '/api/persons/:id/training',
    { config: { access: 'roster.read' }, schema: { tags: ['incentives'], summary: '某人的培训记录', params: idParam, response: { 200: z.array(z.object({ title: z.string(), organizer: z.string(), kindLabel: z.string(), startDate: z.string(), endDate: z.string(), hours: z.number() })) } } },
    async (req) => {
      const auth = req.auth!;
      const p = await visiblePerson(db, auth, req.params.id, todayIso());
      return personTraining(db, auth.institutionId, p.id);
    },
  );
};
