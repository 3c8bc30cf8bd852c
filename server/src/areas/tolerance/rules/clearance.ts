import type { IsoDate } from '../../../core/shared/dates';
import { addMonths } from '../../../core/shared/dates';
import { ProcedureError } from './procedure';
import type { CalendarData } from '../../../core/calendar/working-days';
import { workingDayDeadline } from '../../../core/calendar/deadlines';
import { checkStepDate, type PriorStep } from './step-dates';
import type { ErrorCode } from '../../../core/shared/error-codes';

/**
 * 澄清保护 (scitc-2025 附件3 第八条, xzcit-2018 第八条, ahzaxy-2020 第13条): a report is checked and concluded; an
 * untrue, mistaken or malicious report owes the cadre a clearance within a stated scope; a malicious one owes the
 * referral of the accuser; a minor issue not worth discipline is handled by a talk, a reminder or a written inquiry.
 */
export type PetitionOutcome = 'true' | 'partly_true' | 'untrue' | 'mistaken' | 'malicious';
export type PetitionStatus = 'received' | 'checking' | 'concluded' | 'closed';
export type PetitionAction = 'check' | 'conclude' | 'clear' | 'refer' | 'close';

export const PETITION_OUTCOME_LABELS: Record<PetitionOutcome, string> = { true: '属实', partly_true: '部分属实', untrue: '失实（查无实据）', mistaken: '错告', malicious: '诬告' };
export const PETITION_STATUS_LABELS: Record<PetitionStatus, string> = { received: '已受理登记', checking: '核查中', concluded: '已作出核查结论', closed: '已办结' };
export const PETITION_ACTION_LABELS: Record<PetitionAction, string> = { check: '开始核查', conclude: '作出核查结论', clear: '澄清正名', refer: '移送查处诬告', close: '办结' };

export const owesClearance = (o: PetitionOutcome | null) => o === 'untrue' || o === 'mistaken' || o === 'malicious';
export const owesReferral = (o: PetitionOutcome | null) => o === 'malicious';

export interface PetitionState {
  status: PetitionStatus;
  receivedOn: IsoDate;
  checkingSince?: IsoDate | null;
  outcome: PetitionOutcome | null;
  concludedOn: IsoDate | null;
  clearedOn: IsoDate | null;
  referredOn: IsoDate | null;
}

export interface ClearanceRules {
  scopes: string[];
  scopesCitation: string | null;
  dispositions: string[];
  dispositionsCitation: string | null;
  referralCitation: string | null;
}

export interface PetitionInput {
  on: IsoDate;
  outcome?: PetitionOutcome;
  disposition?: string | null;
  scope?: string;
}

const fail = (code: ErrorCode, message: string, article: string | null = null): never => {
  throw new ProcedureError(code, message, article);
};

export function applyPetition(s: PetitionState, action: PetitionAction, input: PetitionInput, rules: ClearanceRules, today: IsoDate): PetitionState {
  checkStepDate('PETITION', PETITION_ACTION_LABELS[action], input.on, petitionPriors(s, action), today, petitionArticle(action, rules));
  const order = (allowed: PetitionStatus[]) => {
    if (!allowed.includes(s.status)) fail('PETITION.STEP_ORDER', `当前状态为“${PETITION_STATUS_LABELS[s.status]}”，不能办理“${PETITION_ACTION_LABELS[action]}”`);
  };
  switch (action) {
    case 'check':
      order(['received']);
      return { ...s, status: 'checking' };
    case 'conclude': {
      order(['checking']);
      const o = input.outcome ?? fail('PETITION.OUTCOME_REQUIRED', '请选择核查结论');
      if (input.disposition) {
        if (!rules.dispositions.includes(input.disposition)) fail('PETITION.DISPOSITION', '处置方式不在本院规定之列', rules.dispositionsCitation);
        if (o !== 'true' && o !== 'partly_true') fail('PETITION.DISPOSITION_OUTCOME', '谈话、提醒、函询等处置适用于反映属实或部分属实的轻微问题', rules.dispositionsCitation);
      }
      return { ...s, status: 'concluded', outcome: o, concludedOn: input.on };
    }
    case 'clear':
      order(['concluded']);
      if (!owesClearance(s.outcome)) fail('PETITION.NOT_CLEARABLE', '只有反映失实、错告或诬告的，才需要澄清正名', rules.scopesCitation);
      if (!input.scope || !rules.scopes.includes(input.scope)) fail('PETITION.SCOPE', '请选择本院规定的澄清方式', rules.scopesCitation);
      return { ...s, clearedOn: input.on };
    case 'refer':
      order(['concluded']);
      if (!owesReferral(s.outcome)) fail('PETITION.NOT_MALICIOUS', '只有认定为诬告的，才移送查处举报人', rules.referralCitation);
      return { ...s, referredOn: input.on };
    case 'close':
      order(['concluded']);
      if (owesClearance(s.outcome) && !s.clearedOn) fail('PETITION.CLEARANCE_PENDING', '反映失实的，应及时澄清正名后方可办结', rules.scopesCitation);
      if (owesReferral(s.outcome) && !s.referredOn) fail('PETITION.REFERRAL_PENDING', '认定诬告的，应移送查处后方可办结', rules.referralCitation);
      return { ...s, status: 'closed' };
  }
}

/** The steps of a report each step follows: received → checked → concluded → cleared, referred → closed. */
function petitionPriors(s: PetitionState, action: PetitionAction): PriorStep[] {
  const received = { label: '受理登记', on: s.receivedOn };
  const checking = { label: '开始核查', on: s.checkingSince };
  const concluded = { label: '作出核查结论', on: s.concludedOn };
  if (action === 'check') return [received];
  if (action === 'conclude') return [received, checking];
  if (action === 'close') return [received, checking, concluded, { label: '澄清正名', on: s.clearedOn }, { label: '移送查处', on: s.referredOn }];
  return [received, checking, concluded];
}

const petitionArticle = (action: PetitionAction, r: ClearanceRules) => (action === 'refer' ? r.referralCitation : action === 'clear' ? r.scopesCitation : null);

/** xzcit-2018 第八条（七）: the check-ins owed to an exempted cadre, every `months` after the decision, `count` times. */
export const followupDates = (decidedOn: IsoDate, months: number, count: number): IsoDate[] => Array.from({ length: count }, (_, i) => addMonths(decidedOn, months * (i + 1)));

/** What a concluded report still owes and by when: a clearance (untrue, mistaken, malicious) and a referral (malicious). */
export function petitionDeadlines(p: { outcome: PetitionOutcome | null; concludedOn: IsoDate | null }, days: { clearance: number; referral: number }, cal: CalendarData) {
  if (!p.concludedOn) return { clearanceDue: null, referralDue: null };
  return {
    clearanceDue: owesClearance(p.outcome) ? workingDayDeadline(cal, p.concludedOn, days.clearance).date : null,
    referralDue: owesReferral(p.outcome) ? workingDayDeadline(cal, p.concludedOn, days.referral).date : null,
  };
}
