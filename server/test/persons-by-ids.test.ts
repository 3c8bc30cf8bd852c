import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { newCollege, newDepartmentWithHead, signInAs, newAccount, useFactoryApp, userWith } from './support/factories';

/**
 * 人员列表 by ids (the person picker shows the people already chosen with one request): exactly the people named that
 * the caller may see — another department's for a department head, another college's for no one — and a malformed
 * list refused in Chinese.
 */
describe.each(ENGINES)('GET /api/persons?ids= on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  it('lists exactly the people named, as far as the caller may see them', async () => {
    const c = await newCollege(ctx.database.db);
    const a = await newDepartmentWithHead(c, { staff: 3 });
    const b = await newDepartmentWithHead(c, { staff: 2 });
    const other = await newDepartmentWithHead(await newCollege(ctx.database.db), { staff: 1 });
    const org = await userWith(ctx.app, c, ['org']);
    const ids = (path: string) => org.get(path).then((r) => (r.json() as { items: { id: number }[] }).items.map((p) => p.id).sort((x, y) => x - y));
    const named = [a.staff[2].personId, b.staff[0].personId, a.head.personId].sort((x, y) => x - y);

    expect(await ids(`/api/persons?ids=${named.join(',')}&pageSize=3`)).toEqual(named);
    // Another college's person is not listed.
    expect(await ids(`/api/persons?ids=${a.staff[0].personId},${other.staff[0].personId}`)).toEqual([a.staff[0].personId]);
    // A department head sees their department's people only.
    const headA = await signInAs(ctx.app, await newAccount(c, { personId: a.head.personId }));
    const seen = (await headA.get(`/api/persons?ids=${named.join(',')}`)).json() as { items: { id: number }[] };
    expect(seen.items.map((p) => p.id).sort((x, y) => x - y)).toEqual([a.staff[2].personId, a.head.personId].sort((x, y) => x - y));

    // The picker asks with masked=true: a name to show, not the numbers the organization department otherwise sees whole.
    type Numbers = { items: { idNumber: string | null; phone?: string | null }[] };
    const full = (await org.get(`/api/persons?ids=${a.staff[0].personId}`)).json() as Numbers;
    const masked = (await org.get(`/api/persons?ids=${a.staff[0].personId}&masked=true`)).json() as Numbers;
    expect(full.items[0].idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(masked.items[0].idNumber).toContain('*');
    const badMask = await org.get(`/api/persons?ids=${a.staff[0].personId}&masked=yes`);
    expect(badMask.statusCode).toBe(400);
    expect(badMask.json().error.message).toContain('应为 true 或 false');

    for (const bad of ['1,,2', 'abc', '1;2', '9999999999']) {
      const res = await org.get(`/api/persons?ids=${encodeURIComponent(bad)}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.message, bad).toContain('人员编号应为以逗号分隔的数字');
    }
  });
});
