import { addDays } from '../../../core/shared/dates';
import type { ErrorCode } from '../../../core/shared/error-codes';

/** “担当作为好干部”评选 (ahzaxy-2020 第15条) as a state machine: nominating → reviewing → decided → published. Pure. */
export type RoundStatus = 'nominating' | 'reviewing' | 'decided' | 'published';
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { nominating: '推荐中', reviewing: '审核中', decided: '已决定，待公示', published: '已公示' };

export class RoundRuleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly article: string | null,
  ) {
    super(message);
  }
}

export type RoundInput =
  | { action: 'close' }
  | { action: 'decide'; on: string; meetingRef: string | null; awardedPersonIds: number[] }
  | { action: 'publish'; on: string };

export interface RoundState {
  status: RoundStatus;
  quota: number;
  nominees: number[];
  decidedOn: string | null;
}

export function applyRound(s: RoundState, input: RoundInput, rules: { citation: string | null; publicityDays: number }, today: string): { status: RoundStatus; publicUntil?: string } {
  const fail = (code: ErrorCode, message: string): never => {
    throw new RoundRuleError(code, message, rules.citation);
  };
  switch (input.action) {
    case 'close':
      if (s.status !== 'nominating') fail('ROUND.STEP_ORDER', '推荐已经结束');
      if (!s.nominees.length) fail('ROUND.NO_NOMINEES', '还没有推荐人选');
      return { status: 'reviewing' };
    case 'decide':
      if (s.status !== 'reviewing') fail('ROUND.STEP_ORDER', '推荐结束、审核之后才能研究决定');
      if (!input.meetingRef || input.meetingRef.trim().length < 2) fail('ROUND.COLLECTIVE', '评选结果须经集体研究决定，请填写会议纪要编号');
      if (input.on > today) fail('ROUND.FUTURE', '日期不能晚于今天');
      if (!input.awardedPersonIds.length) fail('ROUND.NONE_AWARDED', '请选择表彰人选');
      if (input.awardedPersonIds.length > s.quota) fail('ROUND.OVER_QUOTA', `本届表彰名额为 ${s.quota} 名，已选 ${input.awardedPersonIds.length} 名`);
      if (input.awardedPersonIds.some((id) => !s.nominees.includes(id))) fail('ROUND.NOT_NOMINATED', '表彰人选须从推荐人选中产生');
      return { status: 'decided' };
    case 'publish':
      if (s.status !== 'decided') fail('ROUND.STEP_ORDER', '集体研究决定后才能公示');
      if (input.on > today || (s.decidedOn && input.on < s.decidedOn)) fail('ROUND.PUBLISH_DATE', '公示日期应在决定之后、不晚于今天');
      return { status: 'published', publicUntil: addDays(input.on, rules.publicityDays) };
  }
}
