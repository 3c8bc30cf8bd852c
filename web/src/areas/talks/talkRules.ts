import { article, cited, rule, ruleList } from '../../rules';
import { term, termOptions } from '../../vocabulary';

/**
 * The talk rules a form shows, from the college's pack: the occasions and their paragraphs (talks.registered_occasions,
 * e.g. 第五条（一）), the kinds and forms, and what a record must state (talks.record_required_fields).
 */
const paragraphs = () => (rule('talks.registered_occasions')?.value ?? {}) as Record<string, string>;
/** A talk's occasion that the pack lists under another name. */
const LISTED_AS: Record<string, string> = { before_life_meeting: 'life_meeting' };

/** The article of an occasion, e.g. `第五条（一）`; a change of post or retirement cites its own rule (talks.occasion_kinds). */
export function occasionArticle(id: string): string {
  if (id === 'post_change') return article('talks.occasion_kinds');
  const p = paragraphs()[LISTED_AS[id] ?? id];
  return p ? `${article('talks.registered_occasions')}${p}` : '';
}

export function occasionLabel(id: string): string {
  const a = occasionArticle(id);
  return `${term('talkOccasion', id)}${a ? `（${a}）` : ''}`;
}

/** Every occasion a talk may record, each with its article. */
export const occasionOptions = () => termOptions('talkOccasion').map((o) => ({ value: o.value, label: occasionLabel(o.value) }));

/** The occasions the organization department registers (the pack's list, but a person's own request: 申请谈心谈话). */
export const registeredOccasionOptions = () =>
  Object.keys(paragraphs())
    .filter((id) => id !== 'own_request')
    .map((value) => ({ value, label: occasionLabel(value) }));

export const kindOptions = () => termOptions('talkKind', ruleList('talks.kinds').length ? ruleList('talks.kinds') : undefined);
export const formOptions = () => termOptions('talkForm', ruleList('talks.forms').length ? ruleList('talks.forms') : undefined);

/** Whether a held talk's record must state a field (`time`, `place`, `key_points`), and the message if it is left out. */
export function recordRequires(field: 'time' | 'place' | 'key_points'): { required: boolean; message: string } {
  return { required: ruleList('talks.record_required_fields').includes(field), message: `已谈的谈话须记录${term(null, field)}${cited('talks.record_required_fields')}` };
}

/** `（第十条：时间、地点、内容要点）`, or nothing when the college has no such rule. */
export function recordRuleNote(): string {
  const r = rule('talks.record_required_fields');
  const a = article('talks.record_required_fields');
  return r && a ? `（${a}：${r.valueText}）` : '';
}

export { cited };
