import { and, eq, gte } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { department, person, post, tenure } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { addYears } from '../../../core/shared/dates';
import { departmentOfPost, personOfTenure, postOfTenure } from '../../../core/db/joins';
import { incentivesPolicy } from '../policy';

export interface ExperienceFacts {
  /** Active persons who joined within the longest window the rules look at, with every tenure since. */
  people: { personId: number; name: string; hireDate: string; tenures: { departmentId: number; departmentKind: string; title: string; startDate: string; endDate: string | null }[] }[];
}

export async function loadExperienceFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<ExperienceFacts> {
  const years = Math.max(policy.value(incentivesPolicy, 'incentives.rotation.cross_experience_within_years', asOf), policy.value(incentivesPolicy, 'incentives.counselor.within_years', asOf));
  const since = addYears(asOf, -years - 1);
  const rows = await ex
    .select({ personId: person.id, name: person.name, hireDate: person.hireDate, departmentId: post.departmentId, departmentKind: department.kind, title: post.title, startDate: tenure.startDate, endDate: tenure.endDate })
    .from(tenure)
    .innerJoin(person, personOfTenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(department, departmentOfPost)
    .where(and(eq(tenure.institutionId, institutionId), eq(person.status, 'active'), gte(person.hireDate, since)));
  const byPerson = new Map<number, ExperienceFacts['people'][number]>();
  for (const r of rows) {
    const p = byPerson.get(r.personId) ?? { personId: r.personId, name: r.name, hireDate: r.hireDate, tenures: [] };
    p.tenures.push({ departmentId: r.departmentId, departmentKind: r.departmentKind, title: r.title, startDate: r.startDate, endDate: r.endDate });
    byPerson.set(r.personId, p);
  }
  return { people: [...byPerson.values()] };
}
