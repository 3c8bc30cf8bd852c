import type { Duty } from '../../../core/duties/types';
import { isTalkQuota, type TalkQuotaDetail } from '../duties/talk-quota';

/** A relationship's talk quota: a talk_quota duty with its required and held counts. */
type QuotaDuty = Duty<Extract<TalkQuotaDetail, { required: number }>>;

/** Completion of the year's talk quotas (第八条), as the organization department supervises it (第十一条). Pure. */
export interface CompletionRow {
  required: number;
  held: number;
  /** Relationships (pairs or staff members) whose quota is met. */
  done: number;
  total: number;
  behind: number;
  percent: number;
}

const empty = (): CompletionRow => ({ required: 0, held: 0, done: 0, total: 0, behind: 0, percent: 0 });
const finish = <T extends CompletionRow>(r: T): T => ({ ...r, percent: r.required ? Math.round((r.held / r.required) * 1000) / 10 : 100 });

function addTo(row: CompletionRow, d: QuotaDuty) {
  const required = d.detail.required;
  const held = Math.min(d.detail.held, required);
  row.required += required;
  row.held += held;
  row.total += 1;
  if (d.status === 'done') row.done += 1;
  else if (d.status !== 'waived') row.behind += 1;
}

export interface TalkerRef {
  key: string;
  label: string;
  personIds: number[];
}

export function completion(duties: Duty[], departmentName: (id: number) => string) {
  const quota = duties.filter(isTalkQuota).filter((d): d is QuotaDuty => d.detail.required !== undefined);
  const total = empty();
  const byRelation = new Map<string, CompletionRow & { citation: string | null; perYear: number | null }>();
  const byDepartment = new Map<number, CompletionRow>();
  const byTalker = new Map<string, CompletionRow & TalkerRef>();
  for (const d of quota) {
    addTo(total, d);
    const rel = d.detail.relation;
    // The rule's yearly count for one relationship, before any pro-rating (the pack's value, e.g. 第八条（二）).
    const r = byRelation.get(rel) ?? { ...empty(), citation: d.citation, perYear: d.detail.perYear };
    addTo(r, d);
    byRelation.set(rel, r);
    if (d.subjectDepartmentId !== undefined) {
      const dep = byDepartment.get(d.subjectDepartmentId) ?? empty();
      addTo(dep, d);
      byDepartment.set(d.subjectDepartmentId, dep);
    }
    const o = d.owner;
    const ref: TalkerRef =
      o.type === 'person'
        ? { key: `p${o.personId}`, label: d.ownerLabel ?? '', personIds: [o.personId] }
        : o.type === 'persons'
          ? { key: `d${d.subjectDepartmentId}`, label: d.ownerLabel ?? '', personIds: o.personIds }
          : { key: `r${o.role}`, label: d.ownerLabel ?? o.role, personIds: [] };
    const t = byTalker.get(ref.key) ?? { ...empty(), ...ref };
    addTo(t, d);
    byTalker.set(ref.key, t);
  }
  return {
    total: finish(total),
    byRelation: [...byRelation].map(([relation, r]) => ({ relation, ...finish(r) })),
    byDepartment: [...byDepartment].map(([departmentId, r]) => ({ departmentId, name: departmentName(departmentId), ...finish(r) })).sort((a, b) => a.percent - b.percent),
    byTalker: [...byTalker.values()].map(finish).sort((a, b) => b.behind - a.behind || a.percent - b.percent),
  };
}
