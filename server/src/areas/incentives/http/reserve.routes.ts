import { personsHolding, tell } from '../../../core/reminders/tell';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Executor } from '../../../core/db/client';
import { account, appraisal, commendation, inactionCase, person, reserveFinding, reserveNomination } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { authorizeIncentive, NOMINATION_HIDDEN } from '../access';
import { found } from '../../../core/http/authorize';
import { text } from '../../../core/http/text-fields';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { activeImpactPeriods, determinations } from '../../tolerance';
import { excellentCount, reserveBlockers, reserveRules, type ReserveRules } from '../rules/reserve';
import { idParam } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { visiblePerson } from '../../people';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { idField, idQuery } from '../../../core/http/ids';
import { incentivesPolicy } from '../policy';

const blockerOut = z.object({ code: z.string(), reason: z.string(), article: z.string().nullable() });
const nominationOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), departmentName: z.string().nullable(), title: z.string().nullable(), targetRank: z.string(), targetRankLabel: z.string(),
  reasons: z.string(), nominatedOn: z.string(), status: z.string(), statusLabel: z.string(), reviewedOn: z.string().nullable(), reviewNote: z.string().nullable(),
  removedOn: z.string().nullable(), removalReason: z.string().nullable(), excellent: z.number(), commendations: z.number(), blockers: z.array(blockerOut),
});
const STATUS: Record<string, string> = { nominated: '待审核', approved: '在库', rejected: '未通过', removed: '已退出' };

/** 后备干部 (ahzaxy-2020 第4条、第5条、第6条、第12条). */
export const reserveRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const rulesOf = async (institutionId: number) => reserveRules((await policyFor(db, deps.packs, institutionId)).policy, todayIso());

  /** What blocks each person (findings, running impact periods) and their excellent grades. */
  async function standing(ex: Executor, institutionId: number, personIds: number[], given?: ReserveRules) {
    // Rules are read before any transaction (PGlite has one connection: a read outside an open transaction would wait for it).
    const rules = given ?? (await rulesOf(institutionId));
    const today = todayIso();
    if (!personIds.length) return { rules, of: () => ({ blockers: [], excellent: 0, commendations: 0 }) };
    const [findings, grades, dets, awards, inaction] = await together(ex, [
      () => ex.select().from(reserveFinding).where(and(eq(reserveFinding.institutionId, institutionId), inArray(reserveFinding.personId, personIds))),
      () => ex.select({ personId: appraisal.personId, year: appraisal.year, grade: appraisal.grade }).from(appraisal).where(and(eq(appraisal.institutionId, institutionId), inArray(appraisal.personId, personIds))),
      () => together(ex, personIds.map((id) => () => determinations(ex, institutionId, { personId: id }).then((d) => [id, d] as const))),
      () => ex.select({ personId: commendation.personId, awardedOn: commendation.awardedOn }).from(commendation).where(and(eq(commendation.institutionId, institutionId), inArray(commendation.personId, personIds))),
      () => ex
        .select({ personId: inactionCase.personId, signaledOn: inactionCase.signaledOn, detail: inactionCase.signalDetail, status: inactionCase.status, decision: inactionCase.decision })
        .from(inactionCase)
        .where(and(eq(inactionCase.institutionId, institutionId), inArray(inactionCase.personId, personIds), inArray(inactionCase.status, ['uncorrected', 'admonished', 'proposed', 'decided']))),
    ]);
    const since = `${Number(today.slice(0, 4)) - rules.excellentLookbackYears}-01-01`;
    const detsOf = new Map(dets);
    return {
      rules,
      of: (personId: number) => ({
        blockers: reserveBlockers(
          {
            findings: findings.filter((f) => f.personId === personId),
            impactPeriods: activeImpactPeriods(detsOf.get(personId) ?? [], { personId }, today).map((d) => ({ matter: d.matter, impactUntil: d.impactUntil! })),
            uncorrected: inaction.filter((c) => c.personId === personId && !(c.status === 'decided' && c.decision === 'not_adjusted')),
          },
          rules,
        ),
        excellent: excellentCount(grades.filter((g) => g.personId === personId), Number(today.slice(0, 4)), rules.excellentLookbackYears),
        commendations: awards.filter((a) => a.personId === personId && a.awardedOn >= since).length,
      }),
    };
  }

  async function list(institutionId: number, where?: ReturnType<typeof and>) {
    const rows = await db.select({ n: reserveNomination, name: person.name }).from(reserveNomination).innerJoin(person, eq(person.id, reserveNomination.personId)).where(and(eq(reserveNomination.institutionId, institutionId), where)).orderBy(desc(reserveNomination.nominatedOn));
    const ids = [...new Set(rows.map((r) => r.n.personId))];
    const { of } = await standing(db, institutionId, ids);
    const { policy } = await policyFor(db, deps.packs, institutionId);
    const posts = await currentPosts(db, institutionId, todayIso(), policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', todayIso()), ids);
    const mains = mainPosts(posts);
    return rows.map(({ n, name }) => {
      const main = mains.get(n.personId);
      return { ...n, name, departmentName: main?.departmentName ?? null, title: main?.title ?? null, targetRankLabel: VALUE_LABELS[n.targetRank] ?? n.targetRank, statusLabel: STATUS[n.status] ?? n.status, ...of(n.personId) };
    });
  }

  app.get(
    '/api/reserve/rules',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '后备干部的拟任职级和否决情形', response: { 200: z.object({ targetRanks: z.array(z.object({ key: z.string(), label: z.string() })), findings: z.array(z.object({ key: z.string(), label: z.string() })), findingsCitation: z.string().nullable() }) } },
    },
    async (req) => {
      const r = await rulesOf(req.auth!.institutionId);
      const l = (k: string) => ({ key: k, label: VALUE_LABELS[k] ?? k });
      return { targetRanks: r.targetRanks.map(l), findings: r.blockingFindings.map(l), findingsCitation: r.findingsCitation };
    },
  );

  app.get(
    '/api/reserve',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '后备干部库：推荐、审核、在库和退出；列出否决情形和近年考核优秀次数', querystring: z.object({ status: z.enum(['nominated', 'approved', 'rejected', 'removed']).optional() }), response: { 200: z.array(nominationOut) } } },
    async (req) => list(req.auth!.institutionId, req.query.status ? eq(reserveNomination.status, req.query.status) : undefined),
  );

  app.get(
    '/api/reserve/check',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '推荐前检查：否决情形（第5条）和减责影响期', querystring: z.object({ personId: idQuery() }), response: { 200: z.object({ blockers: z.array(blockerOut), excellent: z.number(), commendations: z.number() }) } } },
    async (req) => (await standing(db, req.auth!.institutionId, [req.query.personId])).of(req.query.personId),
  );

  app.post(
    '/api/reserve/nominations',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '推荐后备干部（写明推荐理由；有否决情形的不能推荐）', body: z.object({ personId: idField('请选择人员').describe('人员'), targetRank: z.string().min(1, '请选择拟任职级').describe('拟任职级'), reasons: text('推荐理由', 10, 3000) }), response: { 201: nominationOut } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      authorizeIncentive(auth, 'nominateReserve', b);
      const { rules, of } = await standing(db, auth.institutionId, [b.personId]);
      if (!rules.targetRanks.includes(b.targetRank)) throw new AppError('RESERVE.TARGET_RANK', `拟任职级应为：${rules.targetRanks.map((r) => VALUE_LABELS[r] ?? r).join('、')}`, 400, { field: 'targetRank', article: rules.targetCitation ?? undefined });
      const blocked = of(b.personId).blockers[0];
      if (blocked) throw new AppError(blocked.code, `不能推荐为后备干部：${blocked.reason}`, 409, { article: blocked.article ?? undefined });
      const id = await runCommand(db, req, async (tx) => {
        const [p] = await tx.select({ id: person.id, status: person.status }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
        if (!p || p.status !== 'active') throw new AppError('RESERVE.PERSON', '人员不存在或不在职', 400, { field: 'personId' });
        const [dup] = await tx.select({ id: reserveNomination.id }).from(reserveNomination).where(and(eq(reserveNomination.personId, b.personId), inArray(reserveNomination.status, ['nominated', 'approved'])));
        if (dup) throw new AppError('RESERVE.DUPLICATE', '该同志已在后备干部库中或正在审核', 409);
        const [n] = await tx.insert(reserveNomination).values({ institutionId: auth.institutionId, ...b, nominatedOn: todayIso(), createdBy: auth.accountId }).returning({ id: reserveNomination.id });
        const [nominee] = await tx.select({ name: person.name }).from(person).where(eq(person.id, b.personId));
        await tell(tx, deps.packs, {
          institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: await personsHolding(tx, auth.institutionId, { permission: 'reserve.manage' }),
          event: 'reserve.nominated', ctx: { id: n.id, who: nominee?.name ?? '', what: VALUE_LABELS[b.targetRank] ?? b.targetRank }, citation: rules.targetCitation,
        });
        return { result: n.id, audit: { action: 'reserve.nominate', entityType: 'reserve_nomination', entityId: n.id, after: b } };
      });
      return reply.status(201).send((await list(auth.institutionId, eq(reserveNomination.id, id)))[0]);
    },
  );

  app.post(
    '/api/reserve/nominations/:id/actions',
    {
      config: { access: 'reserve.manage' },
      schema: {
        tags: ['incentives'],
        summary: '审核推荐（入库或不通过），或退出后备干部库',
        params: idParam,
        body: z.discriminatedUnion('action', [
          z.object({ action: z.literal('approve'), note: text('审核意见', 2, 1000) }),
          z.object({ action: z.literal('reject'), note: text('不通过的理由', 5, 1000) }),
          z.object({ action: z.literal('remove'), reason: text('退出理由', 5, 1000) }),
        ], { error: '办理事项不正确' }),
        response: { 200: nominationOut },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const rules = await rulesOf(auth.institutionId);
      await runCommand(db, req, async (tx) => {
        const [n] = await tx.select().from(reserveNomination).where(and(eq(reserveNomination.institutionId, auth.institutionId), eq(reserveNomination.id, req.params.id))).for('update');
        authorizeIncentive(auth, 'reviewReserve', { personId: found(n, NOMINATION_HIDDEN).personId, action: b.action });
        let set: Partial<typeof reserveNomination.$inferInsert>;
        if (b.action === 'remove') {
          if (n.status !== 'approved') throw new AppError('RESERVE.STATUS', '只有在库的后备干部可以退出', 409);
          set = { status: 'removed', removedOn: today, removalReason: b.reason };
        } else {
          if (n.status !== 'nominated') throw new AppError('RESERVE.STATUS', '该推荐已经审核', 409);
          if (b.action === 'approve') {
            const blocked = (await standing(tx, auth.institutionId, [n.personId], rules)).of(n.personId).blockers[0];
            if (blocked) throw new AppError(blocked.code, `不能入库：${blocked.reason}`, 409, { article: blocked.article ?? undefined });
          }
          set = { status: b.action === 'approve' ? 'approved' : 'rejected', reviewedOn: today, reviewNote: b.note };
        }
        await tx.update(reserveNomination).set(set).where(eq(reserveNomination.id, n.id));
        if (b.action !== 'remove') {
          // The nominator hears the review's result.
          const [[nominee], [by]] = await Promise.all([
            tx.select({ name: person.name }).from(person).where(eq(person.id, n.personId)),
            tx.select({ personId: account.personId }).from(account).where(eq(account.id, n.createdBy)),
          ]);
          await tell(tx, deps.packs, {
            institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [by?.personId], event: 'reserve.reviewed',
            ctx: { id: n.id, who: nominee?.name ?? '', what: VALUE_LABELS[n.targetRank] ?? n.targetRank, decision: b.action === 'approve' ? '入库' : '不通过', reason: b.note }, citation: rules.targetCitation,
          });
        }
        return { result: null, audit: { action: `reserve.${b.action}`, entityType: 'reserve_nomination', entityId: n.id, before: { status: n.status }, after: set } };
      });
      return (await list(auth.institutionId, eq(reserveNomination.id, req.params.id)))[0];
    },
  );

  app.post(
    '/api/reserve/findings',
    {
      config: { access: 'reserve.manage' },
      schema: { tags: ['incentives'], summary: '登记否决情形：政治上有问题（一票否决）、廉洁上有问题（零容忍）（第5条）', body: z.object({ personId: idField('请选择人员'), kind: z.string().min(1, '请选择情形'), on: isoDate.describe('认定日期'), detail: text('具体情况', 5, 2000) }), response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      authorizeIncentive(auth, 'registerReserveFinding', b);
      const rules = await rulesOf(auth.institutionId);
      if (!rules.blockingFindings.includes(b.kind)) throw new AppError('RESERVE.FINDING_KIND', `情形应为：${rules.blockingFindings.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'kind', article: rules.findingsCitation ?? undefined });
      if (b.on > todayIso()) throw new AppError('RESERVE.FUTURE', '认定日期不能晚于今天', 400, { field: 'on' });
      const id = await runCommand(db, req, async (tx) => {
        await visiblePerson(tx, auth, b.personId, todayIso());
        const [f] = await tx.insert(reserveFinding).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: reserveFinding.id });
        return { result: f.id, audit: { action: 'reserve.finding', entityType: 'reserve_finding', entityId: f.id, after: { personId: b.personId, kind: b.kind, on: b.on } } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/persons/:id/reserve',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '某人的后备干部推荐和状态', params: idParam, response: { 200: z.array(nominationOut) } } },
    async (req) => {
      await visiblePerson(db, req.auth!, req.params.id, todayIso());
      return list(req.auth!.institutionId, eq(reserveNomination.personId, req.params.id));
    },
  );
};
