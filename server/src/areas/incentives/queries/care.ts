import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { careCase, careVisit, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { addDays, todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { incentivesPolicy } from '../policy';

/** 走访慰问 (第10条): the situations that call for a visit, and the days within which it is owed. */
export async function careRules(ex: Executor, { packs }: Pick<AppDeps, 'packs'>, institutionId: number) {
  const { policy } = await policyFor(ex, packs, institutionId);
  const situations = policy.param(incentivesPolicy, 'incentives.care.situations', todayIso());
  const days = policy.param(incentivesPolicy, 'incentives.care.visit_days', todayIso());
  return { situations: situations.value, citation: situations.source.citation, visitDays: days.value, visitDaysIsDefault: days.source.isDefault };
}

/** The college's care cases (newest first) with their visits and the date a visit is due. */
export async function careCases(ex: Executor, deps: Pick<AppDeps, 'packs'>, institutionId: number, where?: ReturnType<typeof and>) {
  const r = await careRules(ex, deps, institutionId);
  const cases = await ex.select({ c: careCase, name: person.name }).from(careCase).innerJoin(person, eq(person.id, careCase.personId)).where(and(eq(careCase.institutionId, institutionId), where)).orderBy(desc(careCase.registeredOn));
  const visits = await ex.select().from(careVisit).where(eq(careVisit.institutionId, institutionId)).orderBy(asc(careVisit.on));
  return cases.map(({ c, name }) => ({
    ...c, name, situationLabel: VALUE_LABELS[c.situation] ?? c.situation, visitDue: addDays(c.registeredOn, r.visitDays),
    visits: visits.filter((v) => v.caseId === c.id).map((v) => ({ id: v.id, on: v.on, visitors: v.visitors, help: v.help, amountYuan: v.amountYuan })),
  }));
}
