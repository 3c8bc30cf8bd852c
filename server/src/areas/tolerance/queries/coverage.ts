import { and, eq } from 'drizzle-orm';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { applicantContext } from '../../sidelines';
import { rulesAndCalendar } from '../context';
import { scopeRefusal } from '../rules/scope';

/**
 * Whether the college's tolerance rules cover this person today (tolerance.subject_scope): asked by the registration
 * form when the person is picked, so that the office knows before it registers a case that no application will follow.
 */
export async function toleranceCoverage(deps: AppDeps, institutionId: number, personId: number) {
  const [p] = await deps.db.select({ name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), eq(person.id, personId)));
  if (!p) throw new AppError('ACCOUNTABILITY.PERSON', '所选人员不存在', 400, { field: 'personId' });
  const today = todayIso();
  const { rules } = await rulesAndCalendar(deps.db, deps, institutionId, today);
  const refusal = scopeRefusal(rules.subjectScope, (await applicantContext(deps.db, institutionId, personId, today)).rank, p.name);
  return { covered: refusal === null, message: refusal?.message ?? null, article: refusal?.article ?? null };
}
