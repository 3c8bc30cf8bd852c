import { describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { department, person, post, tenure } from '../src/core/db/schema';
import { PARTY_MEMBER_STATUSES, partyPostRule } from '../src/areas/people/rules/party-posts';
import { ENGINES } from './support/database';
import { useCollegeApp } from './support/app';
import { newHolder } from './support/people';

const TODAY = '2026-12-20';

/** Issue: regulation fidelity round two, 18 — posts that require a Party member (《中国共产党章程》). */
describe.each(ENGINES)('posts that require Party membership on %s', (engine) => {
  const ctx = useCollegeApp(engine, { today: TODAY });

  it('党章: in the seeded demo every current holder of such a post (the secretary first) is a full Party member', async () => {
    const held = await ctx.database.db
      .select({ title: post.title, departmentName: department.name, name: person.name, politicalStatus: person.politicalStatus })
      .from(tenure)
      .innerJoin(post, eq(post.id, tenure.postId))
      .innerJoin(department, eq(department.id, post.departmentId))
      .innerJoin(person, eq(person.id, tenure.personId))
      .where(and(isNull(tenure.endDate)));
    const party = held.filter((h) => partyPostRule(h));
    expect(party.filter((h) => h.title === '党委书记')).toHaveLength(2);
    expect(party.filter((h) => !PARTY_MEMBER_STATUSES.includes(h.politicalStatus)).map((h) => `${h.departmentName}${h.title} ${h.name}`)).toEqual([]);
  });

  it('党章: appointing a non-member to a general branch secretary\'s post is recorded with a warning naming the basis; a member, or an administrative post, none', async () => {
    const audits = async () => (await ctx.database.db.execute(sql`SELECT summary -> 'after' -> 'warnings' AS w FROM audit_event WHERE action = 'tenure.create' ORDER BY id DESC LIMIT 1`)).rows[0] as { w: string[] | null };
    const outsider = await newHolder(ctx.org, { n: 831, rank: 'middle_chief', title: '党总支书记', departmentKind: 'academic', politicalStatus: 'democratic_party', since: '2026-12-01' });
    expect(outsider.warnings).toEqual([{ code: 'TENURE.PARTY_MEMBERSHIP', message: expect.stringContaining('应由中共正式党员担任'), basis: expect.stringContaining('《中国共产党章程》') }]);
    expect(outsider.warnings[0].message).toContain(`${outsider.name}不是中共党员`);
    expect((await audits()).w).toEqual([outsider.warnings[0].message]);
    expect((await ctx.org.get(`/api/persons/${outsider.personId}`)).json().currentPosts).toMatchObject([{ tenureId: outsider.tenureId, title: '党总支书记' }]);

    const probationary = await newHolder(ctx.org, { n: 832, rank: 'middle_chief', title: '部长', departmentName: '党委宣传部（测试）', departmentKind: 'party', politicalStatus: 'cpc_probationary', since: '2026-12-01' });
    expect(probationary.warnings[0].message).toContain('预备党员');
    expect((await newHolder(ctx.org, { n: 833, rank: 'middle_chief', title: '党总支书记', departmentKind: 'academic', politicalStatus: 'cpc_member', since: '2026-12-01' })).warnings).toEqual([]);
    expect((await newHolder(ctx.org, { n: 834, rank: 'middle_chief', title: '处长', politicalStatus: 'democratic_party', since: '2026-12-01' })).warnings).toEqual([]);
    expect((await audits()).w).toBeNull();
  });
});
