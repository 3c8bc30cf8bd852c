import type { Duty } from '../duties/types';
import { owedAs, type Owner } from '../duties/owned';

/** A step waiting for the caller, with how it is theirs. */
export interface InboxEntry {
  duty: Duty;
  owedAs: 'person' | 'shared' | 'role';
}

const OPEN = new Set(['open', 'due_soon', 'overdue']);
const URGENCY: Record<string, number> = { overdue: 0, due_soon: 1, open: 2 };

/**
 * 待我办理: the open procedure steps (duties of a step kind) the caller owes — by name, as one of a group, or through a
 * role they hold — most urgent first, then by due date. A step of the caller's own case is theirs only when it is owed
 * by them by name (a reply to a letter, a material to hand in); a decision on their own case owed by a role or a group
 * is not offered to them (回避: nobody decides a step of their own case). A case is shown once (see Duty.caseKey). Pure.
 */
export function inboxOf(who: Owner, duties: readonly Duty[], isStep: (kind: string) => boolean): InboxEntry[] {
  const out: InboxEntry[] = [];
  for (const d of duties) {
    if (!isStep(d.kind) || !OPEN.has(d.status)) continue;
    const as = owedAs(who, d);
    if (!as) continue;
    if (as !== 'person' && who.personId !== null && (d.subjectPersonId === who.personId || d.parties?.includes(who.personId))) continue;
    out.push({ duty: d, owedAs: as });
  }
  // A case whose steps run at once is shown at its step due first (the acceptance before the report it opens).
  const first = new Map<string, string>();
  for (const e of out) {
    const c = e.duty.caseKey;
    if (c && (!first.has(c) || e.duty.dueDate < first.get(c)!)) first.set(c, e.duty.dueDate);
  }
  const shown = out.filter((e, i) => !e.duty.caseKey || (e.duty.dueDate === first.get(e.duty.caseKey) && out.findIndex((o) => o.duty.caseKey === e.duty.caseKey && o.duty.dueDate === e.duty.dueDate) === i));
  return shown.sort((a, b) => URGENCY[a.duty.status] - URGENCY[b.duty.status] || (a.duty.dueDate < b.duty.dueDate ? -1 : a.duty.dueDate > b.duty.dueDate ? 1 : 0));
}
