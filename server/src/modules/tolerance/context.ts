import type { Executor } from '../../db/client';
import { together } from '../../db/together';
import type { AppDeps } from '../../services/deps';
import { loadCalendar } from '../../services/calendar.service';
import { policyFor } from '../../services/policy.service';
import { AppError } from '../../shared/errors';
import { ProcedureError } from '../../tolerance/procedure';
import { toleranceRules } from '../../tolerance/rules';

/** The college's tolerance rules in force on a date, with the working-day calendar. */
export async function rulesAndCalendar(ex: Executor, deps: AppDeps, institutionId: number, asOf: string) {
  const [{ policy }, cal] = await together(ex, [() => policyFor(ex, deps.packs, institutionId), () => loadCalendar(ex)]);
  return { rules: toleranceRules(policy, asOf), cal, policy };
}

/** A broken procedure guard as the API reports it: 409 with the article. */
export const procedureError = (e: unknown) => (e instanceof ProcedureError ? new AppError(e.code, e.message, 409, { article: e.article ?? undefined }) : e);
