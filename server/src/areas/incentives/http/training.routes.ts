import { and, asc, count, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { person, trainingCourse, trainingRecord } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { text } from '../../../core/http/text-fields';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { trainingHoursWorkbook } from '../documents/incentive-exports';
import { readSignInSheet, signInTemplate, MAX_SHEET_BYTES } from '../documents/sign-in-sheet';
import { checkSignIn, hoursProblem, trainingRules, yearProgress } from '../rules/training';
import { idParam } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { visiblePerson } from '../../people';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { idQuery } from '../../../core/http/ids';
import { yearAsOf } from '../../../core/duties/years';
import { citationName } from '../../../core/policy/citation-names';
import { incentivesPolicy } from '../policy';

const courseOut = z.object({ id: z.number(), title: z.string(), organizer: z.string(), kind: z.string(), kindLabel: z.string(), startDate: z.string(), endDate: z.string(), hours: z.number(), attendees: z.number() });

export const trainingRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const rulesOf = async (institutionId: number) => {
    const { policy } = await policyFor(db, deps.packs, institutionId);
    return { rules: trainingRules(policy, todayIso()), gapDays: policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', todayIso()) };
  };
  const getCourse = async (institutionId: number, id: number) => {
    const [c] = await db.select().from(trainingCourse).where(and(eq(trainingCourse.institutionId, institutionId), eq(trainingCourse.id, id)));
    if (!c) throw notFound('培训', 'TRAINING.NOT_FOUND');
    return c;
  };
  /**
   * 第9条: each cadre's hours in a year against the hours their rank owes, the unmet first — for the page and its export
   * alike. A past year is read as it stood at its end (rank, rules), as the 年度培训学时 duties of that year are.
   */
  const totals = async (institutionId: number, year: number, departmentId?: number) => {
    const { policy } = await policyFor(db, deps.packs, institutionId);
    const asOf = yearAsOf(year, todayIso());
    if (!policy.maybeParam(incentivesPolicy, 'incentives.training.annual_hours', asOf)) throw new AppError('TRAINING.YEAR', `${year} 年本院尚无干部教育培训学时的规定`, 400, { field: 'year' });
    const rules = trainingRules(policy, asOf);
    const gapDays = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
    const [posts, records] = await Promise.all([
      currentPosts(db, institutionId, asOf, gapDays),
      db
        .select({ personId: trainingRecord.personId, tenths: trainingRecord.hoursTenths, endDate: trainingCourse.endDate })
        .from(trainingRecord)
        .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
        .where(and(eq(trainingRecord.institutionId, institutionId), eq(trainingCourse.institutionId, institutionId), gte(trainingCourse.endDate, `${year}-01-01`), lte(trainingCourse.endDate, `${year}-12-31`))),
    ]);
    const byPerson = new Map<number, { endDate: string; hours: number }[]>();
    for (const r of records) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), { endDate: r.endDate, hours: r.tenths / 10 }]);
    const rows = [...mainPosts(posts).values()]
      .filter((p) => rules.annualHours[p.rank] !== undefined && (!departmentId || p.departmentId === departmentId))
      .map((p) => {
        const prog = yearProgress(rules.annualHours[p.rank], byPerson.get(p.personId) ?? []);
        return { personId: p.personId, name: p.name, departmentName: p.departmentName, title: p.title, rank: p.rank, ...prog };
      })
      .sort((a, b) => (a.metOn ? 1 : 0) - (b.metOn ? 1 : 0) || a.total - b.total);
    return { required: rules.annualHours, isDefault: rules.hoursIsDefault, rows };
  };

  app.get(
    '/api/training/rules',
    {
      config: { access: 'training.manage' },
      schema: { tags: ['incentives'], summary: '培训类别和每年应达学时（第9条）', response: { 200: z.object({ kinds: z.array(z.object({ key: z.string(), label: z.string() })), kindsCitation: z.string().nullable(), annualHours: z.record(z.string(), z.number()), hoursIsDefault: z.boolean() }) } },
    },
    async (req) => {
      const { rules } = await rulesOf(req.auth!.institutionId);
      return { ...rules, kinds: rules.kinds.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })) };
    },
  );

  app.get(
    '/api/training/courses',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '培训登记（第9条）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: z.array(courseOut) } } },
    async (req) => {
      const inst = req.auth!.institutionId;
      const year = req.query.year ?? Number(todayIso().slice(0, 4));
      const [courses, counts] = await Promise.all([
        db.select().from(trainingCourse).where(and(eq(trainingCourse.institutionId, inst), gte(trainingCourse.endDate, `${year}-01-01`), lte(trainingCourse.endDate, `${year}-12-31`))).orderBy(desc(trainingCourse.startDate)),
        db.select({ courseId: trainingRecord.courseId, n: count() }).from(trainingRecord).where(eq(trainingRecord.institutionId, inst)).groupBy(trainingRecord.courseId),
      ]);
      return courses.map((c) => ({ ...c, kindLabel: VALUE_LABELS[c.kind] ?? c.kind, attendees: counts.find((x) => x.courseId === c.id)?.n ?? 0 }));
    },
  );

  app.post(
    '/api/training/courses',
    {
      config: { access: 'training.manage' },
      schema: {
        tags: ['incentives'],
        summary: '登记一次培训：名称、主办单位、类别、起止日期、学时',
        body: z.object({ title: text('培训名称', 4, 200), organizer: text('主办单位', 2, 100), kind: z.string().min(1, '请选择培训类别').describe('培训类别'), startDate: isoDate.describe('开始日期'), endDate: isoDate.describe('结束日期'), hours: z.number().min(-10_000, '学时不正确').max(10_000, '学时不正确').describe('学时') }),
        response: { 201: courseOut },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const { rules } = await rulesOf(auth.institutionId);
      if (!rules.kinds.includes(b.kind)) throw new AppError('TRAINING.KIND', `培训类别应为：${rules.kinds.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'kind', article: rules.kindsCitation ?? undefined });
      if (b.startDate > todayIso()) throw new AppError('TRAINING.FUTURE', '只登记已经开始的培训', 400, { field: 'startDate' });
      const problem = hoursProblem(b.hours, b.startDate, b.endDate, rules.maxHoursPerDay);
      if (problem) throw new AppError('TRAINING.HOURS', problem, 400, { field: problem.includes('日期') ? 'endDate' : 'hours' });
      if (!Number.isInteger(b.hours)) throw new AppError('TRAINING.HOURS', '培训学时应为整数', 400, { field: 'hours' });
      const id = await runCommand(db, req, async (tx) => {
        const [c] = await tx.insert(trainingCourse).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: trainingCourse.id });
        return { result: c.id, audit: { action: 'training.course', entityType: 'training_course', entityId: c.id, after: b } };
      });
      const c = await getCourse(auth.institutionId, id);
      return reply.status(201).send({ ...c, kindLabel: VALUE_LABELS[c.kind] ?? c.kind, attendees: 0 });
    },
  );

  app.get(
    '/api/training/courses/:id/records',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '参加培训人员', params: idParam, response: { 200: z.array(z.object({ personId: z.number(), name: z.string(), staffNo: z.string(), hours: z.number(), source: z.string() })) } } },
    async (req) => {
      const c = await getCourse(req.auth!.institutionId, req.params.id);
      const rows = await db
        .select({ personId: trainingRecord.personId, name: person.name, staffNo: person.staffNo, tenths: trainingRecord.hoursTenths, source: trainingRecord.source })
        .from(trainingRecord)
        .innerJoin(person, eq(person.id, trainingRecord.personId))
        .where(eq(trainingRecord.courseId, c.id))
        .orderBy(asc(person.staffNo));
      return rows.map(({ tenths, ...r }) => ({ ...r, hours: tenths / 10 }));
    },
  );

  app.get(
    '/api/training/sign-in-template.xlsx',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '下载培训签到表模板（Excel）', querystring: z.object({ courseId: idQuery().optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const inst = await collegeOf(db, auth.institutionId);
      const c = req.query.courseId ? await getCourse(auth.institutionId, req.query.courseId) : null;
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
        body: z.object({ fileName: text('文件名', 1, 200), contentBase64: z.string().min(1, '请选择文件').describe('文件内容'), commit: z.boolean().default(false), onlyGood: z.boolean().default(false) }),
        response: {
          200: z.object({
            committed: z.boolean(), imported: z.number(),
            good: z.array(z.object({ row: z.number(), personId: z.number(), name: z.string(), hours: z.number() })),
            bad: z.array(z.object({ row: z.number(), staffNo: z.string(), name: z.string(), reason: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const c = await getCourse(auth.institutionId, req.params.id);
      const { rules } = await rulesOf(auth.institutionId);
      const rows = await readSignInSheet(b.contentBase64, b.fileName);
      if (!rows.length) throw new AppError('SIGNIN.NO_ROWS', `文件“${b.fileName}”中没有签到记录`, 400);
      const people = await db.select({ id: person.id, staffNo: person.staffNo, name: person.name }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.staffNo, rows.map((r) => r.staffNo.trim()).filter(Boolean))));
      const already = new Set((await db.select({ personId: trainingRecord.personId }).from(trainingRecord).where(eq(trainingRecord.courseId, c.id))).map((r) => r.personId));
      const result = checkSignIn(rows, new Map(people.map((p) => [p.staffNo, { personId: p.id, name: p.name }])), c, rules.maxHoursPerDay, already);
      if (!b.commit) return { committed: false, imported: 0, ...result };
      if (result.bad.length && !b.onlyGood)
        throw new AppError('SIGNIN.HAS_ERRORS', `签到表有 ${result.bad.length} 行错误（第 ${result.bad.slice(0, 5).map((x) => x.row).join('、')} 行${result.bad.length > 5 ? '等' : ''}），未导入任何记录；请修改后重新上传，或选择只导入正确的行`, 400);
      if (!result.good.length) throw new AppError('SIGNIN.NOTHING', '没有可以导入的行', 400);
      await runCommand(db, req, async (tx) => {
        await tx.insert(trainingRecord).values(result.good.map((g) => ({ institutionId: auth.institutionId, courseId: c.id, personId: g.personId, hoursTenths: Math.round(g.hours * 10), source: 'sign_in_sheet', createdBy: auth.accountId })));
        return { result: null, audit: { action: 'training.sign_in_import', entityType: 'training_course', entityId: c.id, after: { fileName: b.fileName, imported: result.good.length, skipped: result.bad.length } } };
      });
      return { committed: true, imported: result.good.length, ...result };
    },
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
    async (req) => totals(req.auth!.institutionId, req.query.year ?? Number(todayIso().slice(0, 4)), req.query.departmentId),
  );

  app.get(
    '/api/training/totals.xlsx',
    { config: { access: 'training.manage' }, schema: { tags: ['incentives'], summary: '导出年度干部教育培训学时统计表（Excel，与页面数字一致）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), departmentId: idQuery().optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const year = req.query.year ?? Number(today.slice(0, 4));
      const t = await totals(auth.institutionId, year, req.query.departmentId);
      const inst = await collegeOf(db, auth.institutionId);
      const { rules } = await rulesOf(auth.institutionId);
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
      const rows = await db
        .select({ c: trainingCourse, tenths: trainingRecord.hoursTenths })
        .from(trainingRecord)
        .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
        .where(and(eq(trainingRecord.institutionId, auth.institutionId), eq(trainingRecord.personId, p.id)))
        .orderBy(desc(trainingCourse.endDate));
      return rows.map(({ c, tenths }) => ({ title: c.title, organizer: c.organizer, kindLabel: VALUE_LABELS[c.kind] ?? c.kind, startDate: c.startDate, endDate: c.endDate, hours: tenths / 10 }));
    },
  );
};
