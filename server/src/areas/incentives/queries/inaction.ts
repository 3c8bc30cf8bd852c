import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { inactionCase, inactionStep, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { INACTION_STATUS_LABELS, type InactionStatus } from '../rules/inaction';
import { incentivesPolicy } from '../policy';

/** An adjustment's or decision's words. */
export const adjustmentLabel = (k: string | null) => (k ? (k === 'not_adjusted' ? '不作组织调整' : (VALUE_LABELS[k] ?? k)) : null);
/** The steps of a case, as its history names them. */
export const INACTION_ACTION_LABELS: Record<string, string> = { signal: '发现问题', remind: '提醒并提出整改要求', verify: '核查整改', admonish: '诫勉处理', propose: '提出组织调整建议', decide: '集体研究决定' };

/** 第14条 (and 第8条 for a refusal to rotate): the signals a case may start from and the adjustments each may lead to. */
export async function inactionRules(ex: Executor, { packs }: Pick<AppDeps, 'packs'>, institutionId: number) {
  const { policy } = await policyFor(ex, packs, institutionId);
  const signals = policy.param(incentivesPolicy, 'incentives.inaction.signals', todayIso());
  const refusal = policy.param(incentivesPolicy, 'incentives.rotation.refusal_adjustments', todayIso());
  const inaction = { citation: signals.source.citation, adjustments: policy.value(incentivesPolicy, 'incentives.inaction.adjustments', todayIso()), directSignals: ['strong_feedback'] };
  // 第8条: a refusal to rotate is handled the same way, but leads straight to removal or demotion under its own article.
  const rotation = { citation: refusal.source.citation, adjustments: refusal.value, directSignals: ['rotation_refusal'] };
  return { signals: [...signals.value, 'rotation_refusal'], ...inaction, forSignal: (signal: string) => (signal === 'rotation_refusal' ? rotation : inaction) };
}

/** The college's cases (newest first) with their steps. */
export async function inactionCases(ex: Executor, institutionId: number, where?: ReturnType<typeof and>) {
  const rows = await ex.select({ c: inactionCase, name: person.name }).from(inactionCase).innerJoin(person, eq(person.id, inactionCase.personId)).where(and(eq(inactionCase.institutionId, institutionId), where)).orderBy(desc(inactionCase.signaledOn));
  const steps = await ex.select().from(inactionStep).where(eq(inactionStep.institutionId, institutionId)).orderBy(asc(inactionStep.on), asc(inactionStep.id));
  return rows.map(({ c, name }) => ({
    ...c, name, signalLabel: VALUE_LABELS[c.signal] ?? c.signal, statusLabel: INACTION_STATUS_LABELS[c.status as InactionStatus] ?? c.status,
    proposedAdjustmentLabel: adjustmentLabel(c.proposedAdjustment), decisionLabel: adjustmentLabel(c.decision),
    steps: steps.filter((s) => s.caseId === c.id).map((s) => ({ action: INACTION_ACTION_LABELS[s.action] ?? s.action, on: s.on, note: s.note, actorName: s.actorName })),
  }));
}
