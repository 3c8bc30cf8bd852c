import { addMonths } from '../../../core/shared/dates';
import type { InterviewKind, InterviewRules } from './rules';

/** Who organizes an interview (tongren-2016 四（二）): the discipline office, the organization department, or a department itself. */
export type Organizer = { kind: 'discipline' } | { kind: 'org' } | { kind: 'department'; departmentId: number };

export interface OrganizerProposal {
  organizer: Organizer;
  /** 五（三）: when a college leader leads, the party and administration office supports. */
  officeSupports: boolean;
  article: string | null;
  reason: string;
}

export const ORGANIZER_LABELS: Record<Organizer['kind'], string> = { discipline: '纪检监察室', org: '党委组织部', department: '本部门' };

const MIDDLE = ['middle_chief', 'middle_deputy'];
const LEADERSHIP = ['principal', 'leader'];

/**
 * The organizer of an interview with a target of this rank. 处级 (middle cadres) by the discipline office, except the
 * prevention interviews of newly promoted or transferred 处级 cadres, by the organization department (四（二）1);
 * 科级 and below by their own department (四（二）2). Leadership members are interviewed by the secretary or president
 * (五（一）3); the regulation names no organizer, and the discipline office organizes them like 处级. Pure.
 */
export function proposeOrganizer(
  target: { rank: string; departmentId: number; newlyAppointed: boolean },
  kind: InterviewKind,
  leadRank: string | null,
  rules: Pick<InterviewRules, 'organizerCitation'>,
): OrganizerProposal {
  const officeSupports = !!leadRank && LEADERSHIP.includes(leadRank);
  const cite = (item: string) => (rules.organizerCitation ? `${rules.organizerCitation}${item}` : null);
  if (MIDDLE.includes(target.rank) && kind === 'prevention' && target.newlyAppointed)
    return { organizer: { kind: 'org' }, officeSupports, article: cite('1'), reason: '新提拔任用或交流任职的处级干部的预防提醒约谈由组织部组织实施' };
  if (MIDDLE.includes(target.rank)) return { organizer: { kind: 'discipline' }, officeSupports, article: cite('1'), reason: '处级干部的约谈由纪检监察室组织实施' };
  if (LEADERSHIP.includes(target.rank)) return { organizer: { kind: 'discipline' }, officeSupports, article: cite('1'), reason: '领导班子成员的约谈由纪检监察室组织实施（制度未单列，按处级以上对待）' };
  return { organizer: { kind: 'department', departmentId: target.departmentId }, officeSupports, article: cite('2'), reason: '科级及以下党员干部的约谈由所在部门自行组织实施' };
}

/** Whether a post was taken up recently enough to count as 新提拔任用 or 交流任职 (a pack window). Pure. */
export function isNewlyAppointed(postSince: string, asOf: string, months: number): boolean {
  return postSince <= asOf && asOf < addMonths(postSince, months);
}
