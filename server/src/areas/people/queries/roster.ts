import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { department, person } from '../../../core/db/schema';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { mainPosts } from '../../../core/roster/posts';
import { POLITICAL_LABELS } from '../rules/labels';
import { tenuresOf } from './people.repository';
import { idNumberOf } from './people.presenter';

/** The names of the college's open departments, in their order: the choices of the import template. */
export async function openDepartmentNames(ex: Executor, institutionId: number) {
  const depts = await ex.select({ name: department.name }).from(department).where(and(eq(department.institutionId, institutionId), eq(department.active, true))).orderBy(asc(department.sortOrder), asc(department.id));
  return depts.map((d) => d.name);
}

/** The roster as the export writes it (the import template's columns): active people by 工号 with their main post today. */
export async function rosterExportRows(ex: Executor, institutionId: number, today: string) {
  const [people, tenures] = await Promise.all([
    ex.select().from(person).where(and(eq(person.institutionId, institutionId), eq(person.status, 'active'))).orderBy(asc(person.staffNo)),
    tenuresOf(ex, institutionId),
  ]);
  const main = mainPosts(tenures.filter((t) => t.startDate <= today && (t.endDate === null || t.endDate > today)));
  return people.map((p) => {
    const t = main.get(p.id);
    return [p.staffNo, p.name, p.gender === 'female' ? '女' : '男', idNumberOf(p), p.birthDate, POLITICAL_LABELS[p.politicalStatus] ?? p.politicalStatus, p.hireDate, p.phone, t?.departmentName ?? null, t?.title ?? null, t ? (VALUE_LABELS[t.rank] ?? t.rank) : null, t?.startDate ?? null, t?.appointDocNo ?? null];
  });
}

/** The active people holding, today, a post of these ranks (in one department, or the whole college), and the posts. */
export async function holdersOfRanks(ex: Executor, institutionId: number, ranks: readonly string[], departmentId: number | undefined, today: string) {
  const held = (await tenuresOf(ex, institutionId)).filter((t) => t.startDate <= today && (t.endDate === null || t.endDate > today) && ranks.includes(t.rank) && (!departmentId || t.departmentId === departmentId));
  const ids = [...new Set(held.map((t) => t.personId))];
  const people = ids.length ? await ex.select().from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, ids), eq(person.status, 'active'))) : [];
  return { held, people };
}
