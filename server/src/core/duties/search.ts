import type { Duty } from './types';

/** What the college's duty list (应办事项) and its export are narrowed by. */
export interface DutyFilter {
  kind?: string;
  status?: string;
  departmentId?: number;
  /** A person the duty is about or owed by (by name or as one of a group). */
  personId?: number;
  /** A person's name or a keyword over what is owed (title), by whom (owner), its kind and its article. */
  q?: string;
}

/** How a duty reads to the search: its owner and article as users see them. */
export interface DutyWords {
  owner: (d: Duty) => string;
  kindLabel: (d: Duty) => string;
  citation: (d: Duty) => string | null;
}

/** The persons a duty names: its subject and the persons who owe it. */
export function personsOf(d: Pick<Duty, 'subjectPersonId' | 'owner'>): number[] {
  const owners = d.owner.type === 'person' ? [d.owner.personId] : d.owner.type === 'persons' ? d.owner.personIds : [];
  return d.subjectPersonId !== undefined ? [d.subjectPersonId, ...owners] : owners;
}

/**
 * Whether a duty passes the filter. `named` are the persons whose name contains `q` (read from the roster by the
 * caller): a duty about or owed by one of them matches, as does one whose title, owner, kind or article contains `q`.
 * Pure.
 */
export function dutyMatches(f: DutyFilter, words: DutyWords, named: ReadonlySet<number> = new Set()) {
  const q = f.q?.trim().toLowerCase();
  return (d: Duty): boolean => {
    if (f.kind && d.kind !== f.kind) return false;
    if (f.status && d.status !== f.status) return false;
    if (f.departmentId && d.subjectDepartmentId !== f.departmentId) return false;
    if (f.personId && !personsOf(d).includes(f.personId)) return false;
    if (!q) return true;
    if (personsOf(d).some((p) => named.has(p))) return true;
    return [d.title, words.owner(d), words.kindLabel(d), words.citation(d) ?? ''].some((t) => t.toLowerCase().includes(q));
  };
}
