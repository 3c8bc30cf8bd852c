import type { NamedPerson } from './lead';

/**
 * Who owes a department's quarterly interview plan (tongren-2016 四（三）: 各部门约谈计划需按季度送纪检监察室备案)
 * when its chief's post is vacant. The regulation names no one; the pack chooses a named strategy
 * (`interviews.department_plan_owner_strategy`):
 * - `chief_deputy_party_secretary`: the chief; else the deputies in post (acting for the chief); else the department's
 *   Party organization secretary; else nobody — a gap the discipline office fills (四（二）4: it urges and guides the
 *   departments' interview work);
 * - `chief_else_discipline`: the chief; else the gap for the discipline office.
 */
import { PLAN_OWNER_STRATEGIES } from '../policy';

export { PLAN_OWNER_STRATEGIES };
export type PlanOwnerStrategy = (typeof PLAN_OWNER_STRATEGIES)[number];

/** A current post in a department, as the loader reads it (chiefs, deputies and secretaries). */
export interface OfficerPost extends NamedPerson {
  title: string;
  rank: string;
  isHead: boolean;
}

export type PlanOwnerBasis = 'chief' | 'deputy' | 'party_secretary' | 'gap';
export const PLAN_OWNER_BASIS_LABELS: Record<PlanOwnerBasis, string> = {
  chief: '部门正职',
  deputy: '部门正职空缺，由副职代为报备',
  party_secretary: '部门正职、副职均空缺，由本部门党组织书记报备',
  gap: '部门负责人均空缺，由纪检监察室督促落实报备责任人',
};

export interface PlanOwner {
  basis: PlanOwnerBasis;
  /** Empty for a gap. */
  persons: NamedPerson[];
}

const unique = (xs: NamedPerson[]) => xs.filter((x, i) => xs.findIndex((y) => y.personId === x.personId) === i).map(({ personId, name }) => ({ personId, name }));

/** The owner of a department's quarterly plan by the pack's strategy. `secretaryTitles` name its Party organization's secretary. Pure. */
export function departmentPlanOwner(posts: OfficerPost[], strategy: PlanOwnerStrategy, secretaryTitles: string[]): PlanOwner {
  const chiefs = unique(posts.filter((p) => p.rank === 'middle_chief' && p.isHead));
  if (chiefs.length) return { basis: 'chief', persons: chiefs };
  if (strategy === 'chief_deputy_party_secretary') {
    const deputies = unique(posts.filter((p) => p.rank === 'middle_deputy'));
    if (deputies.length) return { basis: 'deputy', persons: deputies };
    const secretaries = unique(posts.filter((p) => secretaryTitles.some((t) => p.title.startsWith(t))));
    if (secretaries.length) return { basis: 'party_secretary', persons: secretaries };
  }
  return { basis: 'gap', persons: [] };
}
