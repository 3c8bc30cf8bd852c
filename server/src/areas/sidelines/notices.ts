import { eq } from 'drizzle-orm';
import type { Tx } from '../../core/db/client';
import { outsideOrg, person } from '../../core/db/schema';
import type { Pack } from '../../core/policy/pack-schema';
import type { AuthContext } from '../../core/auth/context';
import type { Decision, Step } from './rules/approval-chain';
import { personsHolding, tell } from '../../core/reminders/tell';
import { stepLabel, type Application } from './queries/applications';

const DECISION_WORDS: Record<Decision, string> = { approve: '同意', refuse: '不同意', return: '退回修改' };

async function about(tx: Tx, a: Application) {
  const [[p], [o]] = await Promise.all([
    tx.select({ name: person.name }).from(person).where(eq(person.id, a.applicantPersonId)),
    tx.select({ name: outsideOrg.name }).from(outsideOrg).where(eq(outsideOrg.id, a.orgId)),
  ]);
  return { who: p?.name ?? '', what: `${o?.name ?? ''}${a.postTitle}` };
}

/** Tells whoever acts at the step now waiting (the overseeing leader, or the office's accounts) — urgent, with the page. */
export async function tellStepWaiting(tx: Tx, packs: ReadonlyMap<string, Pack>, auth: AuthContext, a: Application, step: Step | undefined, citation: string | null) {
  if (!step) return;
  const recipients = step.actor.type === 'persons' ? step.actor.personIds : await personsHolding(tx, auth.institutionId, { roles: [step.actor.role] });
  await tell(tx, packs, {
    institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients, event: 'sideline.step_waiting',
    ctx: { id: a.id, ...(await about(tx, a)), step: stepLabel(step.kind) }, citation,
  });
}

/** Tells the applicant of a decision at a step; a return for changes is urgent (they must act). */
export async function tellDecided(tx: Tx, packs: ReadonlyMap<string, Pack>, auth: AuthContext, a: Application, step: Step, decision: Decision, reason: string | null | undefined, finished: boolean, citation: string | null) {
  await tell(tx, packs, {
    institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [a.applicantPersonId], event: 'sideline.decided',
    ctx: { id: a.id, ...(await about(tx, a)), step: stepLabel(step.kind), decision: DECISION_WORDS[decision] + (finished && decision === 'approve' ? '，审批完成，已登记备案' : ''), reason, needsAction: decision === 'return' },
    citation,
  });
}
