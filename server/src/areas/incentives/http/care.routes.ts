import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { careCase, careVisit, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { authorizeIncentive, CARE_HIDDEN } from '../access';
import { found } from '../../../core/http/authorize';
import { text } from '../../../core/http/text-fields';
import { AppError } from '../../../core/shared/errors';
import { addDays, todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { idParam } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { visiblePerson } from '../../people';
import { idField } from '../../../core/http/ids';
import { incentivesPolicy } from '../policy';

const visitOut = z.object({ id: z.number(), on: z.string(), visitors: z.string(), help: z.string(), amountYuan: z.number().nullable() });
const caseOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), situation: z.string(), situationLabel: z.string(), description: z.string(), registeredOn: z.string(),
  status: z.string(), closedOn: z.string().nullable(), visitDue: z.string(), visits: z.array(visitOut),
});

/** 走访慰问、帮扶救助 (ahzaxy-2020 第10条): hardships registered, visits owed within the pack's days, help recorded. */
export const careRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const rules = async (institutionId: number) => {
    const { policy } = await policyFor(db, deps.packs, institutionId);
    const situations = policy.param(incentivesPolicy, 'incentives.care.situations', todayIso());
    const days = policy.param(incentivesPolicy, 'incentives.care.visit_days', todayIso());
    return { situations: situations.value, citation: situations.source.citation, visitDays: days.value, visitDaysIsDefault: days.source.isDefault };
  };

  app.get(
    '/api/care/rules',
    {
      config: { access: 'care.manage' },
      schema: { tags: ['incentives'], summary: '走访慰问的情形和期限', response: { 200: z.object({ situations: z.array(z.object({ key: z.string(), label: z.string() })), citation: z.string().nullable(), visitDays: z.number(), visitDaysIsDefault: z.boolean() }) } },
    },
    async (req) => {
      const r = await rules(req.auth!.institutionId);
      return { ...r, situations: r.situations.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })) };
    },
  );
  async function list(institutionId: number, where?: ReturnType<typeof and>) {
    const r = await rules(institutionId);
    const cases = await db.select({ c: careCase, name: person.name }).from(careCase).innerJoin(person, eq(person.id, careCase.personId)).where(and(eq(careCase.institutionId, institutionId), where)).orderBy(desc(careCase.registeredOn));
    const visits = await db.select().from(careVisit).where(eq(careVisit.institutionId, institutionId)).orderBy(asc(careVisit.on));
    return cases.map(({ c, name }) => ({
      ...c, name, situationLabel: VALUE_LABELS[c.situation] ?? c.situation, visitDue: addDays(c.registeredOn, r.visitDays),
      visits: visits.filter((v) => v.caseId === c.id).map((v) => ({ id: v.id, on: v.on, visitors: v.visitors, help: v.help, amountYuan: v.amountYuan })),
    }));
  }

  app.get(
    '/api/care/cases',
    { config: { access: 'care.manage' }, schema: { tags: ['incentives'], summary: '走访慰问、帮扶救助登记（第10条）', querystring: z.object({ status: z.enum(['open', 'closed']).optional() }), response: { 200: z.array(caseOut) } } },
    async (req) => list(req.auth!.institutionId, req.query.status ? eq(careCase.status, req.query.status) : undefined),
  );

  app.post(
    '/api/care/cases',
    {
      config: { access: 'care.manage' },
      schema: {
        tags: ['incentives'],
        summary: '登记干部遇到的家庭生活困难或重大变故（产生走访慰问事项）',
        body: z.object({ personId: idField('请选择人员').describe('人员'), situation: z.string().min(1, '请选择情形').describe('情形'), description: text('具体情况', 5, 2000), registeredOn: isoDate.describe('登记日期') }),
        response: { 201: caseOut },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const r = await rules(auth.institutionId);
      if (!r.situations.includes(b.situation)) throw new AppError('CARE.SITUATION', `情形应为：${r.situations.map((s) => VALUE_LABELS[s] ?? s).join('、')}`, 400, { field: 'situation', article: r.citation ?? undefined });
      if (b.registeredOn > todayIso()) throw new AppError('CARE.FUTURE', '登记日期不能晚于今天', 400, { field: 'registeredOn' });
      const id = await runCommand(db, req, async (tx) => {
        const [p] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
        if (!p) throw new AppError('CARE.PERSON', '人员不存在', 400, { field: 'personId' });
        const [c] = await tx.insert(careCase).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: careCase.id });
        return { result: c.id, audit: { action: 'care.register', entityType: 'care_case', entityId: c.id, after: { personId: b.personId, situation: b.situation } } };
      });
      return reply.status(201).send((await list(auth.institutionId, eq(careCase.id, id)))[0]);
    },
  );

  app.post(
    '/api/care/cases/:id/visits',
    {
      config: { access: 'care.manage' },
      schema: {
        tags: ['incentives'],
        summary: '登记走访慰问和帮扶情况',
        params: idParam,
        body: z.object({ on: isoDate.describe('走访日期'), visitors: text('走访人员', 2, 200), help: text('慰问帮扶情况', 5, 2000), amountYuan: z.number().int('金额应为整数元').min(0, '金额不能为负数').max(200000, '金额过大，请核对').nullish().transform((v) => v ?? null).describe('慰问金（元）') }),
        response: { 201: caseOut },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      await runCommand(db, req, async (tx) => {
        const [c] = await tx.select().from(careCase).where(and(eq(careCase.institutionId, auth.institutionId), eq(careCase.id, req.params.id)));
        authorizeIncentive(auth, 'visitCare', found(c, CARE_HIDDEN));
        if (b.on > todayIso() || b.on < c.registeredOn) throw new AppError('CARE.VISIT_DATE', `走访日期应在登记日期（${c.registeredOn}）之后、不晚于今天`, 400, { field: 'on' });
        const [v] = await tx.insert(careVisit).values({ institutionId: auth.institutionId, caseId: c.id, ...b, createdBy: auth.accountId }).returning({ id: careVisit.id });
        return { result: v.id, audit: { action: 'care.visit', entityType: 'care_case', entityId: c.id, after: { on: b.on, amountYuan: b.amountYuan } } };
      });
      return reply.status(201).send((await list(auth.institutionId, eq(careCase.id, req.params.id)))[0]);
    },
  );

  app.post(
    '/api/care/cases/:id/close',
    { config: { access: 'care.manage' }, schema: { tags: ['incentives'], summary: '困难已解决或帮扶结束', params: idParam, body: z.object({ on: isoDate.describe('结束日期') }), response: { 200: caseOut } } },
    async (req) => {
      const auth = req.auth!;
      await runCommand(db, req, async (tx) => {
        const [c] = await tx.select().from(careCase).where(and(eq(careCase.institutionId, auth.institutionId), eq(careCase.id, req.params.id)));
        authorizeIncentive(auth, 'closeCare', found(c, CARE_HIDDEN));
        if (c.status === 'closed') throw new AppError('CARE.CLOSED', '已经结束', 409);
        if (req.body.on > todayIso() || req.body.on < c.registeredOn) throw new AppError('CARE.CLOSE_DATE', '结束日期应在登记日期之后、不晚于今天', 400, { field: 'on' });
        await tx.update(careCase).set({ status: 'closed', closedOn: req.body.on }).where(eq(careCase.id, c.id));
        return { result: null, audit: { action: 'care.close', entityType: 'care_case', entityId: c.id, before: { status: c.status }, after: req.body } };
      });
      return (await list(auth.institutionId, eq(careCase.id, req.params.id)))[0];
    },
  );

  app.get(
    '/api/persons/:id/care',
    { config: { access: 'roster.read' }, schema: { tags: ['incentives'], summary: '某人的走访慰问、帮扶记录（组织部和本人可见）', params: idParam, response: { 200: z.array(caseOut) } } },
    async (req) => {
      const auth = req.auth!;
      const p = await visiblePerson(db, auth, req.params.id, todayIso());
      if (!auth.permissions.has('care.manage') && auth.personId !== p.id) return [];
      return list(auth.institutionId, eq(careCase.personId, p.id));
    },
  );
};
