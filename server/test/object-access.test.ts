import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import type { BuiltApp } from '../src/app';
import { ENGINES, freshDatabase } from './support/database';
import { addDays } from '../src/core/shared/dates';
import { signIn, testApp } from './support/app';
import { call, ID_TABLES, idsIn, prefixOf, show, type Caller } from './support/id-routes';
import { TEST_TODAY, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, newLeadership, signInAs, useFactoryApp, userWith } from './support/factories';
import { newAccountabilityCase, newInterview, newTalk, newToleranceDecision, newUscc } from './support/area-factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');

/**
 * Object-level access (ASVS 4.2.1): records read by id are checked against who is asking, not only the route's
 * permission — another department's person, someone else's talk, interview, tolerance file or sideline application,
 * and the documents made from them. Refusals are 404s: the record's existence is not disclosed.
 */
describe.each(ENGINES)('object-level access: records by id on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /**
   * A college of the test's own under xzcit-2018: the leadership (党委书记, one 副院长); department A with its head and
   * a staff member; department B with its head; a 纪委办公室 clerk. Signed in: the organization department, the
   * discipline office (as the clerk), A's head, A's staff member and the 副院长 — none of whom takes part in B's affairs.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'xzcit-2018' });
    const lead = await newLeadership(c, { leaders: 1 });
    const a = await newDepartmentWithHead(c, { staff: 1 });
    const b = await newDepartmentWithHead(c, { staff: 0 });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    return {
      c, jwId: jw.id,
      headId: a.head.personId, staffId: a.staff[0].personId, otherId: b.head.personId, otherDeptId: b.departmentId, leaderId: lead.leaders[0].personId, principalId: lead.principal.personId,
      org: await userWith(ctx.app, c, ['org']),
      discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId),
      head: await as(a.head.personId),
      staff: await as(a.staff[0].personId),
      leader: await as(lead.leaders[0].personId),
      other: await as(b.head.personId),
    };
  }

  it('a department head sees their own department\'s people, not another\'s', async () => {
    const { head, staff, staffId, otherId } = await scene();
    expect((await head.get(`/api/persons/${staffId}`)).statusCode).toBe(200);
    expect((await head.get(`/api/persons/${otherId}`)).statusCode).toBe(404);
    expect((await head.get(`/api/persons/${otherId}/profile.pdf`)).statusCode).toBe(404);
    expect((await staff.get(`/api/persons/${otherId}`)).statusCode).toBe(404);
  });

  it('someone else\'s talk, and its record form, are not found for a staff member who took no part', async () => {
    const { c, org, staff, leaderId, otherId } = await scene();
    const notMine = await newTalk(c, { talkerIds: [leaderId], subjectIds: [otherId] });
    expect((await org.get(`/api/talks/${notMine.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/talks/${notMine.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/talks/${notMine.id}/record.docx`)).statusCode).toBe(404);
    expect((await staff.get(`/api/talks/${notMine.id}/record.pdf`)).statusCode).toBe(404);
  });

  it('cancelling a talk: the subject, who sees it, is told they are not its talker (403); anyone else gets what an unknown id gets', async () => {
    const { org, head, staff, leader, headId, staffId } = await scene();
    const planned = await org.post('/api/talks', { kind: 'routine', form: 'individual', status: 'scheduled', talkDate: addDays(TEST_TODAY, 3), talkerIds: [headId], subjectIds: [staffId] });
    expect(planned.statusCode).toBe(201);
    const id = planned.json().id;
    const subject = await staff.post(`/api/talks/${id}/cancel`, { reason: '时间冲突' });
    expect(subject.statusCode).toBe(403);
    expect(subject.json().error.code).toBe('TALK.NOT_A_TALKER');
    const unknown = await leader.post('/api/talks/2147483647/cancel', { reason: '时间冲突' });
    expect(unknown.statusCode).toBe(404);
    for (const path of ['cancel', 'hold']) {
      const res = await leader.post(`/api/talks/${id}/${path}`, { reason: '时间冲突', talkDate: TEST_TODAY, talkTime: '09:30', place: '办公室', keyPoints: '谈工作安排' });
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 404, body: unknown.json() });
    }
    expect((await org.get(`/api/talks/${id}`)).json().status).toBe('scheduled');
    expect((await head.post(`/api/talks/${id}/cancel`, { reason: '时间冲突' })).statusCode).toBe(200);
  });

  it('someone else\'s interview, tolerance file and sideline application are not found', async () => {
    const { c, jwId, discipline, org, staff, other, leaderId, otherId, otherDeptId } = await scene();
    const iv = await newInterview(c, { targetIds: [otherId], leadPersonId: leaderId });
    expect((await discipline.get(`/api/interviews/${iv.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/interviews/${iv.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/interviews/${iv.id}/register.pdf`)).statusCode).toBe(404);
    const kase = await newAccountabilityCase(c, { subjectPersonId: otherId, subjectDepartmentId: otherDeptId, accountableDepartmentId: jwId });
    const review = await newToleranceDecision(c, { caseId: kase.id, applicantPersonId: otherId });
    expect((await discipline.get(`/api/tolerance-reviews/${review.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/tolerance-reviews/${review.id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/tolerance-reviews/${review.id}/application.docx`)).statusCode).toBe(404);
    const outside = await other.post('/api/outside-orgs', { name: '测试学会', kind: 'association', uscc: newUscc(), relatedField: true });
    expect(outside.statusCode, outside.body).toBe(201);
    const application = await other.post('/api/sideline-applications', {
      orgId: outside.json().id, postTitle: '理事', hasTerms: true, termYears: 5, termNumber: 1, startDate: addDays(TEST_TODAY, 30), endDate: addDays(TEST_TODAY, 30 + 5 * 365), reason: '推动专业建设与行业合作', commitment: true,
    });
    expect(application.statusCode, application.body).toBe(201);
    const appId = application.json().id as number;
    expect((await other.post(`/api/sideline-applications/${appId}/files`, { kind: 'charter', fileName: 'charter.pdf', contentBase64: PDF })).statusCode).toBe(201);
    expect((await org.get(`/api/sideline-applications/${appId}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/sideline-applications/${appId}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/sideline-applications/${appId}/form.pdf`)).statusCode).toBe(404);
  });

  it('the reporter\'s identity stays with the discipline office: the register is closed to everyone else, including the organization department', async () => {
    const { discipline, org, head, staff, otherId } = await scene();
    const named = await discipline.post('/api/petitions', { receivedOn: TEST_TODAY, channel: 'letter', reportedPersonId: otherId, allegation: '反映其在物资采购中收受供应商礼品', anonymous: false, reporterName: '王举报', reporterContact: '13800000000' });
    expect(named.statusCode, named.body).toBe(201);
    const id = named.json().id as number;
    expect((await discipline.get(`/api/petitions/${id}`)).json()).toMatchObject({ reporterName: '王举报' });
    for (const who of [org, head, staff]) {
      const one = await who.get(`/api/petitions/${id}`);
      expect(one.statusCode).toBe(403);
      expect(one.body).not.toContain('王举报');
      expect((await who.get('/api/petitions')).statusCode).toBe(403);
    }
  });

  it('another college\'s records are not found, whatever the role', async () => {
    const { c, org, staffId, leaderId, otherId } = await scene();
    const talk = await newTalk(c, { talkerIds: [leaderId], subjectIds: [otherId] });
    expect((await org.get(`/api/talks/${talk.id}`)).statusCode).toBe(200);
    const elsewhere = await userWith(ctx.app, await newCollege(ctx.database.db), ['org']);
    expect((await elsewhere.get(`/api/talks/${talk.id}`)).statusCode).toBe(404);
    expect((await elsewhere.get(`/api/persons/${staffId}`)).statusCode).toBe(404);
  });

  it('个人信息保护法 第四十五条: a person downloads a copy of their own personal information, and only their own', async () => {
    const { org, staff, staffId, headId } = await scene();
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
