import type { z } from 'zod';
import type { Tx } from '../../core/db/client';
import type { Pack } from '../../core/policy/pack-schema';
import type { AuthContext } from '../../core/auth/context';
import type { ToleranceRules } from './rules/rules';
import { ACTION_LABELS, OUTCOME_LABELS } from './rules/procedure';
import { personsHolding, tell } from '../../core/reminders/tell';
import type { reviewAction } from './http/tolerance.schema';
import { getCase, getReview } from './queries/cases';

/** A review filed: those who handle reviews (纪委、组织部门) are told at once that it waits for acceptance. */
export async function tellFiled(tx: Tx, packs: ReadonlyMap<string, Pack>, auth: AuthContext, reviewId: number, rules: ToleranceRules) {
  const r = await getReview(tx, auth.institutionId, reviewId);
  const c = await getCase(tx, auth.institutionId, r.caseId);
  await tell(tx, packs, {
    institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: await personsHolding(tx, auth.institutionId, { permission: 'tolerance.handle' }),
    event: 'tolerance.filed', ctx: { id: r.id, who: c.subjectName, what: c.matter }, citation: rules.filing.citation,
  });
}

/**
 * A step recorded: the applicant (and the cadre held to account) hear of acceptance, refusal and the committee's
 * decision; a proposed outcome waits for the committee, so the other handlers are told.
 */
export async function tellStep(tx: Tx, packs: ReadonlyMap<string, Pack>, auth: AuthContext, reviewId: number, b: z.infer<typeof reviewAction>, rules: ToleranceRules) {
  const r = await getReview(tx, auth.institutionId, reviewId);
  const c = await getCase(tx, auth.institutionId, r.caseId);
  const base = { institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId };
  if (b.action === 'propose') {
    await tell(tx, packs, {
      ...base, recipients: await personsHolding(tx, auth.institutionId, { permission: 'tolerance.handle' }), event: 'tolerance.proposed',
      ctx: { id: r.id, who: c.subjectName, what: c.matter, decision: OUTCOME_LABELS[b.outcome] }, citation: rules.procedure.collectiveCitation,
    });
    return;
  }
  if (b.action !== 'accept' && b.action !== 'refuse' && b.action !== 'decide') return;
  const decision = b.action === 'decide' ? `${OUTCOME_LABELS[b.outcome]}${b.outcome === 'defer' ? `，暂缓至 ${b.deferUntil}` : ''}` : undefined;
  await tell(tx, packs, {
    ...base, recipients: [r.applicantPersonId, c.subjectPersonId], event: 'tolerance.step_done',
    ctx: { id: r.id, who: c.subjectName, what: c.matter, step: ACTION_LABELS[b.action], decision, reason: b.action === 'refuse' ? b.reason : b.action === 'decide' ? b.explanation : null },
    citation: b.action === 'decide' ? rules.procedure.collectiveCitation : rules.filing.citation,
  });
}
