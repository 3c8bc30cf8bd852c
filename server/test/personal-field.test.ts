import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { auditOf, newAccount, newCollege, newPerson, signInAs, useFactoryApp, userWith } from './support/factories';

/** 人员页面：身份证号、手机号脱敏显示，点击查看完整内容，每次查看记入审计日志。 */
describe.each(ENGINES)('personal data on the person page on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  async function scene() {
    const c = await newCollege(ctx.database.db);
    const p = await newPerson(c);
    await c.db.execute(sql`UPDATE person SET phone = '13812345678' WHERE id = ${p.id}`);
    return { c, p, org: await userWith(ctx.app, c, ['org']), discipline: await userWith(ctx.app, c, ['discipline']) };
  }
  const reveal = (who: { post: (u: string, b?: unknown) => Promise<{ statusCode: number; json: () => unknown }> }, id: number, field: string) => who.post(`/api/persons/${id}/personal-field`, { field });

  it('shows the ID and mobile numbers masked on the person page, to the organization department too', async () => {
    const { c, p, org } = await scene();
    const body = (await org.get(`/api/persons/${p.id}?masked=true`)).json() as { idNumber: string; phone: string; mayReveal: boolean };
    expect(body.idNumber).toMatch(/^320303\*{8}[\dX]{4}$/);
    expect(body.phone).toBe('138****5678');
    expect(body.mayReveal).toBe(true);
    expect(await auditOf(c, 'person', p.id)).toEqual([]);
  });

  it('keeps the body as before for a client that does not ask for masking, and audits the full ID read', async () => {
    const { c, p, org, discipline } = await scene();
    const body = (await org.get(`/api/persons/${p.id}`)).json() as { idNumber: string; phone: string };
    expect(body.idNumber).toMatch(/^320303\d{11}[\dX]$/);
    expect(body.phone).toBe('13812345678');
    expect(await auditOf(c, 'person', p.id)).toEqual(['person.personal_data.view']);
    // Who never saw the full ID still does not, nor the full mobile number, on the record or in the list.
    expect((await discipline.get(`/api/persons/${p.id}`)).json()).toMatchObject({ idNumber: expect.stringMatching(/^320303\*{8}[\dX]{4}$/), phone: '138****5678' });
    const listed = ((await discipline.get(`/api/persons?q=${encodeURIComponent(p.name)}`)).json() as { items: { id: number; phone: string | null }[] }).items;
    expect(listed.filter((x) => x.id === p.id).map((x) => x.phone)).toEqual(['138****5678']);
    expect(await auditOf(c, 'person', p.id)).toEqual(['person.personal_data.view']);
  });

  it('reveals one field in full to the organization department and records who looked, in the audit log', async () => {
    const { c, p, org } = await scene();
    const masked = (await org.get(`/api/persons/${p.id}?masked=true`)).json() as { idNumber: string };
    const id = await reveal(org, p.id, 'idNumber');
    expect(id.statusCode).toBe(200);
    const full = (id.json() as { value: string }).value;
    expect(full).toMatch(/^320303\d{11}[\dX]$/);
    expect(full.slice(0, 6) + '********' + full.slice(14)).toBe(masked.idNumber);
    expect((await reveal(org, p.id, 'phone')).json()).toEqual({ field: 'phone', value: '13812345678' });
    expect(await auditOf(c, 'person', p.id)).toEqual(['person.personal_data.view', 'person.personal_data.view']);
  });

  it('lets the person see their own numbers, and refuses anyone else without the permission, writing nothing', async () => {
    const { c, p, discipline } = await scene();
    const self = await signInAs(ctx.app, await newAccount(c, { personId: p.id }));
    expect((await reveal(self, p.id, 'phone')).json()).toEqual({ field: 'phone', value: '13812345678' });
    const before = await auditOf(c, 'person', p.id);
    const refused = await reveal(discipline, p.id, 'idNumber');
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as { error: { code: string; message: string } }).error).toMatchObject({ code: 'PERSON.PERSONAL_DATA_FORBIDDEN', message: expect.stringContaining('身份证号') });
    expect(JSON.stringify(refused.json())).not.toMatch(/320303\d{11}/);
    expect((await discipline.get(`/api/persons/${p.id}?masked=true`)).json()).toMatchObject({ mayReveal: false, phone: '138****5678' });
    expect(await auditOf(c, 'person', p.id)).toEqual(before);
  });

  it('refuses a field it does not know with a Chinese message, and a person of another college as not found', async () => {
    const { p, org } = await scene();
    const bad = await reveal(org, p.id, 'birthDate');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/身份证号/);
    const other = await scene();
    expect((await reveal(other.org, p.id, 'idNumber')).statusCode).toBe(404);
  });
});
