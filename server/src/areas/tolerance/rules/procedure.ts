import { addMonths, type IsoDate } from '../../../core/shared/dates';
import { checkStepDate, type PriorStep } from './step-dates';
import type { ErrorCode } from '../../../core/shared/error-codes';

/**
 * The tolerance procedure (容错认定) as a state machine: accept or refuse, investigate (team, evidence, hearing,
 * report), propose, decide collectively (exempt, mitigate, deny, defer), then feedback, publication of an exemption,
 * filing of the result and closing. Pure: every guard names the article it enforces, taken from the pack.
 */
export type ReviewStatus = 'submitted' | 'refused' | 'investigating' | 'reported' | 'proposed' | 'deferred' | 'decided' | 'closed';
export type Outcome = 'exempt' | 'mitigate' | 'deny' | 'defer';
export type ReviewAction = 'accept' | 'refuse' | 'team' | 'hearing' | 'report' | 'propose' | 'decide' | 'feedback' | 'publish' | 'file_record' | 'close';

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  submitted: '待受理',
  refused: '不予受理',
  investigating: '调查核实中',
  reported: '已形成调查报告',
  proposed: '已提出认定意见',
  deferred: '暂缓认定',
  decided: '已作出认定',
  closed: '已办结',
};
export const OUTCOME_LABELS: Record<Outcome, string> = { exempt: '免责', mitigate: '减责', deny: '不予容错', defer: '暂缓认定' };
export const ACTION_LABELS: Record<ReviewAction, string> = {
  accept: '受理',
  refuse: '不予受理',
  team: '组成调查组',
  hearing: '听取本人陈述',
  report: '形成调查报告',
  propose: '提出认定意见',
  decide: '党委集体认定',
  feedback: '反馈本人',
  publish: '公开免责结论',
  file_record: '报送备案',
  close: '办结',
};

/** Where the statuses allow each action. */
const ALLOWED: Record<ReviewAction, ReviewStatus[]> = {
  accept: ['submitted'],
  refuse: ['submitted'],
  team: ['investigating'],
  hearing: ['investigating'],
  report: ['investigating'],
  propose: ['reported'],
  decide: ['proposed', 'deferred'],
  feedback: ['decided'],
  publish: ['decided'],
  file_record: ['decided'],
  close: ['decided'],
};

export interface ReviewState {
  status: ReviewStatus;
  /** The accountability case's start (启动问责程序): no step of the review predates it. */
  caseStartedOn: IsoDate;
  /** The filing (or, ex officio, the opening with the case) and its acceptance. */
  filedOn: IsoDate;
  acceptedOn: IsoDate | null;
  /** The day the investigation team was (last) formed. */
  teamOn: IsoDate | null;
  /** The person under accountability (or who filed for the unit); null for a unit with no one named. */
  applicantPersonId: number | null;
  teamPersonIds: number[];
  hearingOn: IsoDate | null;
  reportOn: IsoDate | null;
  privateGainFound: boolean | null;
  proposedOn: IsoDate | null;
  outcome: Outcome | null;
  decidedOn: IsoDate | null;
  firstDeferredOn: IsoDate | null;
  feedbackOn: IsoDate | null;
  publishedOn: IsoDate | null;
  recordFiledOn: IsoDate | null;
}

/** The articles and numbers of the college's pack that the guards apply. */
export interface ProcedureRules {
  /** The article on filing and acceptance (the pack's application strategy). */
  applicationCitation: string | null;
  collectiveCitation: string | null;
  privateGainBarsExemption: boolean;
  privateGainCitation: string | null;
  maxDeferralMonths: number;
  deferralCitation: string | null;
  hearingCitation: string | null;
  recusalCitation: string | null;
  feedbackCitation: string | null;
  /** Empty where the college has no filing step. */
  filingRoles: string[];
  filingCitation: string | null;
  publicationCitation: string | null;
}

export interface ActionInput {
  on: IsoDate;
  /** The person acting (recording the step); the applicant may never decide. */
  actorPersonId: number | null;
  teamPersonIds?: number[];
  privateGainFound?: boolean;
  outcome?: Outcome;
  meetingRef?: string | null;
  explanation?: string | null;
  mitigationNote?: string | null;
  deferUntil?: IsoDate | null;
  reason?: string | null;
}

export { ProcedureError } from './procedure-error';
import { ProcedureError } from './procedure-error';

const fail = (code: ErrorCode, message: string, article: string | null = null): never => {
  throw new ProcedureError(code, message, article);
};

/** The limit of a deferral: counted from the first deferral, however many follow. */
export const deferralLimit = (firstDeferredOn: IsoDate, months: number) => addMonths(firstDeferredOn, months);

/** Applies one action, or throws the guard it breaks. Returns the state after it. */
export function apply(state: ReviewState, action: ReviewAction, input: ActionInput, rules: ProcedureRules, today: IsoDate): ReviewState {
  if (!ALLOWED[action].includes(state.status))
    fail('TOLERANCE.STEP_ORDER', `当前状态为“${STATUS_LABELS[state.status]}”，不能办理“${ACTION_LABELS[action]}”`);
  checkStepDate('TOLERANCE', ACTION_LABELS[action], input.on, stepPriors(state, action), today, stepArticle(action, rules));
  const s = { ...state };
  switch (action) {
    case 'accept':
      return { ...s, status: 'investigating', acceptedOn: input.on };
    case 'refuse':
      if (!input.reason) fail('TOLERANCE.REASON_REQUIRED', '不予受理应当给予解释答复，请填写理由', rules.collectiveCitation);
      return { ...s, status: 'refused' };
    case 'team': {
      const team = input.teamPersonIds ?? [];
      if (team.length === 0) fail('TOLERANCE.TEAM_EMPTY', '调查组至少需要一名成员');
      if (state.applicantPersonId !== null && team.includes(state.applicantPersonId))
        fail('TOLERANCE.APPLICANT_ON_TEAM', '容错对象本人不能参加调查组，防止保护变庇护', rules.recusalCitation);
      return { ...s, teamPersonIds: team, teamOn: input.on };
    }
    case 'hearing':
      return { ...s, hearingOn: input.on };
    case 'report':
      if (s.teamPersonIds.length === 0) fail('TOLERANCE.TEAM_EMPTY', '请先组成调查组，再形成调查报告');
      if (!s.hearingOn) fail('TOLERANCE.NOT_HEARD', '形成调查报告前应当充分听取本人的陈述和申辩意见', rules.hearingCitation);
      if (input.privateGainFound === undefined) fail('TOLERANCE.PRIVATE_GAIN_UNSTATED', '调查报告须写明是否为个人、他人或单位谋取私利');
      return { ...s, status: 'reported', reportOn: input.on, privateGainFound: input.privateGainFound! };
    case 'propose':
      if (!input.outcome) fail('TOLERANCE.OUTCOME_REQUIRED', '请选择认定意见');
      if (input.outcome === 'exempt' && s.privateGainFound && rules.privateGainBarsExemption)
        fail('TOLERANCE.PRIVATE_GAIN', '调查查明存在谋取私利情形，不能提出免责意见', rules.privateGainCitation);
      return { ...s, status: 'proposed', proposedOn: input.on };
    case 'decide': {
      const outcome = input.outcome ?? fail('TOLERANCE.OUTCOME_REQUIRED', '请选择认定结论');
      if (!input.meetingRef) fail('TOLERANCE.COLLECTIVE_REQUIRED', '认定结论须经学院党委集体研究，请填写会议日期和纪要编号', rules.collectiveCitation);
      if (state.applicantPersonId !== null && input.actorPersonId === state.applicantPersonId)
        fail('TOLERANCE.APPLICANT_DECIDES', '容错对象本人不能办理本人的认定', rules.recusalCitation);
      if (outcome === 'exempt' && s.privateGainFound && rules.privateGainBarsExemption)
        fail('TOLERANCE.PRIVATE_GAIN', '调查查明存在谋取私利情形，不予免责', rules.privateGainCitation);
      if (outcome === 'deny' && !input.explanation) fail('TOLERANCE.EXPLANATION_REQUIRED', '不予免责或减责的，应当给予解释答复，请填写说明', rules.collectiveCitation);
      if (outcome === 'mitigate' && !input.mitigationNote)
        fail('TOLERANCE.MITIGATION_NOTE_REQUIRED', '属于减责的，应在处理意见中明确表述，请填写减责意见', rules.collectiveCitation);
      if (outcome === 'defer') {
        const first = s.firstDeferredOn ?? input.on;
        const limit = deferralLimit(first, rules.maxDeferralMonths);
        if (!input.deferUntil) fail('TOLERANCE.DEFER_UNTIL_REQUIRED', '暂缓认定须写明暂缓至何日');
        if (input.deferUntil! <= input.on) fail('TOLERANCE.DEFER_UNTIL', '暂缓至日期应晚于会议日期');
        if (input.deferUntil! > limit)
          fail('TOLERANCE.DEFERRAL_TOO_LONG', `暂缓认定一般不得超过 ${rules.maxDeferralMonths} 个月（自 ${first} 首次暂缓起，最迟至 ${limit}）`, rules.deferralCitation);
        return { ...s, status: 'deferred', outcome: 'defer', decidedOn: input.on, firstDeferredOn: first };
      }
      return { ...s, status: 'decided', outcome, decidedOn: input.on };
    }
    case 'feedback':
      return { ...s, feedbackOn: input.on };
    case 'publish':
      if (s.outcome !== 'exempt') fail('TOLERANCE.PUBLISH_NOT_EXEMPT', '只有免责结论需要在一定范围内公开', rules.publicationCitation);
      return { ...s, publishedOn: input.on };
    case 'file_record':
      if (rules.filingRoles.length === 0) fail('TOLERANCE.NO_FILING', '本院规定未设报送备案环节');
      if (!s.feedbackOn) fail('TOLERANCE.FILE_BEFORE_FEEDBACK', '应在认定反馈结束后报送备案', rules.filingCitation);
      return { ...s, recordFiledOn: input.on };
    case 'close':
      for (const missing of pendingAfterDecision(s, rules))
        fail('TOLERANCE.CLOSE_PENDING', `还有“${ACTION_LABELS[missing]}”未办理，不能办结`, missing === 'feedback' ? rules.feedbackCitation : missing === 'publish' ? rules.publicationCitation : rules.filingCitation);
      return { ...s, status: 'closed' };
  }
}

/**
 * The steps on record that each step follows, so cannot predate: the case's start and the filing for every step,
 * then the procedure's order (受理 → 组成调查组 → 听取陈述 → 调查报告 → 认定意见 → 党委认定 → 反馈、公开 → 备案 → 办结).
 */
export function stepPriors(s: ReviewState, action: ReviewAction): PriorStep[] {
  const started: PriorStep = { label: '启动问责程序', on: s.caseStartedOn };
  const filed: PriorStep = { label: '提出容错申请', on: s.filedOn };
  const accepted: PriorStep = { label: '受理', on: s.acceptedOn };
  const team: PriorStep = { label: '组成调查组', on: s.teamOn };
  const hearing: PriorStep = { label: '听取本人陈述', on: s.hearingOn };
  const report: PriorStep = { label: '形成调查报告', on: s.reportOn };
  const proposal: PriorStep = { label: '提出认定意见', on: s.proposedOn };
  const decision: PriorStep = { label: s.status === 'deferred' ? '暂缓认定' : '党委集体认定', on: s.decidedOn };
  const feedback: PriorStep = { label: '反馈本人', on: s.feedbackOn };
  const published: PriorStep = { label: '公开免责结论', on: s.publishedOn };
  const filedRecord: PriorStep = { label: '报送备案', on: s.recordFiledOn };
  const base = [started, filed];
  const investigation = [...base, accepted];
  const decided = [...investigation, team, hearing, report, proposal, decision];
  switch (action) {
    case 'accept':
    case 'refuse':
      return base;
    case 'team':
      return investigation;
    case 'hearing':
      return [...investigation, team];
    case 'report':
      return [...investigation, team, hearing];
    case 'propose':
      return [...investigation, team, hearing, report];
    case 'decide':
      return decided;
    case 'feedback':
    case 'publish':
      return decided;
    case 'file_record':
      return [...decided, feedback];
    case 'close':
      return [...decided, feedback, published, filedRecord];
  }
}

/** The article that orders a step, cited when its date is out of order. */
export function stepArticle(action: ReviewAction, r: ProcedureRules): string | null {
  switch (action) {
    case 'accept':
    case 'refuse':
      return r.applicationCitation;
    case 'team':
    case 'hearing':
    case 'report':
      return r.hearingCitation ?? r.collectiveCitation;
    case 'feedback':
      return r.feedbackCitation;
    case 'publish':
      return r.publicationCitation;
    case 'file_record':
      return r.filingCitation;
    default:
      return r.collectiveCitation;
  }
}

/** The steps a decided review still owes before it can be closed. */
export function pendingAfterDecision(s: ReviewState, rules: ProcedureRules): ReviewAction[] {
  if (s.status !== 'decided') return [];
  const out: ReviewAction[] = [];
  if (!s.feedbackOn) out.push('feedback');
  if (s.outcome === 'exempt' && !s.publishedOn) out.push('publish');
  if (rules.filingRoles.length > 0 && !s.recordFiledOn) out.push('file_record');
  return out;
}
