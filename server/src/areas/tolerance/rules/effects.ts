import type { IsoDate } from '../../../core/shared/dates';

/**
 * The effects of a determination (scitc-2025 附件3 第六条, xzcit-2018 第六条, ahzaxy-2020 第12条): an exemption
 * protects its subject, for that matter, in what the pack lists (appraisal, promotion, representative status,
 * awards, reserve status…); a mitigation may set an impact period, after which promotion is not affected.
 * Other modules ask these questions before an adverse entry. Pure.
 */
export interface Determination {
  reviewId: number;
  caseId: number;
  matter: string;
  subjectPersonId: number | null;
  subjectDepartmentId: number | null;
  outcome: 'exempt' | 'mitigate' | 'deny';
  decidedOn: IsoDate;
  /** For an exemption: what may not be affected, fixed from the pack at the decision. */
  protections: string[];
  protectionCitation: string | null;
  /** For a mitigation: the end of the impact period (exclusive), if one was set. */
  impactUntil: IsoDate | null;
}

export interface Subject {
  personId?: number;
  departmentId?: number;
}

const concerns = (d: Determination, s: Subject) =>
  (s.personId !== undefined && d.subjectPersonId === s.personId) || (s.departmentId !== undefined && d.subjectDepartmentId === s.departmentId && d.subjectPersonId === null);

/**
 * Whether a matter (an accountability case) is covered by an exemption for a protected kind of decision:
 * an adverse appraisal grade, a refused promotion, a lost reserve status may not rest on it.
 */
export function exemptionCovering(determinations: readonly Determination[], subject: Subject, protection: string, caseId: number): Determination | null {
  return determinations.find((d) => d.outcome === 'exempt' && d.caseId === caseId && concerns(d, subject) && d.protections.includes(protection)) ?? null;
}

/** Every exemption protecting a subject, for the person page. */
export const exemptionsOf = (determinations: readonly Determination[], subject: Subject) =>
  determinations.filter((d) => d.outcome === 'exempt' && concerns(d, subject));

/** Mitigations whose impact period is running on a date: promotion is affected until it ends. */
export const activeImpactPeriods = (determinations: readonly Determination[], subject: Subject, asOf: IsoDate) =>
  determinations.filter((d) => d.outcome === 'mitigate' && d.impactUntil !== null && concerns(d, subject) && d.decidedOn <= asOf && asOf < d.impactUntil);
