import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { owesClearance, PETITION_OUTCOME_LABELS, type PetitionOutcome } from './clearance';

/** Events at the boundary of the tolerance area, for the interviews area to read (domain_event rows). Pure. */
export interface DomainEventValues {
  institutionId: number;
  kind: string;
  subjectPersonId: number | null;
  occurredOn: string;
  source: string;
  payload: Record<string, unknown>;
}

/** Measures that become interviews (约谈) in the interviews area, by the kind of interview they call for (tongren-2016 二（三）). */
export const INTERVIEW_EVENTS: Record<string, string> = { regular_interview: 'admonition', admonition_talk: 'admonition', written_inquiry: 'written_inquiry' };

/** A corrective measure that calls for an interview or a written inquiry; null for other measures. */
export function correctionInterviewEvent(
  institutionId: number,
  m: { id: number; kind: string; dueDate: string; requirement: string; caseId: number; subjectPersonId: number | null },
  on: string,
): DomainEventValues | null {
  const interviewKind = INTERVIEW_EVENTS[m.kind];
  if (!interviewKind) return null;
  return {
    institutionId, kind: 'tolerance.correction_interview', subjectPersonId: m.subjectPersonId, occurredOn: on, source: `correction_measure:${m.id}`,
    payload: { interviewKind, measure: m.kind, dueDate: m.dueDate, requirement: m.requirement, caseId: m.caseId },
  };
}

/** tongren-2016 三（一）: a cadre cleared after an untrue report is a target for a prevention interview. */
export function clearedEvent(institutionId: number, p: { id: number; reportedPersonId: number; outcome: string | null }, on: string, scope: string): DomainEventValues {
  return {
    institutionId, kind: 'tolerance.cleared', subjectPersonId: p.reportedPersonId, occurredOn: on, source: `petition:${p.id}`,
    payload: { outcome: p.outcome, scope, scopeLabel: VALUE_LABELS[scope] ?? scope },
  };
}

/**
 * tongren-2016 三（一）: a cadre about whom a report was found untrue (失实、错告 or 诬告: whatever owes a clearance) is a
 * target for a prevention interview from the conclusion on — the interview can be how they are cleared. Null for a
 * report found true, or about a department.
 */
export function untrueReportEvent(institutionId: number, p: { id: number; reportedPersonId: number | null }, outcome: PetitionOutcome, on: string): DomainEventValues | null {
  if (!p.reportedPersonId || !owesClearance(outcome)) return null;
  return {
    institutionId, kind: 'tolerance.report_untrue', subjectPersonId: p.reportedPersonId, occurredOn: on, source: `petition:${p.id}`,
    payload: { outcome, outcomeLabel: PETITION_OUTCOME_LABELS[outcome] },
  };
}
