import type { Duty } from './types';

/** Who is asking whose duties they are: the person behind the account and the roles it holds. */
export interface Owner {
  personId: number | null;
  roles: readonly string[];
}

/**
 * How a duty is the caller's: owed by them by name (`person`), by a group they are one of — a department's middle
 * cadres, whoever acts meets it (`shared`) — or by a role they hold, such as the organization department (`role`);
 * null when it is not theirs. Pure.
 */
export function owedAs(who: Owner, d: Pick<Duty, 'owner'>): 'person' | 'shared' | 'role' | null {
  const o = d.owner;
  if (o.type === 'person') return who.personId !== null && o.personId === who.personId ? 'person' : null;
  if (o.type === 'persons') return who.personId !== null && o.personIds.includes(who.personId) ? (o.personIds.length === 1 ? 'person' : 'shared') : null;
  return who.roles.includes(o.role) ? 'role' : null;
}
