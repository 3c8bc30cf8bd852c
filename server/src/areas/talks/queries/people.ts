import { and, eq, inArray } from 'drizzle-orm';
import { person } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';
import { AppError } from '../../../core/shared/errors';

/** The people a talk names, read once; checked per field in the order of the form. */
export async function assertPersons(ex: Executor, institutionId: number, groups: PersonGroup[]) {
  const all = [...new Set(groups.flatMap((g) => g.ids))];
  checkPersons(await ex.select({ id: person.id, status: person.status, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, all))), groups);
}

export interface PersonGroup {
  ids: number[];
  field: string;
  activeOnly: boolean;
}

/** The people a talk names, found in the college (`rows`): refused per field in the order of the form. Pure. */
export function checkPersons(rows: { id: number; status: string; name: string }[], groups: PersonGroup[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const { ids, field, activeOnly } of groups) {
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) throw new AppError('TALK.UNKNOWN_PERSON', `所选人员不存在（编号 ${missing.join('、')}）`, 400, { field });
    const inactive = activeOnly ? ids.map((id) => byId.get(id)!).filter((r) => r.status !== 'active') : [];
    if (inactive.length) throw new AppError('TALK.INACTIVE_PERSON', `${inactive.map((r) => r.name).join('、')}已不在职，不能作为谈话人`, 400, { field });
  }
}

/** Whether the person is one of the college's (any status). */
export async function isCollegePerson(ex: Executor, institutionId: number, id: number): Promise<boolean> {
  const [p] = await ex.select({ id: person.id }).from(person).where(and(eq(person.id, id), eq(person.institutionId, institutionId)));
  return p !== undefined;
}

/** The college's people's names by id. */
export async function namesOf(ex: Executor, institutionId: number, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ex.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, unique)));
  return new Map(rows.map((p) => [p.id, p.name]));
}
