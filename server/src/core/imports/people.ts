import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { department, person, post, tenure } from '../db/schema';
import { postOfTenure } from '../db/joins';
import { together } from '../db/together';

/**
 * The roster as a go-live row names people: by 工号, or by 姓名 + 部门 (the departments of the posts held on the day).
 * `importPeople` reads it once per file; `findImportPerson` (pure) resolves a row's cells, with the problem in the
 * template's column words. Shared by the go-live templates (core/imports/template.ts).
 */
export interface ImportPerson {
  id: number;
  staffNo: string;
  name: string;
  /** In service (person.status = active); a retired or departed person is still found, for history. */
  active: boolean;
  /** Departments of the posts held on the day, by name. */
  departments: string[];
}

export interface ImportPeople {
  byStaffNo: Map<string, ImportPerson>;
  /** `姓名|部门` → those of that name holding a post in that department on the day. */
  byNameDept: Map<string, ImportPerson[]>;
}

/** Everyone on the college's roster (any status), with the departments of the posts they hold on `today`. */
export async function importPeople(ex: Executor, institutionId: number, today: string): Promise<ImportPeople> {
  const [people, tenures] = await together(ex, [
    () => ex.select({ id: person.id, staffNo: person.staffNo, name: person.name, status: person.status }).from(person).where(eq(person.institutionId, institutionId)),
    () => ex
      .select({ personId: tenure.personId, startDate: tenure.startDate, endDate: tenure.endDate, department: department.name })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .innerJoin(department, and(eq(department.id, post.departmentId), eq(department.institutionId, post.institutionId)))
      .where(eq(tenure.institutionId, institutionId)),
  ]);
  const depts = new Map<number, Set<string>>();
  for (const t of tenures) if (t.startDate <= today && (t.endDate === null || t.endDate > today)) depts.set(t.personId, (depts.get(t.personId) ?? new Set()).add(t.department));
  return importPeopleOf(people.map((p) => ({ id: p.id, staffNo: p.staffNo, name: p.name, active: p.status === 'active', departments: [...(depts.get(p.id) ?? [])] })));
}

/** The lookups of a list of people (by 工号; by 姓名 + 部门). Pure. */
export function importPeopleOf(all: ImportPerson[]): ImportPeople {
  const byNameDept = new Map<string, ImportPerson[]>();
  for (const p of all) for (const d of p.departments) byNameDept.set(`${p.name}|${d}`, [...(byNameDept.get(`${p.name}|${d}`) ?? []), p]);
  return { byStaffNo: new Map(all.map((p) => [p.staffNo, p])), byNameDept };
}

/** The column words a row's person is named in (e.g. 工号, 姓名, 部门). */
export interface ImportPersonColumns {
  staffNo: string;
  name?: string;
  department?: string;
}

/**
 * A row's person: by 工号 (the name, when given, must match), else — where the template has a 部门 column — by 姓名
 * within the 部门; or the problem, naming its column. Pure.
 */
export function findImportPerson(
  people: ImportPeople,
  cells: { staffNo: string; name?: string; department?: string },
  columns: ImportPersonColumns,
): { person: ImportPerson } | { column: string; message: string } {
  const staffNo = cells.staffNo.trim();
  const name = cells.name?.trim() ?? '';
  const dept = cells.department?.trim() ?? '';
  if (staffNo) {
    const p = people.byStaffNo.get(staffNo);
    if (!p) return { column: columns.staffNo, message: `花名册中没有工号为“${staffNo}”的人员` };
    if (name && p.name !== name) return { column: columns.name ?? columns.staffNo, message: `与花名册中工号 ${p.staffNo} 的姓名“${p.name}”不一致` };
    return { person: p };
  }
  if (!columns.name || !columns.department || !name) return { column: columns.staffNo, message: '不能为空' };
  if (!dept) return { column: columns.department ?? columns.staffNo, message: '未填工号时须填写部门（按姓名和部门对应人员）' };
  const found = people.byNameDept.get(`${name}|${dept}`) ?? [];
  if (!found.length) return { column: columns.name, message: `花名册中“${dept}”没有名为“${name}”的在任人员；请核对或填写工号` };
  if (found.length > 1) return { column: columns.staffNo, message: `“${dept}”有 ${found.length} 名同名人员“${name}”，请填写工号` };
  return { person: found[0] };
}
