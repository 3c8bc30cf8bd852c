import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { careCase } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { idParam } from '../../../core/http/ids';
import { visiblePerson } from '../../people';
import { careCases, careRules } from '../queries/care';
import { registerCare } from '../commands/register-care';
import { visitCare } from '../commands/visit-care';
import { closeCare } from '../commands/close-care';
import { careClose, careCreate, careVisitCreate } from './care.schema';

const visitOut = z.object({ id: z.number(), on: z.string(), visitors: z.string(), help: z.string(), amountYuan: z.number().nullable() });
const caseOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), situation: z.string(), situationLabel: z.string(), description: z.string(), registeredOn: z.string(),
  status: z.string(), closedOn: z.string().nullable(), visitDue: z.string(), visits: z.array(visitOut),
});

/** 走访慰问、帮扶救助 (ahzaxy-2020 第10条): hardships registered, visits owed within the pack's days, help recorded. */
export const careRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const one = async (institutionId: number, id: number) => (await careCases(db, deps, institutionId, eq(careCase.id, id)))[0];

  app.get(
    '/api/care/rules',
    {
      config: { access: 'care.manage' },
      schema: { tags: ['incentives'], summary: '走访慰问的情形和期限', response: { 200: z.object({ situations: z.array(z.object({ key: z.string(), label: z.string() })), citation: z.string().nullable(), visitDays: z.number(), visitDaysIsDefault: z.boolean() }) } },
    },
    async (req) => {
      const r = await careRules(db, deps, req.auth!.institutionId);
      return { ...r, situations: r.situations.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })) };
    },
  );

  app.get(
    '/api/care/cases',
    { config: { access: 'care.manage' }, schema: { tags: ['incentives'], summary: '走访慰问、帮扶救助登记（第10条）', querystring: z.object({ status: z.enum(['open', 'closed']).optional() }), response: { 200: z.array(caseOut) } } },
    async (req) => careCases(db, deps, req.auth!.institutionId, req.query.status ? eq(careCase.status, req.query.status) : undefined),
  );

  app.post(
    '/api/care/cases',
    { config: { access: 'care.manage' }, schema: { tags: ['incentives'], summary: '登记干部遇到的家庭生活困难或重大变故（产生走访慰问事项）', body: careCreate, response: { 201: caseOut } } },
    async (req, reply) => reply.status(201).send(await one(req.auth!.institutionId, await registerCare(deps, req, req.body))),
  );

  app.post(
    '/api/care/cases/:id/visits',
    { config: { access: 'care.manage' }, schema: { tags: ['incentives'], summary: '登记走访慰问和帮扶情况', params: idParam, body: careVisitCreate, response: { 201: caseOut } } },
    async (req, reply) => {
      await visitCare(deps, req, req.params.id, req.body);
      return reply.status(201).send(await one(req.auth!.institutionId, req.params.id));
    },
  );

  app.post(
    '/api/care/cases/:id/close',
    { config: { access: 'care.manage' }, schema: { tags: ['incentives'], summary: '困难已解决或帮扶结束', params: idParam, body: careClose, response: { 200: caseOut } } },
    async (req) => {
      await closeCare(deps, req, req.params.id, req.body);
      return one(req.auth!.institutionId, req.params.id);
    },
  );

  app.get(
    '/api/persons/:id/care',
    { config: { access: 'roster.read' }, schema: { tags: ['incentives'], summary: '某人的走访慰问、帮扶记录（组织部和本人可见）', params: idParam, response: { 200: z.array(caseOut) } } },
    async (req) => {
      const auth = req.auth!;
      const p = await visiblePerson(db, auth, req.params.id, todayIso());
      if (!auth.permissions.has('care.manage') && auth.personId !== p.id) return [];
      return careCases(db, deps, auth.institutionId, eq(careCase.personId, p.id));
    },
  );
};
