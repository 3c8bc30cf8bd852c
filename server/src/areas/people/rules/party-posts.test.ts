import { describe, expect, it } from 'vitest';
import { partyMembershipWarning, partyPostRule } from './party-posts';

describe('posts that require Party membership (《中国共产党章程》)', () => {
  it.each<[string, string, string, string | null]>([
    ['党章第十条（三）: the Party committee secretary', '院领导', '党委书记', 'party_secretary'],
    ['党章第十条（三）: a president who is deputy secretary', '院领导', '院长（党委副书记）', 'party_secretary'],
    ['党章第十条（三）: the discipline commission secretary', '院领导', '纪委书记', 'party_secretary'],
    ['党章第十条（三）: a general branch secretary and deputy', '信息工程系', '党总支副书记', 'party_secretary'],
    ['工作机关条例: the head of the organization department', '党委组织部（人事处）', '部长', 'party_working_organ_head'],
    ['工作机关条例: the head of the discipline commission office', '纪委办公室（监察处）', '主任', 'party_working_organ_head'],
    ['a deputy head of a working organ is not listed', '党委组织部（人事处）', '副部长（人事）', null],
    ['the Youth League secretary is not a Party post', '团委', '书记', null],
    ['an administrative head is not', '教务处', '处长', null],
    ['a vice-president is not', '院领导', '副院长（分管教学）', null],
  ])('%s', (_a, departmentName, title, expected) => {
    expect(partyPostRule({ departmentName, title })?.key ?? null).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['党章: a full member fits', 'cpc_member', false],
    ['党章第七条: a probationary member has no right to be elected', 'cpc_probationary', true],
    ['a member of a democratic party does not fit', 'democratic_party', true],
    ['nor does a non-member', 'masses', true],
  ])('%s', (_a, politicalStatus, warns) => {
    const w = partyMembershipWarning({ departmentName: '院领导', title: '党委书记' }, { name: '张明', politicalStatus });
    expect(!!w).toBe(warns);
    if (w) expect(w).toMatchObject({ code: 'TENURE.PARTY_MEMBERSHIP', basis: expect.stringContaining('《中国共产党章程》') });
  });
});
