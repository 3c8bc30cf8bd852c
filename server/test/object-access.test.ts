import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import type { BuiltApp } from '../src/app';
import { freshDatabase } from './support/database';
import { addDays, todayIso } from '../src/core/shared/dates';
import { signIn, testApp, type Client } from './support/app';
import { call, ID_TABLES, idsIn, prefixOf, show, type Caller } from './support/id-routes';

/**
 * Object-level access (ASVS 4.2.1): records read by id are checked against who is asking, not only the route's
 * permission — another department's person, someone else's talk, interview, tolerance file or sideline application,
 * and the documents made from them. Refusals are 404s: the record's existence is not disclosed.
 */
describe('object-level access: records by id', () => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let discipline: Client;
  let staff: Client;
  let head: Client;
  let staffId: number;
  let headId: number;

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    app = (await testApp(database)).app;
    [org, discipline, staff, head] = await Promise.all(['pc.org', 'pc.discipline', 'pc.staff', 'pc.depthead'].map((u) => signIn(app, u)));
    staffId = (await staff.get('/api/auth/me')).json().personId;
    headId = (await head.get('/api/auth/me')).json().personId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('a department head sees their own department\'s people, not another\'s', async () => {
    const me = (await head.get(`/api/persons/${headId}`)).json();
    const myDept = me.currentPosts[0].departmentId;
    const other = ((await org.get('/api/persons?rank=middle_chief&pageSize=50')).json().items as { id: number; currentPosts: { departmentId: number }[] }[]).find((p) => p.currentPosts.every((c) => c.departmentId !== myDept))!;
    expect((await head.get(`/api/persons/${other.id}`)).statusCode).toBe(404);
    expect((await head.get(`/api/persons/${other.id}/profile.pdf`)).statusCode).toBe(404);
    expect((await staff.get(`/api/persons/${other.id}`)).statusCode).toBe(404);
  });

  it('someone else\'s talk, and its record form, are not found for a staff member who took no part', async () => {
    const talks = (await org.get('/api/talks?scope=all&status=held&pageSize=100')).json().items as { id: number; talkers: { id: number }[]; subjects: { id: number }[] }[];
    const notMine = talks.find((t) => ![...t.talkers, ...t.subjects].some((p) => p.id === staffId))!;
    expect((await staff.get(`/api/talks/${notMine.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/talks/${notMine.id}/record.docx`)).statusCode).toBe(404);
    expect((await staff.get(`/api/talks/${notMine.id}/record.pdf`)).statusCode).toBe(404);
  });

  it('cancelling a talk: the subject, who sees it, is told they are not its talker (403); anyone else gets what an unknown id gets', async () => {
    const planned = await org.post('/api/talks', { kind: 'routine', form: 'individual', status: 'scheduled', talkDate: addDays(todayIso(), 3), talkerIds: [headId], subjectIds: [staffId] });
    expect(planned.statusCode).toBe(201);
    const id = planned.json().id;
    const subject = await staff.post(`/api/talks/${id}/cancel`, { reason: '时间冲突' });
    expect(subject.statusCode).toBe(403);
    expect(subject.json().error.code).toBe('TALK.NOT_A_TALKER');
    const outsider = await signIn(app, 'pc.leader');
    const unknown = await outsider.post('/api/talks/2147483647/cancel', { reason: '时间冲突' });
    expect(unknown.statusCode).toBe(404);
    for (const path of ['cancel', 'hold']) {
      const res = await outsider.post(`/api/talks/${id}/${path}`, { reason: '时间冲突', talkDate: todayIso(), talkTime: '09:30', place: '办公室', keyPoints: '谈工作安排' });
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 404, body: unknown.json() });
    }
    expect((await head.post(`/api/talks/${id}/cancel`, { reason: '时间冲突' })).statusCode).toBe(200);
  });

  it('someone else\'s interview, tolerance file and sideline application are not found', async () => {
    const interviews = (await discipline.get('/api/interviews?view=all')).json() as { id: number; targets: { personId: number }[] }[];
    const iv = interviews.find((i) => !i.targets.some((t) => t.personId === staffId))!;
    expect((await staff.get(`/api/interviews/${iv.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/interviews/${iv.id}/register.pdf`)).statusCode).toBe(404);
    const review = ((await discipline.get('/api/tolerance-reviews')).json() as { id: number }[])[0];
    expect((await staff.get(`/api/tolerance-reviews/${review.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/tolerance-reviews/${review.id}/application.docx`)).statusCode).toBe(404);
    const application = (await org.get('/api/sideline-applications?scope=all&pageSize=50')).json().items.find((a: { applicant: { id: number } }) => a.applicant.id !== staffId);
    expect((await staff.get(`/api/sideline-applications/${application.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/sideline-applications/${application.id}/form.pdf`)).statusCode).toBe(404);
  });

  it('the reporter\'s identity stays with the discipline office: the register is closed to everyone else, including the organization department', async () => {
    const petitions = (await discipline.get('/api/petitions')).json() as { id: number; reporterName: string | null; anonymous: boolean }[];
    const named = petitions.find((p) => !p.anonymous && p.reporterName)!;
    expect(named).toBeDefined();
    for (const who of [org, head, staff]) {
      expect((await who.get(`/api/petitions/${named.id}`)).statusCode).toBe(403);
      expect((await who.get('/api/petitions')).statusCode).toBe(403);
    }
  });

  it('another college\'s records are not found, whatever the role', async () => {
    const wj = await signIn(app, 'wj.org');
    const talk = ((await org.get('/api/talks?scope=all&pageSize=1')).json().items as { id: number }[])[0];
    expect((await wj.get(`/api/talks/${talk.id}`)).statusCode).toBe(404);
    expect((await wj.get(`/api/persons/${staffId}`)).statusCode).toBe(404);
  });

  it('个人信息保护法 第四十五条: a person downloads a copy of their own personal information, and only their own', async () => {
    const res = await staff.get('/api/me/personal-data');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const data = JSON.parse(res.rawPayload.toString('utf8'));
    const me = (await org.get(`/api/persons/${staffId}`)).json();
    const idNumberOf = async (id: number) => (await org.post(`/api/persons/${id}/personal-field`, { field: 'idNumber' })).json().value as string;
    expect(data.person).toMatchObject({ name: me.name, staffNo: me.staffNo, idNumber: await idNumberOf(staffId) });
    expect(data.posts.length).toBeGreaterThan(0);
    expect(data.signIns.length).toBeGreaterThan(0);
    expect(data.whatTheSystemHolds.map((c: { column: string }) => c.column)).toContain('person.id_number');
    expect(JSON.stringify(data)).not.toContain(await idNumberOf(headId));
  });
});

/**
 * No existence oracle: on every route with an :id, a record the caller may not see — another college's, outside their
 * department, someone else's — answers exactly what an unknown id answers (status, code and message), for every account
 * the route admits. A 403 stays for what the caller can see but may not do.
 */
describe('“not found” and “not yours” look the same on every route with an :id', () => {
  let database: Database;
  let built: BuiltApp;
  const callers: Caller[] = [];
  const institutionOf = async (username: string) => ((await database.db.execute(sql`SELECT institution_id AS id FROM account WHERE username = ${username}`)).rows[0] as { id: number }).id;

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    built = await testApp(database);
    for (const u of ['wj.staff', 'wj.depthead', 'wj.leader', 'wj.org', 'wj.discipline', 'wj.principal', 'wj.office', 'wj.finance', 'wj.foreign', 'wj.sysadmin', 'wj.secadmin']) {
      const client = await signIn(built.app, u);
      const me = (await client.get('/api/auth/me')).json();
      callers.push({ username: u, client, permissions: new Set(me.permissions), personId: me.personId });
    }
  }, 240_000);
  afterAll(async () => {
    await built?.app.close();
    await database?.close();
  });

  it('every :id route is in the sweep', () => {
    const unmapped = built.routes.filter((r) => r.url.includes('/:id') && !ID_TABLES[prefixOf(r.url)]).map((r) => `${r.method} ${r.url}`);
    expect(unmapped).toEqual([]);
  });

  it('routes × (unknown id, another college\'s id, an id outside the caller\'s view): the same answer', async () => {
    const doc = (await built.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const [own, other] = [await institutionOf('wj.org'), await institutionOf('pc.org')];
    const routes = built.routes.filter((r) => r.url.includes('/:id') && r.method !== 'HEAD' && !(r.method === 'GET' && r.url.endsWith('/dossier/photo')));
    const mismatches: string[] = [];
    let compared = 0;
    for (const [prefix, { table, detail, others, unless }] of Object.entries(ID_TABLES)) {
      const group = routes.filter((r) => prefixOf(r.url) === prefix);
      const otherIds = (await idsIn(database, table, other)).slice(0, 2);
      const detailRoute = built.routes.find((r) => r.method === 'GET' && r.url === detail);
      for (const caller of callers) {
        const may = (access: string | undefined) => access === 'authenticated' || caller.permissions.has(access!);
        const mine = group.filter((r) => may(r.access));
        if (!mine.length) continue;
        const hidden: number[] = [];
        if (others) {
          if (!unless?.some((p) => caller.permissions.has(p))) hidden.push(...(await idsIn(database, table, own, others(caller.personId))).slice(0, 2));
        }
        else if (detailRoute && may(detailRoute.access))
          for (const id of await idsIn(database, table, own)) {
            if (hidden.length >= 3) break;
            if ((await call(built.app, doc, detailRoute, caller, id)).status === 404) hidden.push(id);
          }
        for (const route of mine) {
          const unknown = await call(built.app, doc, route, caller, 2_147_483_647);
          if (unknown.status < 400) mismatches.push(`${caller.username} ${route.method} ${route.url}: an unknown id answers ${unknown.status}`);
          for (const id of [...otherIds, ...hidden]) {
            const answer = await call(built.app, doc, route, caller, id);
            compared++;
            if (show(answer) !== show(unknown)) mismatches.push(`${caller.username} ${route.method} ${route.url.replace(':id', String(id))} (${otherIds.includes(id) ? 'other college' : 'not visible'}): ${show(answer)} ≠ unknown id: ${show(unknown)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(300);
  }, 600_000);
});
