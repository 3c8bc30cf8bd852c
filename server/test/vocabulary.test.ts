import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { newCollege, newDepartmentWithHead, newLeadership, newAccount, signInAs, useFactoryApp, userWith } from './support/factories';

/** The words the web shows for identifiers and the numbers of the rules come from the server, never from the web. */
describe.each(ENGINES)('rule words from the server on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  it('names every identifier of a form in Chinese, by kind, for anyone signed in and nobody else', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/policy/vocabulary' })).statusCode).toBe(401);
    const c = await newCollege(ctx.database.db);
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const staff = await signInAs(ctx.app, await newAccount(c, { personId: dept.staff[0].personId }));
    const res = await staff.get('/api/policy/vocabulary');
    expect(res.statusCode).toBe(200);
    const { values, groups } = res.json() as { values: Record<string, string>; groups: Record<string, Record<string, string>> };
    expect(groups.rank).toMatchObject({ principal: '院级正职', middle_chief: '中层正职', staff: '一般职工' });
    expect(groups.talkKind).toMatchObject({ appointment: '任职谈话', reminder_talk: '提醒谈话' });
    expect(groups.talkForm).toEqual({ individual: '个别谈', group: '集体谈' });
    expect(groups.attachment).toMatchObject({ invitation: '邀请函', end_statement: '兼职单位出具的书面说明材料', report_evidence: '兼职单位证明材料' });
    expect(groups.toleranceOutcome).toMatchObject({ exempt: '免责', deny: '不予容错' });
    expect(values.principal_leadership).toBe('书记、院长—班子成员');
    // One identifier, two meanings: the kind's own list says which.
    expect(groups.departmentKind.enterprise).toBe('校办企业');
    // No identifier is left as its own name.
    for (const [kind, words] of Object.entries(groups)) for (const [id, word] of Object.entries(words)) expect(word, `${kind}.${id}`).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives 谈话完成情况 each relationship’s yearly count as the college’s rule in force says it, with its article', async () => {
    // A college under ahzaxy-2020 adopting scitc-2025 for talks: the leadership, a department with its head and staff.
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const lead = await newLeadership(c, { leaders: 1 });
    await newDepartmentWithHead(c, { staff: 2, overseenBy: lead.leaders[0].personId });
    const org = await userWith(ctx.app, c, ['org']);
    const rules = (await org.get('/api/policy')).json().rules as { key: string; value: unknown; citation: string | null }[];
    const rule = (key: string) => rules.find((r) => r.key === key)!;
    const { byRelation } = (await org.get('/api/talks/completion')).json() as { byRelation: { relation: string; perYear: number | null; citation: string | null; required: number }[] };
    const expected: Record<string, string> = {
      principal_leadership: 'talks.principal_to_leadership_per_year',
      leader_middle: 'talks.leader_to_middle_per_year',
      middle_staff: 'talks.middle_to_staff_per_year',
    };
    expect(byRelation.map((r) => r.relation).sort()).toEqual(Object.keys(expected).sort());
    // The talks owed this year: twice the secretary with the 副院长, once the 副院长 with the head, once the head with each of two staff.
    expect(Object.fromEntries(byRelation.map((r) => [r.relation, r.required]))).toEqual({ principal_leadership: 2, leader_middle: 1, middle_staff: 2 });
    for (const r of byRelation) {
      expect(r.perYear, r.relation).toBe(rule(expected[r.relation]).value);
      expect(r.citation, r.relation).toBe(rule(expected[r.relation]).citation);
    }
    expect(byRelation.find((r) => r.relation === 'principal_leadership')).toMatchObject({ perYear: 2, citation: 'scitc-2025 附件1 第八条（二）' });
  });
});
