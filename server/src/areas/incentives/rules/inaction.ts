import type { ErrorCode } from '../../../core/shared/error-codes';
/**
 * 为官不为 (ahzaxy-2020 第14条): a signal → a reminder with the corrections required and a deadline → checked; if not
 * corrected after the reminder (or an admonition), or where the masses' complaints are strong, a proposal of
 * organizational adjustment → decided collectively. A pure state machine with its guards.
 */
export type InactionStatus = 'signaled' | 'reminded' | 'uncorrected' | 'admonished' | 'corrected' | 'proposed' | 'decided';
export type InactionAction = 'remind' | 'verify' | 'admonish' | 'propose' | 'decide';

export interface InactionState {
  status: InactionStatus;
  signal: string;
  signaledOn: string;
  deadline: string | null;
}

export type InactionInput =
  | { action: 'remind'; on: string; requirements: string; deadline: string }
  | { action: 'verify'; on: string; corrected: boolean; note: string }
  | { action: 'admonish'; on: string; note: string; deadline: string }
  | { action: 'propose'; on: string; adjustment: string; reason: string }
  | { action: 'decide'; on: string; meetingRef: string | null; decision: string; note: string };

export class InactionRuleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly article: string | null,
  ) {
    super(message);
  }
}

export const INACTION_STATUS_LABELS: Record<InactionStatus, string> = {
  signaled: '已发现，待提醒', reminded: '已提醒，整改中', uncorrected: '经提醒仍未改正', admonished: '已诫勉，整改中', corrected: '已改正', proposed: '已提出组织调整建议', decided: '已集体研究决定',
};

const FROM: Record<InactionAction, InactionStatus[]> = {
  remind: ['signaled'],
  verify: ['reminded', 'admonished'],
  admonish: ['uncorrected'],
  propose: ['uncorrected', 'signaled', 'reminded', 'admonished'],
  decide: ['proposed'],
};

/** The next state, or an error naming the section. `directSignals` allow adjustment at once (strong complaints, a refusal to rotate). Pure. */
export function applyInaction(s: InactionState, input: InactionInput, rules: { citation: string | null; adjustments: string[]; directSignals: string[] }, today: string): InactionState {
  const fail = (code: ErrorCode, message: string): never => {
    throw new InactionRuleError(code, message, rules.citation);
  };
  if (!FROM[input.action].includes(s.status)) fail('INACTION.STEP_ORDER', `当前状态为“${INACTION_STATUS_LABELS[s.status]}”，不能办理此事项`);
  if (input.on > today) fail('INACTION.FUTURE', '日期不能晚于今天');
  if (input.on < s.signaledOn) fail('INACTION.BEFORE_SIGNAL', `日期不能早于发现问题的日期（${s.signaledOn}）`);
  switch (input.action) {
    case 'remind':
    case 'admonish':
      if (input.deadline <= input.on) fail('INACTION.DEADLINE', '整改期限应晚于提醒（诫勉）日期');
      return { ...s, status: input.action === 'remind' ? 'reminded' : 'admonished', deadline: input.deadline };
    case 'verify':
      return { ...s, status: input.corrected ? 'corrected' : 'uncorrected' };
    case 'propose':
      if (s.status !== 'uncorrected' && !rules.directSignals.includes(s.signal))
        fail('INACTION.NOT_YET', '经教育提醒、诫勉处理没有改正的，或者群众反映比较强烈的，才能提出组织调整建议');
      if (!rules.adjustments.includes(input.adjustment)) fail('INACTION.ADJUSTMENT', '组织调整方式不在规定的方式之列');
      return { ...s, status: 'proposed' };
    case 'decide':
      if (!input.meetingRef || input.meetingRef.trim().length < 2) fail('INACTION.COLLECTIVE', '组织调整须经集体研究决定，请填写会议纪要编号');
      if (input.decision !== 'not_adjusted' && !rules.adjustments.includes(input.decision)) fail('INACTION.ADJUSTMENT', '决定的组织调整方式不正确');
      return { ...s, status: 'decided' };
  }
}

/**
 * 第14条 “经教育提醒、诫勉处理没有改正的，采取调离岗位、改任非领导职务、免职、降职等方式进行组织处理”: a verification
 * that finds the matter not corrected calls on the organization department to propose an adjustment. Met when the
 * proposal is recorded; an admonition recorded instead answers it (it sets a new deadline, whose verification calls
 * for a proposal afresh). `steps` in the order they were recorded. Null when no verification is waiting on a proposal. Pure.
 */
export function proposalAfterVerification(status: InactionStatus, steps: readonly { action: string; on: string }[]): { verifiedOn: string; proposedOn: string | null } | null {
  let verifiedOn: string | null = null;
  for (const s of steps) {
    if (s.action === 'verify') verifiedOn = s.on;
    else if (s.action === 'propose' && verifiedOn) return { verifiedOn, proposedOn: s.on };
    else if (s.action === 'admonish') verifiedOn = null;
  }
  return verifiedOn && status === 'uncorrected' ? { verifiedOn, proposedOn: null } : null;
}
