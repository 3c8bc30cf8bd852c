import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inactionCase, inactionStep, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { authorizeIncentive, INACTION_HIDDEN } from '../access';
import { found } from '../../../core/http/authorize';
import { optText, text } from '../../../core/http/text-fields';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { applyInaction, INACTION_STATUS_LABELS, InactionRuleError, type InactionStatus } from '../rules/inaction';
import { idParam } from '../../../core/http/ids';
import { isoDate } from '../../../core/http/iso-date';
import { visiblePerson } from '../../people';
import { idField } from '../../../core/http/ids';
import { incentivesPolicy } from '../policy';

const caseOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), signal: z.string(), signalLabel: z.string(), signalDetail: z.string(), signaledOn: z.string(), status: z.string(), statusLabel: z.string(),
  requirements: z.string().nullable(), deadline: z.string().nullable(), proposedAdjustment: z.string().nullable(), proposedAdjustmentLabel: z.string().nullable(), decision: z.string().nullable(), decisionLabel: z.string().nullable(),
  decidedOn: z.string().nullable(), meetingRef: z.string().nullable(), steps: z.array(z.object({ action: z.string(), on: z.string(), note: z.string(), actorName: z.string() })),
});
const label = (k: string | null) => (k ? (k === 'not_adjusted' ? '不作组织调整' : (VALUE_LABELS[k] ?? k)) : null);
/** Signal keys renamed since (the 第14条 不作为 tendency was once `tendency`, the talks' 作风品德廉洁 tendency): earlier requests still mean the same. */
const RENAMED_SIGNALS: Record<string, string> = { tendency: 'inaction_tendency' };
const ACTION_LABELS: Record<string, string> = { signal: '发现问题', remind: '提醒并提出整改要求', verify: '核查整改', admonish: '诫勉处理', propose: '提出组织调整建议', decide: '集体研究决定' };

/** 为官不为 (ahzaxy-2020 第14条): signals, reminders with deadlines, checks, organizational adjustment decided collectively. */
export const inactionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const rulesOf = async (institutionId: number) => {
    const { policy } = await policyFor(db, deps.packs, institutionId);
    const signals = policy.param(incentivesPolicy, 'incentives.inaction.signals', todayIso());
    const refusal = policy.param(incentivesPolicy, 'incentives.rotation.refusal_adjustments', todayIso());
    const inaction = { citation: signals.source.citation, adjustments: policy.value(incentivesPolicy, 'incentives.inaction.adjustments', todayIso()), directSignals: ['strong_feedback'] };
    // 第8条: a refusal to rotate is handled the same way, but leads straight to removal or demotion under its own article.
    const rotation = { citation: refusal.source.citation, adjustments: refusal.value, directSignals: ['rotation_refusal'] };
    return { signals: [...signals.value, 'rotation_refusal'], ...inaction, forSignal: (signal: string) => (signal === 'rotation_refusal' ? rotation : inaction) };
  };
  async function list(institutionId: number, where?: ReturnType<typeof and>) {
    const rows = await db.select({ c: inactionCase, name: person.name }).from(inactionCase).innerJoin(person, eq(person.id, inactionCase.personId)).where(and(eq(inactionCase.institutionId, institutionId), where)).orderBy(desc(inactionCase.signaledOn));
    const steps = await db.select().from(inactionStep).where(eq(inactionStep.institutionId, institutionId)).orderBy(asc(inactionStep.on), asc(inactionStep.id));
    return rows.map(({ c, name }) => ({
      ...c, name, signalLabel: VALUE_LABELS[c.signal] ?? c.signal, statusLabel: INACTION_STATUS_LABELS[c.status as InactionStatus] ?? c.status,
      proposedAdjustmentLabel: label(c.proposedAdjustment), decisionLabel: label(c.decision),
      steps: steps.filter((s) => s.caseId === c.id).map((s) => ({ action: ACTION_LABELS[s.action] ?? s.action, on: s.on, note: s.note, actorName: s.actorName })),
    }));
  }

  app.get(
    '/api/inaction/rules',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '为官不为的发现渠道和组织调整方式', response: { 200: z.object({ signals: z.array(z.object({ key: z.string(), label: z.string() })), adjustments: z.array(z.object({ key: z.string(), label: z.string() })), refusalAdjustments: z.array(z.object({ key: z.string(), label: z.string() })), citation: z.string().nullable() }) } } },
    async (req) => {
      const r = await rulesOf(req.auth!.institutionId);
      const l = (k: string) => ({ key: k, label: VALUE_LABELS[k] ?? k });
      return { signals: r.signals.map(l), adjustments: r.adjustments.map(l), refusalAdjustments: r.forSignal('rotation_refusal').adjustments.map(l), citation: r.citation };
    },
  );

  app.get(
    '/api/inaction',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '为官不为问题处置（第14条）', response: { 200: z.array(caseOut) } } },
    async (req) => list(req.auth!.institutionId),
  );

  app.post(
    '/api/inaction',
    {
      config: { access: 'inaction.manage' },
      schema: { tags: ['incentives'], summary: '登记干部不作为的苗头或反映', body: z.object({ personId: idField('请选择干部'), signal: z.string().min(1, '请选择发现渠道'), signalDetail: text('反映的问题', 5, 2000), signaledOn: isoDate.describe('发现日期') }), response: { 201: caseOut } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = { ...req.body, signal: RENAMED_SIGNALS[req.body.signal] ?? req.body.signal };
      const r = await rulesOf(auth.institutionId);
      if (!r.signals.includes(b.signal)) throw new AppError('INACTION.SIGNAL', `发现渠道应为：${r.signals.map((s) => VALUE_LABELS[s] ?? s).join('、')}`, 400, { field: 'signal', article: r.citation ?? undefined });
      if (b.signaledOn > todayIso()) throw new AppError('INACTION.FUTURE', '发现日期不能晚于今天', 400, { field: 'signaledOn' });
      authorizeIncentive(auth, 'registerInaction', b);
      const id = await runCommand(db, req, async (tx) => {
        await visiblePerson(tx, auth, b.personId, todayIso());
        const [c] = await tx.insert(inactionCase).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: inactionCase.id });
        await tx.insert(inactionStep).values({ institutionId: auth.institutionId, caseId: c.id, action: 'signal', on: b.signaledOn, note: b.signalDetail, actorName: auth.displayName });
        return { result: c.id, audit: { action: 'inaction.signal', entityType: 'inaction_case', entityId: c.id, after: { personId: b.personId, signal: b.signal } } };
      });
      return reply.status(201).send((await list(auth.institutionId, eq(inactionCase.id, id)))[0]);
    },
  );

  app.post(
    '/api/inaction/:id/actions',
    {
      config: { access: 'inaction.manage' },
      schema: {
        tags: ['incentives'],
        summary: '提醒并提出整改要求、核查整改、诫勉、提出组织调整建议、集体研究决定',
        params: idParam,
        body: z.discriminatedUnion('action', [
          z.object({ action: z.literal('remind'), on: isoDate, requirements: text('整改要求', 5, 2000), deadline: isoDate.describe('整改期限') }),
          z.object({ action: z.literal('verify'), on: isoDate, corrected: z.boolean().describe('是否已改正'), note: text('核查情况', 5, 2000) }),
          z.object({ action: z.literal('admonish'), on: isoDate, note: text('诫勉情况', 5, 2000), deadline: isoDate.describe('整改期限') }),
          z.object({ action: z.literal('propose'), on: isoDate, adjustment: z.string().min(1, '请选择组织调整方式'), reason: text('建议理由', 5, 2000) }),
          z.object({ action: z.literal('decide'), on: isoDate.describe('会议日期'), meetingRef: optText(100).describe('会议纪要编号'), decision: z.string().min(1, '请选择决定'), note: text('决定内容', 2, 2000) }),
        ], { error: '办理事项不正确' }),
        response: { 200: caseOut },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const r = await rulesOf(auth.institutionId);
      await runCommand(db, req, async (tx) => {
        const [c] = await tx.select().from(inactionCase).where(and(eq(inactionCase.institutionId, auth.institutionId), eq(inactionCase.id, req.params.id))).for('update');
        authorizeIncentive(auth, 'handleInaction', { personId: found(c, INACTION_HIDDEN).personId, action: b.action, label: ACTION_LABELS[b.action] });
        let next;
        try {
          next = applyInaction({ status: c.status as InactionStatus, signal: c.signal, signaledOn: c.signaledOn, deadline: c.deadline }, b, r.forSignal(c.signal), todayIso());
        } catch (e) {
          throw e instanceof InactionRuleError ? new AppError(e.code, e.message, e.code === 'INACTION.STEP_ORDER' || e.code === 'INACTION.NOT_YET' ? 409 : 400, { article: e.article ?? undefined }) : e;
        }
        const set: Partial<typeof inactionCase.$inferInsert> = { status: next.status, deadline: next.deadline };
        if (b.action === 'remind') set.requirements = b.requirements;
        if (b.action === 'propose') Object.assign(set, { proposedAdjustment: b.adjustment, proposedOn: b.on });
        if (b.action === 'decide') Object.assign(set, { decision: b.decision, decidedOn: b.on, meetingRef: b.meetingRef });
        await tx.update(inactionCase).set(set).where(eq(inactionCase.id, c.id));
        const note = b.action === 'remind' ? `${b.requirements}（期限 ${b.deadline}）` : b.action === 'admonish' ? `${b.note}（期限 ${b.deadline}）` : b.action === 'propose' ? `${label(b.adjustment)}：${b.reason}` : b.action === 'decide' ? `${label(b.decision)}（${b.meetingRef}）：${b.note}` : `${b.corrected ? '已改正' : '未改正'}：${b.note}`;
        await tx.insert(inactionStep).values({ institutionId: auth.institutionId, caseId: c.id, action: b.action, on: b.on, note, actorName: auth.displayName });
        return { result: null, audit: { action: `inaction.${b.action}`, entityType: 'inaction_case', entityId: c.id, before: { status: c.status }, after: { status: next.status, on: b.on } } };
      });
      return (await list(auth.institutionId, eq(inactionCase.id, req.params.id)))[0];
    },
  );

  app.get(
    '/api/persons/:id/inaction',
    { config: { access: 'inaction.manage' }, schema: { tags: ['incentives'], summary: '某人的为官不为问题处置（供考核、任免参考）', params: idParam, response: { 200: z.array(caseOut) } } },
    async (req) => {
      await visiblePerson(db, req.auth!, req.params.id, todayIso());
      return list(req.auth!.institutionId, eq(inactionCase.personId, req.params.id));
    },
  );
};
