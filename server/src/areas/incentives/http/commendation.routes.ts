import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commendation, commendationNomination, commendationRound, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { authorizeIncentive } from '../access';
import { optText, text } from '../../../core/http/text-fields';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { applyRound, ROUND_STATUS_LABELS, RoundRuleError, type RoundStatus } from '../rules/commendation';
import { idParam } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { visiblePerson } from '../../people';
import { idField } from '../../../core/http/ids';
import { incentivesPolicy } from '../policy';

const roundOut = z.object({
  id: z.number(), year: z.number(), title: z.string(), quota: z.number(), status: z.string(), statusLabel: z.string(), decidedOn: z.string().nullable(), meetingRef: z.string().nullable(),
  publishedOn: z.string().nullable(), publicUntil: z.string().nullable(),
  nominations: z.array(z.object({ id: z.number(), personId: z.number(), name: z.string(), deeds: z.string(), status: z.string() })),
});
const awardOut = z.object({ id: z.number(), personId: z.number(), name: z.string(), title: z.string(), issuer: z.string(), awardedOn: z.string() });

/** 表彰奖励 (ahzaxy-2020 第10条、第15条): the 担当作为好干部 rounds and other awards. Managed by the organization department. */
export const commendationRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const rulesOf = async (institutionId: number) => {
    const { policy } = await policyFor(db, deps.packs, institutionId);
    const steps = policy.param(incentivesPolicy, 'incentives.commendation.steps', todayIso());
    return { citation: steps.source.citation, publicityDays: policy.value(incentivesPolicy, 'incentives.commendation.publicity_days', todayIso()), quota: policy.value(incentivesPolicy, 'incentives.commendation.round_quota', todayIso()) };
  };
  async function rounds(institutionId: number, where?: ReturnType<typeof and>) {
    const rs = await db.select().from(commendationRound).where(and(eq(commendationRound.institutionId, institutionId), where)).orderBy(desc(commendationRound.year), desc(commendationRound.id));
    const noms = await db.select({ n: commendationNomination, name: person.name }).from(commendationNomination).innerJoin(person, eq(person.id, commendationNomination.personId)).where(eq(commendationNomination.institutionId, institutionId));
    return rs.map((r) => ({
      ...r, statusLabel: ROUND_STATUS_LABELS[r.status as RoundStatus] ?? r.status,
      nominations: noms.filter((x) => x.n.roundId === r.id).map(({ n, name }) => ({ id: n.id, personId: n.personId, name, deeds: n.deeds, status: n.status })),
    }));
  }
  const roundError = (e: unknown) => (e instanceof RoundRuleError ? new AppError(e.code, e.message, e.code === 'ROUND.STEP_ORDER' ? 409 : 400, { article: e.article ?? undefined }) : e);

  app.get('/api/commendation-rounds', { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '“担当作为好干部”评选（第15条）', response: { 200: z.array(roundOut) } } }, async (req) => rounds(req.auth!.institutionId));

  app.post(
    '/api/commendation-rounds',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '启动一届“担当作为好干部”评选', body: z.object({ year: z.number().int().min(2000).max(2100), title: text('评选名称', 4, 100), quota: z.number().int().min(1, '名额至少 1 名').max(200, '名额过多，请核对').nullish().transform((v) => v ?? null).describe('表彰名额') }), response: { 201: roundOut } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const r = await rulesOf(auth.institutionId);
      const id = await runCommand(db, req, async (tx) => {
        const [row] = await tx.insert(commendationRound).values({ institutionId: auth.institutionId, year: req.body.year, title: req.body.title, quota: req.body.quota ?? r.quota, createdBy: auth.accountId }).returning({ id: commendationRound.id });
        return { result: row.id, audit: { action: 'commendation.round', entityType: 'commendation_round', entityId: row.id, after: req.body } };
      });
      return reply.status(201).send((await rounds(auth.institutionId, eq(commendationRound.id, id)))[0]);
    },
  );

  app.post(
    '/api/commendation-rounds/:id/nominations',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '推荐人选，写明担当作为的事迹', params: idParam, body: z.object({ personId: idField('请选择人员'), deeds: text('主要事迹', 20, 5000) }), response: { 201: roundOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      authorizeIncentive(auth, 'nominateCommendation', req.body);
      const r = await rulesOf(auth.institutionId);
      await runCommand(db, req, async (tx) => {
        const [round] = await tx.select().from(commendationRound).where(and(eq(commendationRound.institutionId, auth.institutionId), eq(commendationRound.id, req.params.id))).for('update');
        if (!round) throw notFound('评选', 'ROUND.NOT_FOUND');
        if (round.status !== 'nominating') throw new AppError('ROUND.STEP_ORDER', '推荐已经结束', 409, { article: r.citation ?? undefined });
        await visiblePerson(tx, auth, req.body.personId, todayIso());
        const [dup] = await tx.select({ id: commendationNomination.id }).from(commendationNomination).where(and(eq(commendationNomination.roundId, round.id), eq(commendationNomination.personId, req.body.personId)));
        if (dup) throw new AppError('ROUND.DUPLICATE', '该同志已被推荐', 409);
        const [n] = await tx.insert(commendationNomination).values({ institutionId: auth.institutionId, roundId: round.id, ...req.body, createdBy: auth.accountId }).returning({ id: commendationNomination.id });
        return { result: n.id, audit: { action: 'commendation.nominate', entityType: 'commendation_round', entityId: round.id, after: { personId: req.body.personId } } };
      });
      return reply.status(201).send((await rounds(auth.institutionId, eq(commendationRound.id, req.params.id)))[0]);
    },
  );

  app.post(
    '/api/commendation-rounds/:id/actions',
    {
      config: { access: 'reserve.manage' },
      schema: {
        tags: ['incentives'],
        summary: '结束推荐、集体研究决定表彰人选、公示',
        params: idParam,
        body: z.discriminatedUnion('action', [
          z.object({ action: z.literal('close') }),
          z.object({ action: z.literal('decide'), on: isoDate.describe('会议日期'), meetingRef: optText(100).describe('会议纪要编号'), awardedPersonIds: z.array(idField()).describe('表彰人选') }),
          z.object({ action: z.literal('publish'), on: isoDate.describe('公示日期') }),
        ], { error: '办理事项不正确' }),
        response: { 200: roundOut },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const r = await rulesOf(auth.institutionId);
      await runCommand(db, req, async (tx) => {
        const [round] = await tx.select().from(commendationRound).where(and(eq(commendationRound.institutionId, auth.institutionId), eq(commendationRound.id, req.params.id))).for('update');
        if (!round) throw notFound('评选', 'ROUND.NOT_FOUND');
        const noms = await tx.select().from(commendationNomination).where(eq(commendationNomination.roundId, round.id));
        // The persons nominated are the subjects of the decision and of its publication (closing the nominations decides nothing about anyone).
        if (b.action !== 'close') authorizeIncentive(auth, 'decideCommendation', { action: b.action, nomineeIds: noms.map((n) => n.personId) });
        let next;
        try {
          next = applyRound({ status: round.status as RoundStatus, quota: round.quota, nominees: noms.map((n) => n.personId), decidedOn: round.decidedOn }, b, r, todayIso());
        } catch (e) {
          throw roundError(e);
        }
        const set: Partial<typeof commendationRound.$inferInsert> = { status: next.status };
        if (b.action === 'decide') {
          Object.assign(set, { decidedOn: b.on, meetingRef: b.meetingRef });
          for (const n of noms) await tx.update(commendationNomination).set({ status: b.awardedPersonIds.includes(n.personId) ? 'awarded' : 'not_awarded' }).where(eq(commendationNomination.id, n.id));
        }
        if (b.action === 'publish') {
          Object.assign(set, { publishedOn: b.on, publicUntil: next.publicUntil });
          const awarded = noms.filter((n) => n.status === 'awarded');
          if (awarded.length)
            await tx.insert(commendation).values(awarded.map((n) => ({ institutionId: auth.institutionId, personId: n.personId, title: round.title.replace(/评选$/, ''), issuer: '学院党委', awardedOn: b.on, roundId: round.id, createdBy: auth.accountId })));
        }
        await tx.update(commendationRound).set(set).where(eq(commendationRound.id, round.id));
        return { result: null, audit: { action: `commendation.${b.action}`, entityType: 'commendation_round', entityId: round.id, before: { status: round.status }, after: { ...set } } };
      });
      return (await rounds(auth.institutionId, eq(commendationRound.id, req.params.id)))[0];
    },
  );

  app.get('/api/commendations', { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '表彰奖励登记', response: { 200: z.array(awardOut) } } }, async (req) =>
    db.select({ id: commendation.id, personId: commendation.personId, name: person.name, title: commendation.title, issuer: commendation.issuer, awardedOn: commendation.awardedOn }).from(commendation).innerJoin(person, eq(person.id, commendation.personId)).where(eq(commendation.institutionId, req.auth!.institutionId)).orderBy(desc(commendation.awardedOn)),
  );

  app.post(
    '/api/commendations',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '登记其他表彰奖励（上级表彰、单项奖等）', body: z.object({ personId: idField('请选择人员'), title: text('表彰名称', 2, 200), issuer: text('授予单位', 2, 100), awardedOn: isoDate.describe('授予日期') }), response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      if (req.body.awardedOn > todayIso()) throw new AppError('COMMENDATION.FUTURE', '授予日期不能晚于今天', 400, { field: 'awardedOn' });
      authorizeIncentive(auth, 'registerAward', req.body);
      const id = await runCommand(db, req, async (tx) => {
        await visiblePerson(tx, auth, req.body.personId, todayIso());
        const [c] = await tx.insert(commendation).values({ institutionId: auth.institutionId, ...req.body, createdBy: auth.accountId }).returning({ id: commendation.id });
        return { result: c.id, audit: { action: 'commendation.award', entityType: 'commendation', entityId: c.id, after: req.body } };
      });
      return reply.status(201).send({ id });
    },
  );
};
