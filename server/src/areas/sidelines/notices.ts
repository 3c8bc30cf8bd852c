import { eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../core/db/client';
import { outsideOrg, person } from '../../core/db/schema';
import type { Pack } from '../../core/policy/pack-schema';
import type { AuthContext } from '../../core/auth/context';
import type { Decision, Step } from './rules/approval-chain';
import { personsHolding, tell, type TellEvent } from '../../core/reminders/tell';
import { stepLabel, type Application } from './queries/applications';

const DECISION_WORDS: Record<Decision, string> = { approve: '同意', refuse: '不同意', return: '退回修改' };

/** What a notice about an application names: the applicant, and the organization with the post. */
export interface NoticeSubject {
  who: string;
  what: string;
}

/** The applicant's and the organization's names, in one read (a command may read them before its transaction). */
export async function noticeSubject(ex: Executor, a: Pick<Application, 'applicantPersonId' | 'orgId' | 'postTitle'>): Promise<NoticeSubject> {
  const [r] = await ex.select({ who: person.name, org: outsideOrg.name }).from(person).innerJoin(outsideOrg, eq(outsideOrg.id, a.orgId)).where(eq(person.id, a.applicantPersonId));
  return { who: r?.who ?? '', what: `${r?.org ?? ''}${a.postTitle}` };
}

/** Who acts at a step: the named persons (the overseeing leader), or whoever holds the step's role. */
export async function stepRecipients(ex: Executor, institutionId: number, step: Step): Promise<number[]> {
  return step.actor.type === 'persons' ? step.actor.personIds : personsHolding(ex, institutionId, { roles: [step.actor.role] });
}

/** The notice to whoever acts at the step now waiting (the overseeing leader, or the office's accounts) — urgent, with the page. */
export function stepWaitingNotice(auth: AuthContext, a: Application, step: Step, citation: string | null, subject: NoticeSubject, recipients: readonly number[]): TellEvent {
  return {
    institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients, event: 'sideline.step_waiting',
    ctx: { id: a.id, ...subject, step: stepLabel(step.kind) }, citation,
  };
}

/**
 * Tells whoever acts at the step now waiting (stepWaitingNotice).
 * `known`: the subject and the recipients when the command has read them already.
 */
export async function tellStepWaiting(tx: Tx, packs: ReadonlyMap<string, Pack>, auth: AuthContext, a: Application, step: Step | undefined, citation: string | null, known: { subject?: NoticeSubject; recipients?: number[] } = {}) {
  if (!step) return;
  const recipients = known.recipients ?? (await stepRecipients(tx, auth.institutionId, step));
  await tell(tx, packs, stepWaitingNotice(auth, a, step, citation, known.subject ?? (await noticeSubject(tx, a)), recipients));
}

/** The notice to the applicant of a decision at a step; a return for changes is urgent (they must act). */
export function decidedNotice(auth: AuthContext, a: Application, step: Step, decision: Decision, reason: string | null | undefined, finished: boolean, citation: string | null, subject: NoticeSubject): TellEvent {
  return {
    institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [a.applicantPersonId], event: 'sideline.decided',
    ctx: { id: a.id, ...subject, step: stepLabel(step.kind), decision: DECISION_WORDS[decision] + (finished && decision === 'approve' ? '，审批完成，已登记备案' : ''), reason, needsAction: decision === 'return' },
    citation,
  };
}
