import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reserveNomination } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { idParam, idQuery } from '../../../core/http/ids';
import { visiblePerson } from '../../people';
import { reserveNominations, reserveRulesOf, reserveStanding } from '../queries/reserve';
import { nominateReserve } from '../commands/nominate-reserve';
import { reviewReserve } from '../commands/review-reserve';
import { registerReserveFinding } from '../commands/register-reserve-finding';
import { reserveAction, reserveFindingCreate, reserveNominationCreate } from './reserve.schema';

const blockerOut = z.object({ code: z.string(), reason: z.string(), article: z.string().nullable() });
const nominationOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), departmentName: z.string().nullable(), title: z.string().nullable(), targetRank: z.string(), targetRankLabel: z.string(),
  reasons: z.string(), nominatedOn: z.string(), status: z.string(), statusLabel: z.string(), reviewedOn: z.string().nullable(), reviewNote: z.string().nullable(),
  removedOn: z.string().nullable(), removalReason: z.string().nullable(), excellent: z.number(), commendations: z.number(), blockers: z.array(blockerOut),
});

/** 后备干部 (ahzaxy-2020 第4条、第5条、第6条、第12条). */
export const reserveRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const one = async (institutionId: number, id: number) => (await reserveNominations(deps, institutionId, eq(reserveNomination.id, id)))[0];

  app.get(
    '/api/reserve/rules',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '后备干部的拟任职级和否决情形', response: { 200: z.object({ targetRanks: z.array(z.object({ key: z.string(), label: z.string() })), findings: z.array(z.object({ key: z.string(), label: z.string() })), findingsCitation: z.string().nullable() }) } },
    },
    async (req) => {
      const r = await reserveRulesOf(deps, req.auth!.institutionId);
      const l = (k: string) => ({ key: k, label: VALUE_LABELS[k] ?? k });
      return { targetRanks: r.targetRanks.map(l), findings: r.blockingFindings.map(l), findingsCitation: r.findingsCitation };
    },
  );

  app.get(
    '/api/reserve',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '后备干部库：推荐、审核、在库和退出；列出否决情形和近年考核优秀次数', querystring: z.object({ status: z.enum(['nominated', 'approved', 'rejected', 'removed']).optional() }), response: { 200: z.array(nominationOut) } } },
    async (req) => reserveNominations(deps, req.auth!.institutionId, req.query.status ? eq(reserveNomination.status, req.query.status) : undefined),
  );

  app.get(
    '/api/reserve/check',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '推荐前检查：否决情形（第5条）和减责影响期', querystring: z.object({ personId: idQuery() }), response: { 200: z.object({ blockers: z.array(blockerOut), excellent: z.number(), commendations: z.number() }) } } },
    async (req) => (await reserveStanding(db, deps, req.auth!.institutionId, [req.query.personId])).of(req.query.personId),
  );

  app.post(
    '/api/reserve/nominations',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '推荐后备干部（写明推荐理由；有否决情形的不能推荐）', body: reserveNominationCreate, response: { 201: nominationOut } },
    },
    async (req, reply) => reply.status(201).send(await one(req.auth!.institutionId, await nominateReserve(deps, req, req.body))),
  );

  app.post(
    '/api/reserve/nominations/:id/actions',
    {
      config: { access: 'reserve.manage' },
      schema: {
        tags: ['incentives'],
        summary: '审核推荐（入库或不通过），或退出后备干部库',
        params: idParam,
        body: reserveAction,
        response: { 200: nominationOut },
      },
    },
    async (req) => {
      await reviewReserve(deps, req, req.params.id, req.body);
      return one(req.auth!.institutionId, req.params.id);
    },
  );

  app.post(
    '/api/reserve/findings',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '登记否决情形：政治上有问题（一票否决）、廉洁上有问题（零容忍）（第5条）', body: reserveFindingCreate, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send({ id: await registerReserveFinding(deps, req, req.body) }),
  );

  app.get(
    '/api/persons/:id/reserve',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '某人的后备干部推荐和状态', params: idParam, response: { 200: z.array(nominationOut) } } },
    async (req) => {
      await visiblePerson(db, req.auth!, req.params.id, todayIso());
      return reserveNominations(deps, req.auth!.institutionId, eq(reserveNomination.personId, req.params.id));
    },
  );
};
