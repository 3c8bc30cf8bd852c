import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('一人一档 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let discipline: Client;
  let head: Client;
  let headId: number;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, discipline, head] = await Promise.all(['wj.org', 'wj.discipline', 'wj.depthead'].map((u) => signIn(app, u)));
    headId = (await head.get('/api/auth/me')).json().personId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  type Profile = { areas: string[]; events: { date: string; area: string; title: string; detail: string | null }[] };
  it('each area as visible as the viewer\'s role allows: org sees reserve, care and inaction; discipline the interviews; the person their own care and interviews', async () => {
    const asOrg = (await org.get(`/api/persons/${headId}/profile`)).json() as Profile;
    expect(asOrg.areas).toEqual(expect.arrayContaining(['任职', '年度考核', '教育培训', '谈心谈话', '兼职', '后备干部', '关怀帮扶', '为官不为', '问责与容错']));
    expect(asOrg.areas).not.toContain('干部约谈');
    expect(asOrg.events.some((e) => e.area === '任职')).toBe(true);
    expect(asOrg.events.some((e) => e.area === '年度考核')).toBe(true);
    const asDiscipline = (await discipline.get(`/api/persons/${headId}/profile`)).json() as Profile;
    expect(asDiscipline.areas).toContain('干部约谈');
    expect(asDiscipline.areas).not.toContain('后备干部');
    expect(asDiscipline.events.some((e) => e.area === '干部约谈')).toBe(true);
    const asSelf = (await head.get(`/api/persons/${headId}/profile`)).json() as Profile;
    expect(asSelf.areas).toEqual(expect.arrayContaining(['关怀帮扶', '干部约谈', '问责与容错']));
    expect(asSelf.areas).not.toContain('后备干部');
    // Events are newest first.
    const dates = asOrg.events.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('the PDF export names the person, and the download is audited; others outside the viewer\'s scope are not found', async () => {
    const pdf = await org.get(`/api/persons/${headId}/profile.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const staff = await signIn(app, 'wj.staff');
    const someoneElse = ((await org.get('/api/persons?rank=middle_chief&pageSize=50')).json().items as { id: number }[]).find((p) => p.id !== headId)!;
    expect((await staff.get(`/api/persons/${someoneElse.id}/profile`)).statusCode).toBe(404);
  });
});
