import { diffDays } from '../shared/dates';

/** The minimum a tenure must carry to be joined into continuous periods. */
export interface ChainableTenure {
  personId: number;
  postId: number;
  departmentId: number;
  startDate: string;
  endDate: string | null;
}

export interface Chain<T extends ChainableTenure> {
  personId: number;
  departmentId: number;
  start: string;
  /** null while the chain is current. */
  end: string | null;
  last: T;
}

/**
 * Joins a person's tenures that follow each other within `gapDays` into continuous periods, grouped by `groupKey`
 * (the same post, or the same department). Pure.
 */
export function chains<T extends ChainableTenure>(tenures: readonly T[], groupKey: (t: T) => string, gapDays: number): Chain<T>[] {
  const groups = new Map<string, T[]>();
  for (const t of tenures) {
    const k = `${t.personId}|${groupKey(t)}`;
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  const out: Chain<T>[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    let cur: Chain<T> | null = null;
    for (const t of g) {
      if (cur && (cur.end === null || diffDays(cur.end, t.startDate) <= gapDays)) {
        cur.end = cur.end === null || t.endDate === null ? null : cur.end > t.endDate ? cur.end : t.endDate;
        cur.last = t;
      } else {
        if (cur) out.push(cur);
        cur = { personId: t.personId, departmentId: t.departmentId, start: t.startDate, end: t.endDate, last: t };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** For each current tenure: since when the person has held this post, and been in this department, without a break. */
export function currentPeriods<T extends ChainableTenure>(tenures: readonly T[], asOf: string, gapDays: number) {
  const isCurrent = (t: ChainableTenure) => t.startDate <= asOf && (t.endDate === null || t.endDate > asOf);
  const past = tenures.filter((t) => t.startDate <= asOf);
  // Open chains by person and post / department, the first of each kept: a lookup per tenure, not a scan.
  const index = (cs: Chain<T>[], key: (c: Chain<T>) => string) => {
    const m = new Map<string, Chain<T>>();
    for (const c of cs) if ((c.end === null || c.end > asOf) && !m.has(key(c))) m.set(key(c), c);
    return m;
  };
  const byPost = index(chains(past, (t) => String(t.postId), gapDays), (c) => `${c.personId}|${c.last.postId}`);
  const byDept = index(chains(past, (t) => String(t.departmentId), gapDays), (c) => `${c.personId}|${c.departmentId}`);
  return tenures.filter(isCurrent).map((t) => ({
    tenure: t,
    postSince: byPost.get(`${t.personId}|${t.postId}`)?.start ?? t.startDate,
    departmentSince: byDept.get(`${t.personId}|${t.departmentId}`)?.start ?? t.startDate,
  }));
}
