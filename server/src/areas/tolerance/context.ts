import type { Executor } from '../../core/db/client';
import { together } from '../../core/db/together';
import type { AppDeps } from '../../core/services/deps';
import { loadCalendar } from '../../core/services/calendar.service';
import { policyFor } from '../../core/services/policy.service';
import { AppError } from '../../core/shared/errors';
import { ProcedureError } from './rules/procedure';
import { toleranceRules } from './rules/rules';
import { checkStepDate } from './rules/step-dates';

/** The college's tolerance rules in force on a date, with the working-day calendar. */
export async function rulesAndCalendar(ex: Executor, deps: AppDeps, institutionId: number, asOf: string) {
  const [{ policy }, cal] = await together(ex, [() => policyFor(ex, deps.packs, institutionId), () => loadCalendar(ex)]);
  return { rules: toleranceRules(policy, asOf), cal, policy };
}

/** A broken procedure guard as the API reports it: 409 with the article. */
export const procedureError = (e: unknown) => (e instanceof ProcedureError ? new AppError(e.code, e.message, 409, { article: e.article ?? undefined }) : e);

/** The shared step-date check (rules/step-dates.ts), reported as the API reports a broken guard (409 with the article). */
export const checkDate = (...args: Parameters<typeof checkStepDate>) => {
  try {
    checkStepDate(...args);
  } catch (e) {
    throw procedureError(e);
  }
};
