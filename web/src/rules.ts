import type { PolicyView } from './api/types';
import { articleOf } from './citations';

/**
 * The college's rules in force (GET /api/policy), read once after sign-in: the numbers, lists and articles a page
 * shows next to a form come from the packs, never from literals here.
 */
export type Rule = PolicyView['rules'][number];

let rules = new Map<string, Rule>();

export function setRules(list: Rule[]): void {
  rules = new Map(list.map((r) => [r.key, r]));
}

export const rule = (key: string): Rule | undefined => rules.get(key);

/** A rule's value as a list of identifiers (empty when the college has no such rule). */
export function ruleList(key: string): string[] {
  const v = rules.get(key)?.value;
  return Array.isArray(v) ? v.map(String) : [];
}

/** A rule's number, if the college has it. */
export function ruleNumber(key: string): number | undefined {
  const v = rules.get(key)?.value;
  return typeof v === 'number' ? v : undefined;
}

/** The article a rule cites as the regulation numbers it (`第七条`, `四（三）`); empty for a system default or no rule. */
export function article(key: string): string {
  const c = rules.get(key)?.citation;
  return c ? articleOf(c) : '';
}

/** `（第七条）` after a label, or nothing when the rule cites no article; `lead` goes before the article. */
export function cited(key: string, lead = ''): string {
  const a = article(key);
  return a ? `（${lead}${a}）` : '';
}
