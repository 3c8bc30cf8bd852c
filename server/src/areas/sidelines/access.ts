import type { AuthContext } from '../../core/auth/context';
import { VALUE_LABELS } from '../../core/policy/vocabulary';
import { allows, authorizer, hidden, notOwnCase, type AccessPolicy, type Check } from '../../core/http/authorize';
import { mayAct, type Step } from './rules/approval-chain';
import type { LedgerRow } from './queries/ledger';
import type { Application } from './queries/applications';

/**
 * Who may do what with a part-time post and its application (object level; the permission a route needs at all is its
 * `config.access`). A post is its holder's to report on (第十一条 pay, 第十七条/第十四条 resignation, 第十八条 annual
 * report); the ledger keepers and finance see it. An application is its applicant's to change; those who act at one of
 * its steps (第十三条) see it. 回避: nobody decides, files or confirms a step of their own case (core/http/own-case.ts).
 */
export interface SidelineRecords {
  /** 兼职台账 (all the college's posts). */
  seeLedger: null;
  /** All the college's applications. */
  seeAllApplications: null;
  see: LedgerRow;
  /** A pay: its post, refused as an unknown pay. */
  seePay: LedgerRow;
  /** Reporting on the post (annual report, pay, files, resignation). */
  act: LedgerRow;
  actOnPay: LedgerRow;
  confirmPay: LedgerRow;
  registerEnd: LedgerRow;
  seeApplication: Application;
  editApplication: Application;
  withdrawApplication: Application;
  decide: Application;
}

export const SIDELINE_HIDDEN = hidden('兼职', 'SIDELINE.NOT_FOUND');
export const PAY_HIDDEN = hidden('报酬记录', 'SIDELINE.PAY_NOT_FOUND');
export const APPLICATION_HIDDEN = hidden('兼职申请', 'SIDELINE.NOT_FOUND');

const keepsLedger = (auth: AuthContext) => auth.permissions.has('sideline.ledger');
const seesPost = (auth: AuthContext, r: LedgerRow) => r.person.id === auth.personId || keepsLedger(auth) || auth.permissions.has('sideline.pay_confirm');
const holder: Check<LedgerRow> = { allow: (auth, r) => r.person.id === auth.personId, refuse: { status: 403, code: 'SIDELINE.NOT_HOLDER', message: '只有兼职的本人可以办理' } };

/** Who may see an application: the applicant, anyone who acts (or acted) at one of its steps, and those who keep the ledger. */
export function seesApplication(auth: AuthContext, a: Application): boolean {
  if (keepsLedger(auth)) return true;
  if (auth.personId !== null && a.applicantPersonId === auth.personId) return true;
  return (a.steps as Step[]).some((s, i) => i <= a.currentStep && mayAct(s, { personId: auth.personId, roles: auth.roles }));
}
const visibleApplication: Check<Application> = { allow: seesApplication, refuse: APPLICATION_HIDDEN };
const applicant = (message: string): Check<Application> => ({ allow: (auth, a) => a.applicantPersonId === auth.personId, refuse: { status: 403, code: 'SIDELINE.NOT_APPLICANT', message } });
const stepKind = (a: Application) => (a.steps as Step[])[a.currentStep]?.kind ?? '';

export const sidelineAccess: AccessPolicy<SidelineRecords> = {
  seeLedger: [{ allow: keepsLedger, refuse: { status: 403, code: 'AUTH.FORBIDDEN', message: '无权查看兼职台账' } }],
  seeAllApplications: [{ allow: keepsLedger, refuse: { status: 403, code: 'AUTH.FORBIDDEN', message: '无权查看全部兼职申请' } }],
  see: [{ allow: seesPost, refuse: SIDELINE_HIDDEN }],
  seePay: [{ allow: seesPost, refuse: PAY_HIDDEN }],
  act: [{ allow: seesPost, refuse: SIDELINE_HIDDEN }, holder],
  actOnPay: [{ allow: seesPost, refuse: PAY_HIDDEN }, holder],
  // Finance does not confirm the turnover of its own pay.
  confirmPay: [{ allow: seesPost, refuse: PAY_HIDDEN }, notOwnCase((r) => [r.person.id], '确认本人兼职报酬的上缴')],
  // Nobody files the resignation of a post they hold themselves.
  registerEnd: [{ allow: seesPost, refuse: SIDELINE_HIDDEN }, notOwnCase((r) => [r.person.id], '登记备案本人辞去（不续任）兼职')],
  seeApplication: [visibleApplication],
  editApplication: [visibleApplication, applicant('只有申请人本人可以修改申请')],
  withdrawApplication: [visibleApplication, applicant('只有申请人本人可以撤回申请')],
  // Whatever roles they hold, the applicant acts at no step of their own application.
  decide: [visibleApplication, notOwnCase((a) => [a.applicantPersonId], (a) => `办理本人兼职申请的“${VALUE_LABELS[stepKind(a)] ?? stepKind(a)}”环节`)],
};

/** Refuses (404 for what the caller may not see, 403 for what they see but may not do) unless the caller may. */
export const authorizeSideline = authorizer(sidelineAccess);
export const maySideline = <A extends keyof SidelineRecords>(auth: AuthContext, action: A, record: SidelineRecords[A]) => allows(sidelineAccess, auth, action, record);
