import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { person } from '../db/schema';
import { contains } from '../db/sql';
import type { AuthContext } from '../auth/context';
import type { Pack } from '../policy/pack-schema';
import { citationName } from '../policy/citation-names';
import { todayIso } from '../shared/dates';
import { dutiesFor } from './duties.service';
import { presentDuty } from './duties.schema';
import { dutyKindLabel } from './registry';
import { dutyMatches, type DutyFilter } from './search';
import type { Duty } from './types';

/** A duty the caller oversees: the whole college, the departments in their scope, or themselves as its subject. */
export const inScope = (auth: AuthContext) => (d: Duty) =>
  auth.scope.all ||
  (d.subjectDepartmentId !== undefined && auth.scope.departmentIds.includes(d.subjectDepartmentId)) ||
  (d.subjectPersonId !== undefined && d.subjectPersonId === auth.scope.personId);

const STATUS_ORDER: Record<string, number> = { overdue: 0, due_soon: 1, open: 2, waived: 3, done: 4 };
/** The most pressing first: overdue, due soon, open, waived, done; within each the earliest deadline. */
export const byUrgency = (a: Duty, b: Duty) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);

/** The persons of the college whose name contains the text. */
async function personsNamed(db: Db, institutionId: number, text: string): Promise<Set<number>> {
  const rows = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, institutionId), contains(person.name, text)));
  return new Set(rows.map((r) => r.id));
}

/**
 * 应办事项 as the caller oversees them (GET /api/duties and its export), narrowed by the filter, most pressing first:
 * today's derivation of the college, searched by a person's name or a keyword (search.ts).
 */
export async function collegeDuties(db: Db, packs: ReadonlyMap<string, Pack>, auth: AuthContext, f: DutyFilter): Promise<Duty[]> {
  const [{ duties }, named] = await Promise.all([
    dutiesFor(db, packs, auth.institutionId, todayIso(), auth.factsVersion),
    f.q?.trim() ? personsNamed(db, auth.institutionId, f.q.trim()) : Promise.resolve(new Set<number>()),
  ]);
  const words = { owner: (d: Duty) => presentDuty(d).owner, kindLabel: (d: Duty) => dutyKindLabel(d.kind), citation: (d: Duty) => citationName(packs, d.citation) };
  return duties.filter(inScope(auth)).filter(dutyMatches(f, words, named)).sort(byUrgency);
}
