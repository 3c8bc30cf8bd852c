import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/db/client';
import { department } from '../../../core/db/schema';
import type { Pack } from '../../../core/policy/pack-schema';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { completion } from '../rules/completion';
import { dutiesFor } from '../../../core/duties/duties.service';
import { isTalkQuota } from '../duties/talk-quota';
import { policyFor } from '../../../core/services/policy.service';

/**
 * A year's talk completion, as the page shows it and the Excel table prints it (one function, so their numbers
 * agree): as it stands today for the current year, as at 31 December for a past one.
 */
export async function yearCompletion(db: Db, packs: ReadonlyMap<string, Pack>, institutionId: number, year: number | undefined) {
  const today = todayIso();
  const current = Number(today.slice(0, 4));
  const y = year ?? current;
  if (y > current) throw new AppError('TALK.YEAR_IN_FUTURE', `${y} 年尚未开始`, 400, { field: 'year' });
  const asOf = y < current ? `${y}-12-31` : today;
  // A year before the college's talk rules took effect has no duties to count (第八条 is not yet in force): say so.
  const { policy } = await policyFor(db, packs, institutionId);
  if (!policy.find('talks.responsibility', asOf)) {
    const since = policy.sourcesFor('talks').flatMap((p) => p.parameters['talks.responsibility']?.values ?? []).map((v) => v.since).sort()[0];
    throw new AppError('TALK.YEAR_BEFORE_RULES', `${y} 年本院谈心谈话规定尚未施行${since ? `（自 ${since} 起施行）` : ''}，没有该年度的完成情况`, 400, { field: 'year' });
  }
  // The derivation also carries the unmet duties of earlier years (talks.carry_over_years): only the year's count here.
  const duties = (await dutiesFor(db, packs, institutionId, asOf)).duties.filter((d) => !isTalkQuota(d) || d.detail.year === y);
  const depts = await db.select({ id: department.id, name: department.name }).from(department).where(eq(department.institutionId, institutionId));
  const names = new Map(depts.map((d) => [d.id, d.name]));
  return { year: y, asOf, duties, departmentNames: names, completion: completion(duties, (id) => names.get(id) ?? String(id)) };
}
