import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { checklist } from './checklist';
import { checkSideline, type OutsideOrg, type ProposedPost } from './eligibility';

const policy = new EffectivePolicy('scitc-2025', {}, loadAllPacks());
const ASOF = '2026-06-15';
const A2 = (article: string) => `scitc-2025 附件2 ${article}`;
const org: OutsideOrg = { kind: 'association', relatedField: true, collegeInvested: false, coFounded: false, foreignBackground: false, hostileBackground: false };
const post = (o: Partial<ProposedPost> = {}, orgOver: Partial<OutsideOrg> = {}): ProposedPost => ({ org: { ...org, ...orgOver }, associationLeadershipPost: false, legalRepresentative: false, willReceivePay: false, remunerationOffered: false, hasTerms: true, termNumber: 1, start: '2026-07-01', end: '2031-06-30', ...o });
const verdicts = (rank: string, p: ProposedPost) => checklist(checkSideline(rank, p, [], policy, ASOF), rank, p.hasTerms, policy, ASOF).map((i) => [i.topic, i.verdict, i.article]);

describe('the decider\'s checklist (scitc-2025 附件2 第二条—第十四条): every check with its article, passed ones too', () => {
  it.each<[string, string, ProposedPost, [string, string, string][]]>([
    ['a middle cadre in a related association, unpaid, first term: all 符合', 'middle_chief', post(), [
      ['scope', 'ok', A2('第二条')], ['background', 'ok', A2('第十条')], ['field', 'ok', A2('第七条')], ['posts', 'ok', A2('第七条第三款')],
      ['foreign', 'ok', A2('第九条')], ['pay', 'ok', A2('第十一条')], ['terms', 'ok', A2('第十四条')],
    ]],
    ['第十一条 pay and 第九条 a foreign background, for a leadership member (第七条第二款)', 'leader', post({ willReceivePay: true }, { foreignBackground: true }), [
      ['scope', 'ok', A2('第二条')], ['background', 'ok', A2('第十条')], ['field', 'ok', A2('第七条')], ['posts', 'ok', A2('第七条第二款')],
      ['foreign', 'extra_step', A2('第九条')], ['pay', 'block', A2('第十一条')], ['terms', 'ok', A2('第十四条')],
    ]],
    ['第十四条: a third term', 'middle_chief', post({ termNumber: 3 }), [
      ['scope', 'ok', A2('第二条')], ['background', 'ok', A2('第十条')], ['field', 'ok', A2('第七条')], ['posts', 'ok', A2('第七条第三款')],
      ['foreign', 'ok', A2('第九条')], ['pay', 'ok', A2('第十一条')], ['terms', 'block', A2('第十四条')],
    ]],
    ['第二条: a staff member is out of scope, and nothing else is checked', 'staff', post(), [['scope', 'notice', A2('第二条')]]],
  ])('%s', (_, rank, p, expected) => {
    expect(verdicts(rank, p)).toEqual(expected);
  });
});
