import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { diffDays, minDate } from '../../../core/shared/dates';
import { sidelinesPolicy } from '../policy';

/**
 * 第十四条 (scitc-2025 附件2): which term (届次) a proposed post would be, derived from the person's own record of that
 * post — never from what the applicant types. Pure: the person's registered posts and the proposal in, the term out.
 *
 * "The same post" is the same outside organization and the same post title, the title compared as written without
 * spaces or width differences ({@link normalizePostTitle}). Every registered post counts, whatever its status (held,
 * reported as resigned or not renewed, ended): a term served is a term served.
 */

/**
 * How the terms in the same post are counted (pack `sidelines.term_counting`):
 * - `same_post_all_terms`: every term ever held in the post counts; a gap between terms does not restart the count.
 * - `consecutive_terms`: only the run of terms that leads up to the new one counts; a gap longer than
 *   `sidelines.term_gap_reset_days` between two terms (or before the new one) starts the count again.
 */
export type TermCounting = 'same_post_all_terms' | 'consecutive_terms';

export interface PastPost {
  id: number;
  orgId: number;
  postTitle: string;
  hasTerms: boolean;
  termNumber: number;
  startDate: string;
  endDate: string | null;
  /** When the post actually ended (resigned, not renewed, renewed, re-approved). */
  endedOn: string | null;
  firstHeldSince: string;
}

export interface ProposedTerm {
  orgId: number;
  postTitle: string;
  startDate: string;
  endDate: string | null;
  /** The registered post a renewal or a 第十六条 re-approval continues. */
  continuesId: number | null;
}

export interface TermRule {
  counting: TermCounting;
  /** Only for `consecutive_terms`. */
  gapResetDays: number;
}

export interface DerivedTerm {
  termNumber: number;
  /** first: no earlier term counts; next: a further term; same_term: a re-approval inside the term it continues. */
  kind: 'first' | 'next' | 'same_term';
  /** The earlier posts counted (same post), oldest first. */
  counted: PastPost[];
  /** The earliest date the post was held among those counted (the ten-year limit of posts without terms), if any. */
  heldSince: string | null;
}

/** A post title as compared: Unicode-compatible form (full-width letters and digits folded), no spaces of any kind. */
export const normalizePostTitle = (title: string): string => title.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '');

export const isSamePost = (a: { orgId: number; postTitle: string }, b: { orgId: number; postTitle: string }) =>
  a.orgId === b.orgId && normalizePostTitle(a.postTitle) === normalizePostTitle(b.postTitle);

const endOf = (p: PastPost): string | null => p.endedOn ?? p.endDate;
const byStart = (a: PastPost, b: PastPost) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id);

/** The earlier posts that count toward the new one under the rule, oldest first. */
function countedPosts(same: PastPost[], start: string, rule: TermRule): PastPost[] {
  if (rule.counting === 'same_post_all_terms') return same;
  // consecutive_terms: walk back from the latest post while each gap stays within the limit.
  const run: PastPost[] = [];
  let nextStart = start;
  for (const p of [...same].reverse()) {
    const end = endOf(p);
    if (end !== null && diffDays(end, nextStart) > rule.gapResetDays) break;
    run.unshift(p);
    if (p.startDate < nextStart) nextStart = p.startDate;
  }
  return run;
}

export function deriveTerm(history: PastPost[], proposed: ProposedTerm, rule: TermRule): DerivedTerm {
  const same = history.filter((p) => isSamePost(p, proposed)).sort(byStart);
  const continued = proposed.continuesId === null ? undefined : same.find((p) => p.id === proposed.continuesId);
  // 第十六条: re-approved inside the term it continues (ending no later than that term) — the same term, not a new one.
  if (continued?.hasTerms && continued.endDate && proposed.endDate && proposed.endDate <= continued.endDate) {
    return { termNumber: continued.termNumber, kind: 'same_term', counted: [continued], heldSince: continued.firstHeldSince };
  }
  const counted = countedPosts(same, proposed.startDate, rule);
  const terms = counted.filter((p) => p.hasTerms);
  // A registered post's own term number is a fact the organization department recorded; the number of posts is a floor.
  const before = terms.length ? Math.max(terms.length, ...terms.map((p) => p.termNumber)) : 0;
  const heldSince = counted.length ? counted.map((p) => p.firstHeldSince).reduce(minDate) : null;
  return { termNumber: before + 1, kind: before ? 'next' : 'first', counted, heldSince };
}

/** The pack's counting rule on a date (the gap is read only where it applies). */
export function termRuleOf(policy: EffectivePolicy, asOf: string): TermRule & { article: string | null } {
  const counting = policy.param(sidelinesPolicy, 'sidelines.term_counting', asOf);
  return { counting: counting.value, gapResetDays: counting.value === 'consecutive_terms' ? policy.value(sidelinesPolicy, 'sidelines.term_gap_reset_days', asOf) : 0, article: counting.source.citation };
}
