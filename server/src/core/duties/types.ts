import type { EffectivePolicy } from '../policy/effective-policy';

export type DutyStatus = 'open' | 'due_soon' | 'overdue' | 'done' | 'waived';

/**
 * Who owes a duty: a named person; any of several persons (a department's middle cadres — whoever acts meets it);
 * or whoever holds a role in the institution (e.g. the organization department).
 */
export type DutyOwner = { type: 'person'; personId: number } | { type: 'persons'; personIds: number[] } | { type: 'role'; role: string };

/**
 * What a duty's kind tells about it beyond the common fields: every kind gives the lines that explain it (shown as the
 * duty's reasons); a kind adds its own typed fields (a talk quota's required and held counts, a campaign's year …),
 * declared beside its deriver as `Deriver<Facts, Detail>`.
 */
export interface DutyDetail {
  reasons: string[];
}

/** What a deriver produces: a fact about what the rules demand, before waivers are applied. */
export interface DerivedDuty<D extends DutyDetail = DutyDetail> {
  /** Stable across recomputations, so a waiver can refer to it. */
  key: string;
  kind: string;
  title: string;
  owner: DutyOwner;
  /** How the owner is named to users, where the owner is a person or persons. */
  ownerLabel?: string;
  subjectPersonId?: number;
  subjectDepartmentId?: number;
  dueDate: string;
  /** Where the duty is a step of a procedure: the day the case reached the step (shown in 待我办理 as 送达). */
  since?: string;
  /**
   * Where several steps of one case run at once (a tolerance review's acceptance and its investigation period both
   * count from the filing), the case they belong to: 待我办理 shows a case once, at its step due first.
   */
  caseKey?: string;
  /** Besides the subject, the persons a case names (a plan's interviewees and leads): none of them decides it (回避). */
  parties?: number[];
  /** Set when the facts show the duty was met. */
  doneDate?: string;
  /** How many days before the due date the duty counts as due soon. */
  dueSoonDays: number;
  citation: string | null;
  isDefaultRule: boolean;
  /**
   * The due date, or the period that sets it, comes from a pack value marked `default: true` (the regulation says only
   * 及时 or 每年定期): shown as 系统默认 beside the citation.
   */
  dueIsDefault: boolean;
  /** Where in the app the owner acts on it. */
  link: string;
  detail: D;
}

export interface Duty<D extends DutyDetail = DutyDetail> extends DerivedDuty<D> {
  institutionId: number;
  status: DutyStatus;
  waiver?: { reason: string; waivedBy: number; waivedAt: string };
}

/** One regulation's duties: a pure function of facts, the effective policy and a date. Loading the facts is separate. */
export interface Deriver<F, D extends DutyDetail = DutyDetail> {
  kind: string;
  /** Chinese name of the duty kind, shown in filters and charts. */
  label: string;
  derive(facts: F, policy: EffectivePolicy, asOf: string): DerivedDuty<D>[];
}

/**
 * A guard that narrows a duty to one kind and so to that kind's detail type: the kind fixes the detail, as its deriver
 * declares it (`export const isTalkQuota = ofKind<TalkQuotaDetail>('talk_quota')` beside the deriver).
 */
export const ofKind =
  <D extends DutyDetail>(kind: string) =>
  <T extends DerivedDuty>(d: T): d is T & { detail: D } =>
    d.kind === kind;
