/**
 * What other areas may use of this area: its public surface. Everything else in the folder is the area's own;
 * the dependency rule (.dependency-cruiser.cjs) refuses imports past this file.
 */
export { determinations, exemptedWith } from './queries/cases';
export { openAccountabilityCase } from './commands/open-case';
export { activeImpactPeriods, exemptionsOf } from './rules/effects';
export type { Determination } from './rules/effects';
export { untrueReportEvent } from './rules/events';
export { toleranceRules } from './rules/rules';
export { OUTCOME_LABELS } from './rules/procedure';
