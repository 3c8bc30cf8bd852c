import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { PolicyKey } from '../../../core/policy/policy-keys';
import { sidelinesPolicy } from '../policy';
import { rankGroup, type Finding, type Severity } from './eligibility';

/** The topics a decider reads an application against (scitc-2025 附件2), in the order the regulation takes them. */
export type CheckTopic = 'scope' | 'background' | 'field' | 'posts' | 'foreign' | 'pay' | 'terms';

export interface CheckItem {
  topic: CheckTopic;
  /** ok: nothing found; else the gravest finding's severity. */
  verdict: 'ok' | Severity;
  /** The article the topic stands on, from the pack (a finding's own article where it names another). */
  article: string | null;
  findings: Finding[];
}

const CODES: Record<CheckTopic, string[]> = {
  scope: ['SIDELINE.OUT_OF_SCOPE'],
  background: ['SIDELINE.HOSTILE_BACKGROUND'],
  field: ['SIDELINE.UNRELATED'],
  posts: ['SIDELINE.ASSOCIATION_LEADERSHIP', 'SIDELINE.LEGAL_REPRESENTATIVE', 'SIDELINE.KIND_NOT_ALLOWED', 'SIDELINE.QUOTA_EXCEEDED', 'SIDELINE.RELAXED_COUNT'],
  foreign: ['SIDELINE.FOREIGN_OPINION'],
  pay: ['SIDELINE.PAY', 'SIDELINE.PAY_TURNOVER'],
  terms: ['SIDELINE.TERM_DATES', 'SIDELINE.TERM_LIMIT', 'SIDELINE.YEAR_LIMIT'],
};
const GRAVITY: Severity[] = ['block', 'justify', 'extra_step', 'notice'];

/**
 * Every check of `checkSideline` as a line of the decider's checklist — those passed too, each with its article — so that
 * "nothing found" reads as 符合 under the article rather than as silence. Pure: the findings and the policy in.
 */
export function checklist(findings: Finding[], rank: string | null, hasTerms: boolean, policy: EffectivePolicy, asOf: string): CheckItem[] {
  const cite = (key: PolicyKey<typeof sidelinesPolicy>) => policy.param(sidelinesPolicy, key, asOf).source.citation;
  const group = rankGroup(rank);
  const articles: Record<CheckTopic, string | null> = {
    scope: cite('sidelines.scope_ranks'),
    background: cite('sidelines.hostile_background_allowed'),
    field: cite('sidelines.related_field_required'),
    posts: cite(group === 'principal' ? 'sidelines.max_posts_principal' : group === 'leader' ? 'sidelines.max_posts_leader' : 'sidelines.max_posts_middle'),
    foreign: cite('sidelines.foreign_background_opinion_role'),
    pay: cite('sidelines.pay_allowed'),
    terms: cite(hasTerms ? 'sidelines.max_terms_same_post' : 'sidelines.max_years_without_term'),
  };
  const outOfScope = findings.some((f) => f.code === 'SIDELINE.OUT_OF_SCOPE');
  const topics = (Object.keys(CODES) as CheckTopic[]).filter((t) => !outOfScope || t === 'scope');
  return topics.map((topic) => {
    const mine = findings.filter((f) => CODES[topic].includes(f.code));
    const gravest = GRAVITY.find((s) => mine.some((f) => f.severity === s));
    return { topic, verdict: gravest ?? 'ok', article: mine.find((f) => f.article)?.article ?? articles[topic], findings: mine };
  });
}
