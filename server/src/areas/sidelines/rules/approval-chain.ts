import type { RankGroup } from './eligibility';
import type { ErrorCode } from '../../../core/shared/error-codes';

export type { RankGroup };

/**
 * 兼职审批链 (scitc-2025 附件2 第十三条, 第九条): the steps an application passes, resolved from the applicant's
 * rank, and what may happen at each. Pure: a state in, a new state (or a refusal with a reason) out.
 */
export type StepKind = 'overseeing_leader' | 'foreign_affairs_opinion' | 'party_committee' | 'provincial_department_party_group' | 'provincial_org_department' | 'org_registration';

export interface Step {
  kind: StepKind;
  /** Who acts: a named person (the overseeing leader) or a role. Outside authorities' decisions are recorded by org. */
  actor: { type: 'persons'; personIds: number[] } | { type: 'role'; role: 'org' | 'foreign_affairs' };
  /** An outside body decides; the organization department records its decision and document number. */
  outside: boolean;
}

export type Decision = 'approve' | 'refuse' | 'return';

export interface StepRecord {
  kind: StepKind;
  decision: Decision;
  by: number;
  at: string;
  reason?: string;
  /** 党委: meeting date and minutes reference; outside authorities: document number. */
  reference?: string;
}

export type ApplicationStatus = 'draft' | 'in_review' | 'returned' | 'refused' | 'approved';

export interface ChainState {
  status: ApplicationStatus;
  steps: Step[];
  /** Index of the step waiting for a decision while in review. */
  current: number;
  history: StepRecord[];
}


/** An authority outside the college decides (the organization department records its decision and document number). */
export const isOutsideStep = (kind: StepKind) => kind === 'provincial_department_party_group' || kind === 'provincial_org_department';

/** The steps for a rank, with the foreign affairs opinion before the committee when 第九条 applies. */
export function chainFor(chains: Record<RankGroup, StepKind[]>, group: RankGroup, foreignOpinion: boolean, overseeingLeaderIds: number[]): Step[] {
  const kinds = [...chains[group]];
  if (foreignOpinion) kinds.splice(kinds.indexOf('party_committee'), 0, 'foreign_affairs_opinion');
  return kinds.map((kind) => ({
    kind,
    actor:
      kind === 'overseeing_leader'
        ? { type: 'persons', personIds: overseeingLeaderIds }
        : kind === 'foreign_affairs_opinion'
          ? { type: 'role', role: 'foreign_affairs' }
          : { type: 'role', role: 'org' },
    outside: isOutsideStep(kind),
  }));
}

export interface Actor {
  personId: number | null;
  roles: readonly string[];
}

export class ChainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function mayAct(step: Step, actor: Actor): boolean {
  return step.actor.type === 'persons' ? actor.personId !== null && step.actor.personIds.includes(actor.personId) : actor.roles.includes(step.actor.role);
}

export function submit(state: ChainState): ChainState {
  if (state.status !== 'draft' && state.status !== 'returned') throw new ChainError('SIDELINE.NOT_EDITABLE', '该申请已在审批中或已办结，不能再次提交');
  if (state.steps[0]?.kind === 'overseeing_leader' && state.steps[0].actor.type === 'persons' && state.steps[0].actor.personIds.length === 0)
    throw new ChainError('SIDELINE.NO_OVERSEEING_LEADER', '申请人所在部门没有分管（联系）院领导，无法送审；请联系党委组织部');
  return { ...state, status: 'in_review', current: 0 };
}

export function decide(state: ChainState, actor: Actor & { accountId: number }, d: { decision: Decision; reason?: string; reference?: string }, at: string): ChainState {
  if (state.status !== 'in_review') throw new ChainError('SIDELINE.NOT_IN_REVIEW', '该申请不在审批中');
  const step = state.steps[state.current];
  if (!mayAct(step, actor)) throw new ChainError('SIDELINE.NOT_YOUR_STEP', '当前审批环节不由您办理');
  if ((d.decision === 'refuse' || d.decision === 'return') && !(d.reason && d.reason.trim().length >= 2)) throw new ChainError('SIDELINE.REASON_REQUIRED', '不同意或退回修改须写明理由');
  if (d.decision === 'approve' && (step.kind === 'party_committee' || step.outside) && !d.reference?.trim())
    throw new ChainError('SIDELINE.REFERENCE_REQUIRED', step.outside ? '请登记上级机关的审批文号' : '请登记党委会议日期和纪要编号');
  const history = [...state.history, { kind: step.kind, decision: d.decision, by: actor.accountId, at, reason: d.reason, reference: d.reference }];
  if (d.decision === 'refuse') return { ...state, status: 'refused', history };
  if (d.decision === 'return') return { ...state, status: 'returned', current: 0, history };
  const next = state.current + 1;
  return next >= state.steps.length ? { ...state, status: 'approved', current: next, history } : { ...state, current: next, history };
}

/** What one step asks of its decider: the decisions `decide` accepts there and what an approval must record. */
export interface StepChoices {
  decisions: Decision[];
  /** 党委: the meeting's date. */
  meetingDate: 'required' | 'none';
  /** 党委: the minutes' number; 上级机关: the approval's number; 登记备案: the registration number, if any. */
  reference: 'required' | 'optional' | 'none';
  referenceKind: 'minutes' | 'approval' | 'registration' | null;
  /** A refusal or a return must say why. */
  reasonRequiredFor: Decision[];
}

/** The choices at a step of the chain, as `decide` (and decide-step's 党委 date) enforce them. */
export function stepChoices(step: Step): StepChoices {
  const committee = step.kind === 'party_committee';
  const registration = step.kind === 'org_registration';
  return {
    decisions: ['approve', 'refuse', 'return'],
    meetingDate: committee ? 'required' : 'none',
    reference: committee || step.outside ? 'required' : registration ? 'optional' : 'none',
    referenceKind: committee ? 'minutes' : step.outside ? 'approval' : registration ? 'registration' : null,
    reasonRequiredFor: ['refuse', 'return'],
  };
}
