import { describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { department, person, post, tenure } from '../src/core/db/schema';
import { PARTY_MEMBER_STATUSES, partyPostRule } from '../src/areas/people/rules/party-posts';
import { ENGINES } from './support/database';
import { useCollegeApp } from './support/app';
import { auditOf, collegeRows, daysAgo, newCollege, newDepartment, newPerson, newPost, useFactoryApp, userWith, type College } from './support/factories';

/** Issue: regulation fidelity round two, 18 — posts that require a Party member (《中国共产党章程》). */
describe.each(ENGINES)('posts that require Party membership on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** The audit row of the tenure's creation: its action and the warnings it recorded. */
  const created = async (c: College, tenureId: number) =>
    (await c.db.execute(sql`SELECT action, summary -> 'after' -> 'warnings' AS w FROM audit_event WHERE institution_id = ${c.id} AND entity_type = 'tenure' AND entity_id = ${String(tenureId)} ORDER BY id`)).rows as { action: string; w: string[] | null }[];

  it('党章: appointing a non-member to a general branch secretary\'s post is recorded with a warning naming the basis; a member, or an administrative post, none', async () => {
    const c = await newCollege(ctx.database.db);
    const org = await userWith(ctx.app, c, ['org']);
    /** Appoints, through the API, a new person of the political status to a new post of the title in a department of the kind. */
    const appoint = async (title: string, kind: string, politicalStatus: string, departmentName?: string) => {
      const p = await newPerson(c, { politicalStatus });
      const po = await newPost(c, { departmentId: (await newDepartment(c, { kind, name: departmentName })).id, title, rank: 'middle_chief' });
      const res = await org.post('/api/tenures', { personId: p.id, postId: po.id, startDate: daysAgo(14), appointReason: '经党委会研究决定' });
      expect(res.statusCode, res.body).toBe(201);
      return { ...p, tenureId: res.json().id as number, warnings: res.json().warnings as { code: string; message: string; basis: string }[] };
    };

    const outsider = await appoint('党总支书记', 'academic', 'democratic_party');
    expect(outsider.warnings).toEqual([{ code: 'TENURE.PARTY_MEMBERSHIP', message: expect.stringContaining('应由中共正式党员担任'), basis: expect.stringContaining('《中国共产党章程》') }]);
    expect(outsider.warnings[0].message).toContain(`${outsider.name}不是中共党员`);
    expect(await created(c, outsider.tenureId)).toEqual([{ action: 'tenure.create', w: [outsider.warnings[0].message] }]);
    expect((await org.get(`/api/persons/${outsider.id}`)).json().currentPosts).toMatchObject([{ tenureId: outsider.tenureId, title: '党总支书记' }]);

    const probationary = await appoint('部长', 'party', 'cpc_probationary', '党委宣传部（测试）');
    expect(probationary.warnings).toHaveLength(1);
    expect(probationary.warnings[0].message).toContain('预备党员');

    const member = await appoint('党总支书记', 'academic', 'cpc_member');
    expect(member.warnings).toEqual([]);
    expect(await created(c, member.tenureId)).toEqual([{ action: 'tenure.create', w: null }]);
    const administrative = await appoint('处长', 'admin', 'democratic_party');
    expect(administrative.warnings).toEqual([]);
    expect(await auditOf(c, 'tenure', administrative.tenureId)).toEqual(['tenure.create']);
    expect(await collegeRows(c, 'tenure')).toBe(4);
  });
});

describe.each(ENGINES)('posts that require Party membership in the demo on %s', (engine) => {
  const ctx = useCollegeApp(engine);

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
});
