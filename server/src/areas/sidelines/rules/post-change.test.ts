import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { OutsideOrg } from './eligibility';
import { holderRank, recheckAfterPostChange, type HeldSideline, type PostChangeVerdict } from './post-change';

const policy = new EffectivePolicy('scitc-2025', {}, loadAllPacks());
const AS_OF = '2026-11-22';
const org = (o: Partial<OutsideOrg> = {}): OutsideOrg => ({ kind: 'association', relatedField: true, collegeInvested: false, coFounded: false, foreignBackground: false, hostileBackground: false, ...o });
let nextId = 1;
const held = (h: Partial<HeldSideline> = {}): HeldSideline => ({
  id: nextId++, org: org(), associationLeadershipPost: false, legalRepresentative: false, justification: null, approvedRank: 'middle_chief', hasTerms: true, termNumber: 1,
  startDate: '2024-03-01', endDate: '2028-02-29', firstHeldSince: '2024-03-01', ...h,
});
const verdicts = (posts: HeldSideline[], rank: string | null) => {
  const v = recheckAfterPostChange(posts, rank, policy, AS_OF);
  return posts.map((p) => {
    const x = v.get(p.id) as PostChangeVerdict;
    return `${x.kind}${'article' in x && x.article ? ` @${x.article}` : ''}`;
  });
};

describe('a change of the holder\'s own post (scitc-2025 附件2 第十五条、第十六条)', () => {
  it.each<[string, HeldSideline[], string | null, string[]]>([
    ['a deputy made chief keeps a middle cadre\'s posts as they are', [held({ approvedRank: 'middle_deputy' })], 'middle_chief', ['unchanged']],
    ['第十六条: a middle cadre promoted to the leadership with an enterprise post outside the college must resign it within 3 months', [held({ org: org({ kind: 'enterprise' }) })], 'leader', ['resign @scitc-2025 附件2 第十六条']],
    ['第十六条: promoted to the leadership, a related association post is still allowed but now approved by the provincial department — approve again', [held()], 'leader', ['reapprove @scitc-2025 附件2 第十六条']],
    ['第十六条 with 第六条: promoted to the leadership as an association\'s vice-president without a written need — approve again with one', [held({ associationLeadershipPost: true })], 'leader', ['reapprove @scitc-2025 附件2 第十六条']],
    ['第十六条 with 第七条: promoted with four posts, the latest is over the leadership quota of 3 and must go', [held({ startDate: '2020-01-01' }), held({ startDate: '2021-01-01' }), held({ startDate: '2022-01-01' }), held({ startDate: '2023-01-01' })], 'leader', ['reapprove @scitc-2025 附件2 第十六条', 'reapprove @scitc-2025 附件2 第十六条', 'reapprove @scitc-2025 附件2 第十六条', 'resign @scitc-2025 附件2 第十六条']],
    ['第十六条: a leader who becomes principal must give up a college-invested enterprise post', [held({ approvedRank: 'leader', org: org({ kind: 'enterprise', collegeInvested: true }) })], 'principal', ['resign @scitc-2025 附件2 第十六条']],
    ['第八条: a journal board survives any promotion, approved again by the new authority', [held({ org: org({ kind: 'academic_journal' }) })], 'principal', ['reapprove @scitc-2025 附件2 第十六条']],
    ['a leader moved down to a middle post keeps an allowed post without re-approval: the authority is the college again', [held({ approvedRank: 'leader' })], 'middle_chief', ['unchanged']],
    ['第十五条: a middle cadre who no longer holds a leading post is no longer managed as a leader\'s sideline', [held()], null, ['not_managed @scitc-2025 附件2 第十五条']],
    ['第十五条: nor one now in a section-level post', [held()], 'section', ['not_managed @scitc-2025 附件2 第十五条']],
  ])('%s', (_, posts, rank, expected) => {
    expect(verdicts(posts, rank)).toEqual(expected);
  });

  it.each<[string, { rank: string; startDate: string; endDate: string | null }[], { rank: string | null; since: string | null }]>([
    ['the highest current post counts, from when it began', [{ rank: 'middle_chief', startDate: '2019-01-01', endDate: null }, { rank: 'leader', startDate: '2026-09-01', endDate: null }], { rank: 'leader', since: '2026-09-01' }],
    ['ended posts do not count', [{ rank: 'leader', startDate: '2019-01-01', endDate: '2026-07-01' }, { rank: 'middle_deputy', startDate: '2026-07-01', endDate: null }], { rank: 'middle_deputy', since: '2026-07-01' }],
    ['with no ranked post left, since the last one ended', [{ rank: 'middle_chief', startDate: '2019-01-01', endDate: '2026-08-15' }, { rank: 'staff', startDate: '2026-08-15', endDate: null }], { rank: null, since: '2026-08-15' }],
  ])('holder rank: %s', (_, tenures, expected) => {
    expect(holderRank(tenures, AS_OF)).toEqual(expected);
  });
});
