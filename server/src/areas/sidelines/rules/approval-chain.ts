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

/** A refusal of the chain: its code and message, and the status and field when it is about the input (400) rather than the state (409). */
export class ChainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: 400 | 409 = 409,
    readonly field?: string,
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

const REFERENCE_ASKED: Record<NonNullable<StepChoices['referenceKind']>, string> = {
  minutes: '请登记党委会议日期和纪要编号',
  approval: '请登记上级机关的审批文号',
  registration: '请登记备案编号',
};

/** A decision at the current step, checked against what the step asks (stepChoices): the new state, or a ChainError. */
export function decide(state: ChainState, actor: Actor & { accountId: number }, d: { decision: Decision; reason?: string; reference?: string; meetingDate?: string }, at: string): ChainState {
  if (state.status !== 'in_review') throw new ChainError('SIDELINE.NOT_IN_REVIEW', '该申请不在审批中');
  const step = state.steps[state.current];
  if (!mayAct(step, actor)) throw new ChainError('SIDELINE.NOT_YOUR_STEP', '当前审批环节不由您办理');
  const asks = stepChoices(step);
  if (!asks.decisions.includes(d.decision)) throw new ChainError('VALIDATION.INVALID', '该审批环节不能作出这一决定', 400, 'decision');
  if (asks.reasonRequiredFor.includes(d.decision) && !(d.reason && d.reason.trim().length >= 2)) throw new ChainError('SIDELINE.REASON_REQUIRED', '不同意或退回修改须写明理由');
  if (d.decision === 'approve') {
    if (asks.meetingDate === 'required' && !d.meetingDate) throw new ChainError('SIDELINE.MEETING_DATE', '请登记审批的党委会议日期', 400, 'meetingDate');
    if (asks.meetingDate === 'required' && d.meetingDate! > at) throw new ChainError('SIDELINE.MEETING_DATE', '党委会议日期不能晚于今天', 400, 'meetingDate');
    if (asks.reference === 'required' && !d.reference?.trim()) throw new ChainError('SIDELINE.REFERENCE_REQUIRED', REFERENCE_ASKED[asks.referenceKind!]);
  }
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

/** The choices at a step of the chain: what the decision page offers, and what `decide` enforces. */
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
