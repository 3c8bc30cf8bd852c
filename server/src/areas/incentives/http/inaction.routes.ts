import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inactionCase } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { idParam } from '../../../core/http/ids';
import { visiblePerson } from '../../people';
import { inactionCases, inactionRules } from '../queries/inaction';
import { registerInaction } from '../commands/register-inaction';
import { handleInaction } from '../commands/handle-inaction';
import { inactionAction, inactionCreate } from './inaction.schema';

const caseOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), signal: z.string(), signalLabel: z.string(), signalDetail: z.string(), signaledOn: z.string(), status: z.string(), statusLabel: z.string(),
  requirements: z.string().nullable(), deadline: z.string().nullable(), proposedAdjustment: z.string().nullable(), proposedAdjustmentLabel: z.string().nullable(), decision: z.string().nullable(), decisionLabel: z.string().nullable(),
  decidedOn: z.string().nullable(), meetingRef: z.string().nullable(), steps: z.array(z.object({ action: z.string(), on: z.string(), note: z.string(), actorName: z.string() })),
});

/** 为官不为 (ahzaxy-2020 第14条): signals, reminders with deadlines, checks, organizational adjustment decided collectively. */
export const inactionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const one = async (institutionId: number, id: number) => (await inactionCases(db, institutionId, eq(inactionCase.id, id)))[0];

  app.get(
    '/api/inaction/rules',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '为官不为的发现渠道和组织调整方式', response: { 200: z.object({ signals: z.array(z.object({ key: z.string(), label: z.string() })), adjustments: z.array(z.object({ key: z.string(), label: z.string() })), refusalAdjustments: z.array(z.object({ key: z.string(), label: z.string() })), citation: z.string().nullable() }) } } },
    async (req) => {
      const r = await inactionRules(db, deps, req.auth!.institutionId);
      const l = (k: string) => ({ key: k, label: VALUE_LABELS[k] ?? k });
      return { signals: r.signals.map(l), adjustments: r.adjustments.map(l), refusalAdjustments: r.forSignal('rotation_refusal').adjustments.map(l), citation: r.citation };
    },
  );

  app.get(
    '/api/inaction',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '为官不为问题处置（第14条）', response: { 200: z.array(caseOut) } } },
    async (req) => inactionCases(db, req.auth!.institutionId),
  );

  app.post(
    '/api/inaction',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '登记干部不作为的苗头或反映', body: inactionCreate, response: { 201: caseOut } } },
    async (req, reply) => reply.status(201).send(await one(req.auth!.institutionId, await registerInaction(deps, req, req.body))),
  );

  app.post(
    '/api/inaction/:id/actions',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '提醒并提出整改要求、核查整改、诫勉、提出组织调整建议、集体研究决定', params: idParam, body: inactionAction, response: { 200: caseOut } } },
    async (req) => {
      await handleInaction(deps, req, req.params.id, req.body);
      return one(req.auth!.institutionId, req.params.id);
    },
  );

  app.get(
    '/api/persons/:id/inaction',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '某人的为官不为问题处置（供考核、任免参考）', params: idParam, response: { 200: z.array(caseOut) } } },
    async (req) => {
      await visiblePerson(db, req.auth!, req.params.id, todayIso());
      return inactionCases(db, req.auth!.institutionId, eq(inactionCase.personId, req.params.id));
    },
  );
};
