import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { checkSideline, type ProposedPost } from './eligibility';
import { deriveTerm, normalizePostTitle, termRuleOf, type PastPost, type ProposedTerm, type TermRule } from './terms';

const policy = new EffectivePolicy('scitc-2025', {}, loadAllPacks());
const AS_OF = '2026-11-22';
const SCITC = termRuleOf(policy, AS_OF);
const CONSECUTIVE: TermRule = { counting: 'consecutive_terms', gapResetDays: 365 };

let nextId = 100;
const past = (p: Partial<PastPost> = {}): PastPost => ({ id: nextId++, orgId: 1, postTitle: '理事', hasTerms: true, termNumber: 1, startDate: '2016-12-01', endDate: '2021-11-30', endedOn: null, firstHeldSince: '2016-12-01', ...p });
const proposal = (p: Partial<ProposedTerm> = {}): ProposedTerm => ({ orgId: 1, postTitle: '理事', startDate: '2026-12-01', endDate: '2031-11-30', continuesId: null, ...p });

// Two terms of 理事 at org 1: 2016–2021 (renewed), 2021–2026.
const first = past({ id: 1, endedOn: '2021-11-30' });
const second = past({ id: 2, termNumber: 2, startDate: '2021-12-01', endDate: '2026-11-30', firstHeldSince: '2016-12-01' });

describe('第十四条 (scitc-2025 附件2): the term of a proposed post comes from the record of the same post', () => {
  it('reads the pack: all terms in the same post count, cited to 第十四条', () => {
    expect(SCITC).toMatchObject({ counting: 'same_post_all_terms', article: 'scitc-2025 附件2 第十四条' });
  });

  it.each<[string, PastPost[], ProposedTerm, TermRule, { termNumber: number; kind: string }]>([
    ['第十四条: no earlier post — the first term', [], proposal(), SCITC, { termNumber: 1, kind: 'first' }],
    ['第十四条: a renewal after one term is the second', [first], proposal({ startDate: '2021-12-01', endDate: '2026-11-30', continuesId: first.id }), SCITC, { termNumber: 2, kind: 'next' }],
    ['第十四条: a renewal after two terms is the third, whatever the form says', [first, { ...second }], proposal({ continuesId: second.id }), SCITC, { termNumber: 3, kind: 'next' }],
    ['第十四条: the second term reported as not renewed, a "new" application for the same post is still the third', [first, { ...second, endedOn: '2026-11-30' }], proposal({ startDate: '2026-12-15' }), SCITC, { termNumber: 3, kind: 'next' }],
    ['第十四条: the same post written with spaces or full-width characters is the same post', [first, second], proposal({ postTitle: ' 理　事 ' }), SCITC, { termNumber: 3, kind: 'next' }],
    ['第十四条: a registered post\'s own term number counts (a second term recorded when the system began)', [past({ termNumber: 2, startDate: '2022-01-01', endDate: '2026-12-31' })], proposal({ startDate: '2027-01-01' }), SCITC, { termNumber: 3, kind: 'next' }],
    ['第十四条 (same_post_all_terms): a gap of years does not restart the count', [first], proposal({ startDate: '2030-01-01', endDate: '2034-12-31' }), SCITC, { termNumber: 2, kind: 'next' }],
    ['第十四条: another post at the same organization is another post', [first, second], proposal({ postTitle: '副秘书长' }), SCITC, { termNumber: 1, kind: 'first' }],
    ['第十四条: the same title at another organization is another post', [first, second], proposal({ orgId: 2 }), SCITC, { termNumber: 1, kind: 'first' }],
    ['第十六条 with 第十四条: a re-approval inside the term it continues keeps that term', [first, second], proposal({ startDate: '2026-03-01', endDate: '2026-11-30', continuesId: second.id }), SCITC, { termNumber: 2, kind: 'same_term' }],
    ['第十六条 with 第十四条: a "re-approval" that runs past the continued term is a new term', [first, second], proposal({ startDate: '2026-03-01', endDate: '2031-02-28', continuesId: second.id }), SCITC, { termNumber: 3, kind: 'next' }],
    ['第十四条 (consecutive_terms): a gap over the reset days restarts the count', [first], proposal({ startDate: '2030-01-01', endDate: '2034-12-31' }), CONSECUTIVE, { termNumber: 1, kind: 'first' }],
    ['第十四条 (consecutive_terms): not renewed and applied again within the reset days, the run goes on', [first, { ...second, endedOn: '2026-11-30' }], proposal({ startDate: '2027-06-01' }), CONSECUTIVE, { termNumber: 3, kind: 'next' }],
    ['第十四条 (consecutive_terms): only the run before the gap resets counts', [past({ id: 50, startDate: '2005-01-01', endDate: '2009-12-31', endedOn: '2009-12-31' }), past({ id: 51, startDate: '2015-01-01', endDate: '2019-12-31', endedOn: '2019-12-31' })], proposal({ startDate: '2020-01-01', endDate: '2024-12-31' }), CONSECUTIVE, { termNumber: 2, kind: 'next' }],
  ])('%s', (_, history, p, rule, expected) => {
    expect(deriveTerm(history, p, rule)).toMatchObject(expected);
  });

  it('第十四条: a post without terms keeps the date it was first held from the record, for the ten-year limit', () => {
    const old = past({ hasTerms: false, endDate: null, endedOn: '2024-01-01', startDate: '2015-06-01', firstHeldSince: '2015-06-01' });
    const d = deriveTerm([old], proposal({ endDate: null, startDate: '2024-02-01' }), SCITC);
    expect(d.heldSince).toBe('2015-06-01');
    const post: ProposedPost = { org: { kind: 'association', relatedField: true, collegeInvested: false, coFounded: false, foreignBackground: false, hostileBackground: false }, associationLeadershipPost: false, legalRepresentative: false, willReceivePay: false, remunerationOffered: false, hasTerms: false, termNumber: d.termNumber, start: '2024-02-01', end: '2026-06-30', firstHeldSince: d.heldSince! };
    expect(checkSideline('middle_chief', post, [], policy, AS_OF).map((f) => `${f.code} @${f.article}`)).toEqual(['SIDELINE.YEAR_LIMIT @scitc-2025 附件2 第十四条']);
  });

  it('normalizes a title as written: no spaces of any kind, full-width folded', () => {
    expect(normalizePostTitle(' 常务\u3000理事\u200b ')).toBe('常务理事');
    expect(normalizePostTitle('ＩＥＥＥ 会员')).toBe('IEEE会员');
  });
});
