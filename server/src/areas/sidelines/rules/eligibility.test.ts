import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { checkSideline, type CountedPost, type OutsideOrg, type ProposedPost } from './eligibility';

const policy = new EffectivePolicy('scitc-2025', {}, loadAllPacks());
const AS_OF = '2026-11-22';
const org = (o: Partial<OutsideOrg> = {}): OutsideOrg => ({ kind: 'association', relatedField: true, collegeInvested: false, coFounded: false, foreignBackground: false, hostileBackground: false, ...o });
const post = (p: Partial<ProposedPost> = {}): ProposedPost => ({
  org: org(), associationLeadershipPost: false, legalRepresentative: false, willReceivePay: false, remunerationOffered: false, hasTerms: true, termNumber: 1, start: '2026-12-01', end: '2030-11-30', ...p,
});
const assoc = (n: number): CountedPost[] => Array.from({ length: n }, () => ({ org: { kind: 'association', collegeInvested: false, coFounded: false } }));
const codes = (rank: string, p: ProposedPost, existing: CountedPost[] = []) =>
  checkSideline(rank, p, existing, policy, AS_OF).map((f) => `${f.code}:${f.severity}${f.article ? ` @${f.article}` : ''}`);

describe('兼职 rule checks (scitc-2025 附件2)', () => {
  it.each<[string, string, ProposedPost, CountedPost[], string[]]>([
    ['a middle cadre\'s first related post passes', 'middle_chief', post(), [], []],
    ['第二条: a section-level cadre is out of scope', 'section', post(), [], ['SIDELINE.OUT_OF_SCOPE:notice @scitc-2025 附件2 第二条']],
    ['第十条: a hostile organization is refused', 'middle_deputy', post({ org: org({ hostileBackground: true }) }), [], ['SIDELINE.HOSTILE_BACKGROUND:block @scitc-2025 附件2 第十条']],
    ['第七条: an unrelated organization is refused', 'middle_chief', post({ org: org({ relatedField: false }) }), [], ['SIDELINE.UNRELATED:block @scitc-2025 附件2 第七条']],
    ['第七条第三款: a middle cadre\'s fourth post is over the quota of 3', 'middle_chief', post(), assoc(3), ['SIDELINE.QUOTA_EXCEEDED:block @scitc-2025 附件2 第七条第三款']],
    ['第七条第三款: a middle cadre may count an enterprise among the 3', 'middle_chief', post({ org: org({ kind: 'enterprise' }) }), assoc(2), []],
    ['第七条第一款: a principal\'s fourth association is over the quota of 3', 'principal', post(), assoc(3), ['SIDELINE.QUOTA_EXCEEDED:block @scitc-2025 附件2 第七条第一款']],
    ['第七条第一款: a principal may not take an enterprise post', 'principal', post({ org: org({ kind: 'enterprise', collegeInvested: true }) }), [], ['SIDELINE.KIND_NOT_ALLOWED:block @scitc-2025 附件2 第七条第一款']],
    ['第七条第二款: a leader may hold one post in a college-invested enterprise', 'leader', post({ org: org({ kind: 'enterprise', collegeInvested: true }) }), assoc(3), []],
    ['第七条第二款: but not a second one', 'leader', post({ org: org({ kind: 'enterprise', collegeInvested: true }) }), [{ org: { kind: 'private_nonprofit', collegeInvested: false, coFounded: true } }], ['SIDELINE.QUOTA_EXCEEDED:block @scitc-2025 附件2 第七条第二款']],
    ['第七条第二款: nor an enterprise the college did not invest in', 'leader', post({ org: org({ kind: 'enterprise' }) }), [], ['SIDELINE.KIND_NOT_ALLOWED:block @scitc-2025 附件2 第七条第二款']],
    ['第八条: a journal board is counted apart, even past the quota', 'middle_chief', post({ org: org({ kind: 'academic_journal', relatedField: false }) }), assoc(3), ['SIDELINE.RELAXED_COUNT:notice @scitc-2025 附件2 第八条']],
    ['第八条 and 第九条: an international academic organization adds the foreign affairs opinion', 'middle_chief', post({ org: org({ kind: 'international_academic' }) }), [], ['SIDELINE.RELAXED_COUNT:notice @scitc-2025 附件2 第八条', 'SIDELINE.FOREIGN_OPINION:extra_step @scitc-2025 附件2 第九条']],
    ['第九条: a foreign background adds the foreign affairs opinion', 'middle_chief', post({ org: org({ foreignBackground: true }) }), [], ['SIDELINE.FOREIGN_OPINION:extra_step @scitc-2025 附件2 第九条']],
    ['第六条: a leadership member as association leader needs a justification', 'leader', post({ associationLeadershipPost: true }), [], ['SIDELINE.ASSOCIATION_LEADERSHIP:block @scitc-2025 附件2 第六条']],
    ['第六条: with a written special work need it goes on to approval', 'leader', post({ associationLeadershipPost: true, justification: '受省教育厅委托牵头组建行业产教融合联盟' }), [], ['SIDELINE.ASSOCIATION_LEADERSHIP:justify @scitc-2025 附件2 第六条']],
    ['第六条: a middle cadre as association leader is not restricted by it', 'middle_chief', post({ associationLeadershipPost: true }), [], []],
    ['第六条: a leadership member as legal representative is refused without special need', 'principal', post({ legalRepresentative: true }), [], ['SIDELINE.LEGAL_REPRESENTATIVE:block @scitc-2025 附件2 第六条']],
    ['第十一条: no pay may be taken', 'middle_chief', post({ willReceivePay: true }), [], ['SIDELINE.PAY:block @scitc-2025 附件2 第十一条']],
    ['第十一条: pay offered must be turned over', 'middle_chief', post({ remunerationOffered: true }), [], ['SIDELINE.PAY_TURNOVER:notice @scitc-2025 附件2 第十一条']],
    ['第十四条: a third term in the same post is refused', 'middle_chief', post({ termNumber: 3 }), [], ['SIDELINE.TERM_LIMIT:block @scitc-2025 附件2 第十四条']],
    ['第十四条: a second term is allowed', 'middle_chief', post({ termNumber: 2 }), [], []],
    ['第十四条: a post without terms into its eleventh year is refused', 'middle_chief', post({ hasTerms: false, firstHeldSince: '2016-01-01', start: '2026-01-01', end: '2027-01-01' }), [], ['SIDELINE.YEAR_LIMIT:block @scitc-2025 附件2 第十四条']],
    ['a term ending before it starts is refused', 'middle_chief', post({ start: '2026-12-01', end: '2026-01-01' }), [], ['SIDELINE.TERM_DATES:block']],
  ])('%s', (_, rank, p, existing, expected) => {
    expect(codes(rank, p, existing)).toEqual(expected);
  });
});
