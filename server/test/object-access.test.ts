import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/connection';
import { freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

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
    expect(data.person).toMatchObject({ name: me.name, staffNo: me.staffNo, idNumber: me.idNumber });
    expect(data.posts.length).toBeGreaterThan(0);
    expect(data.signIns.length).toBeGreaterThan(0);
    expect(data.whatTheSystemHolds.map((c: { column: string }) => c.column)).toContain('person.id_number');
    expect(JSON.stringify(data)).not.toContain((await org.get(`/api/persons/${headId}`)).json().idNumber);
  });
});
