import type { InterviewKind } from './rules';
import { isNewlyAppointed } from './organizer';
import { mainPosts } from '../../../core/roster/main-posts';

/** A current post of a Party member, as 三 reads it. */
export interface RosterPost {
  personId: number;
  name: string;
  departmentId: number;
  departmentName: string;
  title: string;
  rank: string;
  isHead: boolean;
  isKeyPost: boolean;
  isHighRiskPost: boolean;
  postSince: string;
  /** Oversees at least one department (履行“一岗双责”). */
  oversees: boolean;
}

/** Something that happened to a person that makes them a target: a lead, a disposition, a handling, a clearance. */
export interface TargetFact {
  personId: number;
  /** A source of `interviews.target_sources`, e.g. `cleared`, `open_lead`, `accountability_handling`. */
  source: string;
  on: string;
  detail: string;
}

export interface TargetFacts {
  roster: RosterPost[];
  facts: TargetFact[];
  /** `${personId}|${kind}` of interviews already planned or held this year (and inquiries, as `|inquiry_letter`). */
  covered: Set<string>;
  /** Names of persons who appear only in facts (no current post). */
  names: Map<number, string>;
}

export interface TargetSuggestion {
  personId: number;
  name: string;
  departmentId: number | null;
  departmentName: string;
  title: string | null;
  kind: InterviewKind;
  sources: string[];
  reasons: string[];
  article: string | null;
}

/** An event at the boundary of the tolerance area (domain_event), as the interviews area reads it. */
export interface ToleranceEvent {
  kind: string;
  personId: number;
  on: string;
  /** Where it came from, e.g. `petition:12`: a report's conclusion and its clearance share it. */
  source: string;
  payload: Record<string, unknown>;
}

/**
 * What the tolerance area's events make of a person (tongren-2016 三): a report found untrue (`tolerance.report_untrue`,
 * from the conclusion on) or cleared (`tolerance.cleared`) makes a prevention target (`cleared`) — once per report,
 * worded by how far the clearing got; a corrective measure calling for an interview or inquiry makes an admonition or
 * inquiry target. Pure.
 */
export function toleranceEventFacts(events: ToleranceEvent[]): TargetFact[] {
  const facts: TargetFact[] = [];
  const cleared = new Set(events.filter((e) => e.kind === 'tolerance.cleared').map((e) => e.source));
  for (const e of events) {
    if (e.kind === 'tolerance.cleared') facts.push({ personId: e.personId, source: 'cleared', on: e.on, detail: '反映问题经核实不属实，已澄清正名' });
    else if (e.kind === 'tolerance.report_untrue' && !cleared.has(e.source))
      facts.push({ personId: e.personId, source: 'cleared', on: e.on, detail: `反映问题经核实${String(e.payload.outcomeLabel ?? '不属实')}，需予以澄清（可通过约谈澄清）` });
    else if (e.kind === 'tolerance.correction_interview' && e.payload.interviewKind === 'admonition')
      facts.push({ personId: e.personId, source: 'admonition_measure', on: e.on, detail: `纠错措施要求约谈：${String(e.payload.requirement ?? '')}` });
    else if (e.kind === 'tolerance.correction_interview' && e.payload.interviewKind === 'written_inquiry')
      facts.push({ personId: e.personId, source: 'written_inquiry_disposition', on: e.on, detail: `纠错措施要求函询：${String(e.payload.requirement ?? '')}` });
  }
  return facts;
}

const LEADING = ['leader', 'middle_chief', 'middle_deputy'];
/** Sources read from the roster; the others are facts recorded by other work or registered by the discipline office. */
export const POST_SOURCES = ['department_head', 'dual_responsibility', 'newly_appointed', 'key_post', 'high_risk_post'];
const ORDINAL = ['一', '二', '三', '四'];

/**
 * Suggested targets of each kind of interview (tongren-2016 三): from posts (heads, 一岗双责, newly appointed, key and
 * high-risk posts) for prevention, and from what other work recorded (leads, dispositions, measures, handling,
 * clearances). Persons already covered this year by an interview of that kind are left out. Pure.
 */
export function suggestTargets(
  f: TargetFacts,
  sources: Record<InterviewKind, string[]>,
  sourceLabels: Record<string, string>,
  citation: string | null,
  newlyAppointedMonths: number,
  asOf: string,
): TargetSuggestion[] {
  const kindOf = new Map<string, InterviewKind>();
  for (const [kind, list] of Object.entries(sources) as [InterviewKind, string[]][]) list.forEach((s) => kindOf.set(s, kind));
  const byKey = new Map<string, TargetSuggestion>();
  const mainPost = mainPosts(f.roster);
  const add = (personId: number, source: string, reason: string) => {
    const kind = kindOf.get(source);
    if (!kind || f.covered.has(`${personId}|${kind}`)) return;
    const key = `${personId}|${kind}`;
    const post = mainPost.get(personId);
    const s = byKey.get(key) ?? {
      personId, name: post?.name ?? f.names.get(personId) ?? '', departmentId: post?.departmentId ?? null, departmentName: post?.departmentName ?? '', title: post?.title ?? null,
      kind, sources: [], reasons: [], article: citation ? `${citation}（${ORDINAL[Object.keys(sources).indexOf(kind)] ?? ''}）` : null,
    };
    if (!s.sources.includes(source)) s.sources.push(source);
    if (!s.reasons.includes(reason)) s.reasons.push(reason);
    byKey.set(key, s);
  };
  for (const p of f.roster) {
    const where = `${p.departmentName}${p.title}`;
    if (p.isHead && (p.rank === 'middle_chief' || p.rank === 'middle_deputy')) add(p.personId, 'department_head', `${where}（${sourceLabels.department_head}）`);
    if (p.rank === 'leader' && p.oversees) add(p.personId, 'dual_responsibility', `${p.title}（${sourceLabels.dual_responsibility}）`);
    if (LEADING.includes(p.rank) && isNewlyAppointed(p.postSince, asOf, newlyAppointedMonths)) add(p.personId, 'newly_appointed', `${p.postSince} 起任${where}`);
    if (p.isKeyPost && p.rank !== 'principal' && p.rank !== 'leader') add(p.personId, 'key_post', `${where}（${sourceLabels.key_post}）`);
    if (p.isHighRiskPost && p.rank !== 'principal' && p.rank !== 'leader') add(p.personId, 'high_risk_post', `${where}（${sourceLabels.high_risk_post}）`);
  }
  for (const x of f.facts) add(x.personId, x.source, `${x.on} ${x.detail}`);
  const kindOrder = Object.keys(sources);
  return [...byKey.values()].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || b.sources.length - a.sources.length || a.personId - b.personId);
}
