import { describe, expect, it } from 'vitest';
import { COLLEGES } from './colleges';
import { generateCollege } from './generate';
import { PARTY_MEMBER_STATUSES, partyPostRule } from '../areas/people/rules/party-posts';

/** Issue: regulation fidelity round two, 18 — the demo tells the truth about who may hold a Party post. */
describe('the demo colleges', () => {
  it.each(COLLEGES.map((tpl, ci) => [tpl.name, tpl, ci] as const))('《中国共产党章程》: every holder of a post that requires a Party member is a full member at %s', (_name, tpl, ci) => {
    const data = generateCollege(tpl, 20261122 + ci * 7919, '2026-12-20');
    const held = data.tenures
      .map((t) => ({ post: data.posts[t.post], person: data.persons[t.person] }))
      .filter(({ post }) => partyPostRule({ title: post.title, departmentName: data.departments[post.dept].name }));
    // The secretary, the deputy secretaries, the discipline secretary, the general branch secretaries, the heads of the working organs…
    expect(held.map(({ post }) => post.title)).toEqual(expect.arrayContaining(['党委书记', '院长（党委副书记）', '纪委书记', '党总支书记', '部长', '主任']));
    expect(held.filter(({ person }) => !PARTY_MEMBER_STATUSES.includes(person.politicalStatus)).map(({ post, person }) => `${post.title} ${person.name} ${person.politicalStatus}`)).toEqual([]);
    // The demo 党委书记 account's person holds the secretary's post and is a member.
    const principal = data.accounts.find((a) => a.label === '党委书记')!;
    expect(data.persons[principal.person!].politicalStatus).toBe('cpc_member');
  });
});
