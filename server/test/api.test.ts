import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('API on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    org = await signIn(app, 'wj.org');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const auditCount = async () => Number((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n);
  const personCount = async () => Number((await database.db.execute(sql`SELECT count(*)::int AS n FROM person`)).rows[0].n);

  describe('sign-in and sessions', () => {
    it('refuses a wrong password in Chinese and audits the failure', async () => {
      const before = await auditCount();
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org', password: 'nope' } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'AUTH.BAD_CREDENTIALS', message: '用户名或密码不正确' });
      expect(await auditCount()).toBe(before + 1);
    });

    it('sets an HttpOnly session cookie and answers who is signed in', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org', password: 'Cadre@2026' } });
      const c = res.cookies.find((x) => x.name === 'cadre_sid')!;
      expect(c.httpOnly).toBe(true);
      const me = (await org.get('/api/auth/me')).json();
      expect(me.institution.name).toBe('皖江中澳科技职业学院');
      expect(me.roles.map((r: { role: string }) => r.role)).toContain('org');
    });

    it('answers 401 without a session', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/persons' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('ends a session idle longer than the timeout', async () => {
      const short = (await testApp(database, { sessionIdleMinutes: 0 })).app;
      const c = await signIn(short, 'wj.staff');
      await new Promise((r) => setTimeout(r, 20));
      const res = await c.get('/api/auth/me');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('AUTH.SESSION_EXPIRED');
      await short.close();
      // Signing in on that app purged every session idle longer than its zero-minute timeout, ours included.
      expect((await org.get('/api/auth/me')).statusCode).toBe(401);
      org = await signIn(app, 'wj.org');
    });
  });

  describe('roster', () => {
    it('lists persons with current posts and years in post, searchable', async () => {
      const res = (await org.get('/api/persons?rank=middle_chief&pageSize=5')).json();
      expect(res.total).toBeGreaterThan(10);
      const p = res.items[0];
      expect(p.currentPosts.some((c: { rank: string }) => c.rank === 'middle_chief')).toBe(true);
      expect(p.currentPosts[0].yearsInPost).toBeGreaterThanOrEqual(0);
      const byName = (await org.get(`/api/persons?q=${encodeURIComponent(p.name)}`)).json();
      expect(byName.items.map((x: { id: number }) => x.id)).toContain(p.id);
      // LIKE's wildcards typed into the box match themselves, not every name.
      for (const w of ['%', '_', '\\']) expect((await org.get(`/api/persons?q=${encodeURIComponent(w)}`)).json().total).toBe(0);
    });

    it('shows another college nothing of this one', async () => {
      const other = await signIn(app, 'pc.org');
      const mine = (await org.get('/api/persons?pageSize=1')).json().items[0];
      expect((await other.get(`/api/persons/${mine.id}`)).statusCode).toBe(404);
      const theirs = (await other.get('/api/persons?pageSize=200')).json().items.map((x: { id: number }) => x.id);
      expect(theirs).not.toContain(mine.id);
    });

    it('lets staff see only themselves, and masks ID numbers for those who do not keep the roster', async () => {
      const staff = await signIn(app, 'wj.staff');
      const list = (await staff.get('/api/persons')).json();
      expect(list.total).toBe(1);
      expect(list.items[0].idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      const someoneElse = (await org.get('/api/persons?pageSize=3')).json().items.find((x: { id: number }) => x.id !== list.items[0].id);
      expect((await staff.get(`/api/persons/${someoneElse.id}`)).statusCode).toBe(404);
    });

    it('lets a department head see their department only', async () => {
      const head = await signIn(app, 'wj.depthead');
      const me = (await head.get('/api/auth/me')).json();
      expect(me.scope.all).toBe(false);
      const list = (await head.get('/api/persons?pageSize=200')).json();
      expect(list.total).toBeGreaterThan(5);
      for (const p of list.items) expect(p.currentPosts.some((c: { departmentId: number }) => me.scope.departmentIds.includes(c.departmentId))).toBe(true);
    });

    const valid = { staffNo: 'T2026001', name: '测试员', gender: 'female', birthDate: '1949-12-31', idNumber: '11010519491231002X', politicalStatus: 'masses', hireDate: '1970-09-01' };

    it.each([
      ['a wrong ID check character', { idNumber: '110105194912310021' }, 'idNumber', /校验位不正确/],
      ['a birth date that differs from the ID number', { birthDate: '1950-01-01' }, 'birthDate', /与身份证号中的出生日期 1949-12-31 不一致/],
      ['a gender that differs from the ID number', { gender: 'male' }, 'gender', /不一致/],
      ['an impossible date', { hireDate: '2026-02-30' }, 'hireDate', /有效日期/],
      ['a missing name', { name: undefined }, 'name', /姓名/],
      ['an unknown political status', { politicalStatus: 'x' }, 'politicalStatus', /政治面貌/],
    ])('refuses %s with a Chinese message naming the field, and writes nothing', async (_, patch, field, message) => {
      const [persons, audits] = [await personCount(), await auditCount()];
      const res = await org.post('/api/persons', { ...valid, ...patch });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toMatch(message);
      expect([await personCount(), await auditCount()]).toEqual([persons, audits]);
    });

    it('creates a person and audits it in the same transaction', async () => {
      const audits = await auditCount();
      const res = await org.post('/api/persons', valid);
      expect(res.statusCode).toBe(201);
      expect(await auditCount()).toBe(audits + 1);
      const dup = await org.post('/api/persons', { ...valid, staffNo: 'T2026002' });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error).toMatchObject({ code: 'PERSON.DUPLICATE_ID_NUMBER', field: 'idNumber' });
    });

    it('appoints and ends a tenure, keeping the record, and refuses a second holder of a cadre post', async () => {
      const created = (await org.get('/api/persons?q=T2026001')).json().items[0];
      expect((await org.get('/api/persons?q=t2026001')).json().items.map((x: { id: number }) => x.id)).toEqual([created.id]);
      const depts = (await org.get('/api/departments')).json();
      const dept = (await org.get(`/api/departments/${depts.find((d: { code: string }) => d.code === 'jwc').id}`)).json();
      const chief = dept.posts.find((p: { rank: string; holders: unknown[] }) => p.rank === 'middle_chief' && p.holders.length);
      const occupied = await org.post('/api/tenures', { personId: created.id, postId: chief.id, startDate: '2026-01-01', appointReason: '测试' });
      expect(occupied.statusCode).toBe(409);
      expect(occupied.json().error.message).toMatch(/在任，请先办理其免职/);
      const staffPost = dept.posts.find((p: { rank: string }) => p.rank === 'staff');
      const ok = await org.post('/api/tenures', { personId: created.id, postId: staffPost.id, startDate: '2026-01-01', appointDocNo: '测〔2026〕1号', appointReason: '招聘入职' });
      expect(ok.statusCode).toBe(201);
      const bad = await org.post(`/api/tenures/${ok.json().id}/end`, { endDate: '2025-12-01', endReason: '调动' });
      expect(bad.json().error.code).toBe('TENURE.END_BEFORE_START');
      expect((await org.post(`/api/tenures/${ok.json().id}/end`, { endDate: '2026-06-30', endReason: '工作调动' })).statusCode).toBe(200);
      const detail = (await org.get(`/api/persons/${created.id}`)).json();
      expect(detail.tenures[0]).toMatchObject({ endDate: '2026-06-30', endReason: '工作调动', appointDocNo: '测〔2026〕1号' });
    });

    it('takes a department head\'s rights away on their next request once their post ends (no cached roles outlive it)', async () => {
      const head = await signIn(app, 'pc.depthead');
      const roles = async () => (await head.get('/api/auth/me')).json().roles.map((r: { role: string }) => r.role);
      expect(await roles()).toContain('dept_head');
      const me = (await head.get('/api/auth/me')).json().personId;
      const pcOrg = await signIn(app, 'pc.org');
      const post = (await pcOrg.get(`/api/persons/${me}`)).json().tenures.find((t: { rank: string; endDate: string | null }) => ['middle_chief', 'middle_deputy'].includes(t.rank) && !t.endDate);
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      expect((await pcOrg.post(`/api/tenures/${post.id}/end`, { endDate: today, endReason: '工作调动' })).statusCode).toBe(200);
      expect(await roles()).not.toContain('dept_head');
    });

    it('forbids staff from editing the roster, and audits the refusal', async () => {
      const staff = await signIn(app, 'wj.staff');
      const audits = await auditCount();
      const res = await staff.post('/api/persons', valid);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
      const last = (await database.db.execute(sql`SELECT action, outcome FROM audit_event ORDER BY id DESC LIMIT 1`)).rows[0];
      expect(last).toMatchObject({ action: 'access.denied', outcome: 'denied' });
      expect(await auditCount()).toBe(audits + 1);
    });
  });

  describe('duties', () => {
    it('derives rotation duties with their article for the organization department', async () => {
      const res = (await org.get('/api/duties/mine?kind=rotation&pageSize=500')).json();
      expect(res.total).toBeGreaterThan(0);
      for (const d of res.items) expect(d).toMatchObject({ kind: 'rotation', citation: 'ahzaxy-2020 第8条', owner: '党委组织部' });
      expect(res.items.some((d: { status: string }) => d.status === 'overdue')).toBe(true);
      expect(res.items.some((d: { status: string }) => d.status === 'done')).toBe(true);
    });

    it('gives staff no rotation duties of their own, and no college dashboard', async () => {
      const staff = await signIn(app, 'wj.staff');
      expect((await staff.get('/api/duties/mine')).json().total).toBe(0);
      expect((await staff.get('/api/duties/summary')).statusCode).toBe(403);
    });

    it('summarizes duties by department and kind', async () => {
      const s = (await org.get('/api/duties/summary')).json();
      expect(s.keyNumbers.persons).toBeGreaterThan(200);
      expect(s.byKind.find((k: { kind: string }) => k.kind === 'rotation')).toMatchObject({ label: '轮岗交流' });
      expect(s.byDepartment.reduce((n: number, d: { total: number }) => n + d.total, 0)).toBe(s.totals.total);
    });

    it('waives a duty with a reason, audited; refuses a short reason and a second waiver', async () => {
      const d = (await org.get('/api/duties?status=overdue')).json().items[0];
      const short = await org.post('/api/duties/waive', { key: d.key, reason: '不' });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.field).toBe('reason');
      const audits = await auditCount();
      const before = (await org.get('/api/duties/summary')).json().totals;
      const ok = await org.post('/api/duties/waive', { key: d.key, reason: '该同志明年到龄退休，不再安排交流' });
      expect(ok.json()).toMatchObject({ status: 'waived', waiver: { reason: '该同志明年到龄退休，不再安排交流' } });
      expect(await auditCount()).toBe(audits + 1);
      expect((await org.post('/api/duties/waive', { key: d.key, reason: '再次免办测试理由' })).statusCode).toBe(409);
      const again = (await org.get('/api/duties?status=waived')).json().items.map((x: { key: string }) => x.key);
      expect(again).toContain(d.key);
      // The dashboard, kept between requests, counts the waiver at once.
      expect((await org.get('/api/duties/summary')).json().totals).toMatchObject({ waived: before.waived + 1, overdue: before.overdue - 1, total: before.total });
    });
  });

  describe('rules and calendar', () => {
    it('shows every rule in force with its citation or as a system default', async () => {
      const p = (await org.get('/api/policy')).json();
      expect(p.ownPack.id).toBe('ahzaxy-2020');
      const rotation = p.rules.find((r: { key: string }) => r.key === 'incentives.rotation.post_years');
      expect(rotation).toMatchObject({ value: 5, citation: 'ahzaxy-2020 第8条', isDefault: false });
      const talks = p.rules.find((r: { key: string }) => r.key === 'talks.principal_to_leadership_per_year');
      expect(talks).toMatchObject({ packId: 'scitc-2025', citation: 'scitc-2025 附件1 第八条（二）' });
      for (const r of p.rules) expect(r.isDefault ? r.citation === null : typeof r.citation === 'string').toBe(true);
    });

    it('names every cited document in Chinese, so that a citation is shown by the regulation\'s name, never a pack id', async () => {
      const { documents } = (await org.get('/api/policy/documents')).json() as { documents: { packId: string; label: string; short: string; title: string; institution: string }[] };
      expect(documents.find((d) => d.packId === 'scitc-2025' && d.label === '附件1')).toMatchObject({ short: '谈心谈话规定', title: '干部职工谈心谈话规定', institution: '四川信息职业技术学院' });
      expect(documents.find((d) => d.packId === 'ahzaxy-2020')).toMatchObject({ label: '', short: '激励担当作为实施意见' });
      for (const d of documents) expect(d.short).toMatch(/^[\u4e00-\u9fff（）“”]+$/);
      // Every role that sees duties can read the names.
      expect((await (await signIn(app, 'wj.staff')).get('/api/policy/documents')).statusCode).toBe(200);
    });

    it('lets only the sysadmin adjust the calendar, and computes working days with it', async () => {
      expect((await org.post('/api/calendar/overrides', { date: '2026-12-31', kind: 'holiday', note: '测试' })).statusCode).toBe(403);
      const admin = await signIn(app, 'wj.sysadmin');
      const unknown = await admin.get('/api/calendar/working-days?from=2026-12-30&add=3');
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error.code).toBe('CALENDAR.YEAR_UNKNOWN');
      expect((await admin.post('/api/calendar/overrides', { date: '2027-01-01', kind: 'holiday', note: '元旦' })).statusCode).toBe(201);
      expect((await admin.post('/api/calendar/years', { year: 2027, note: '国办发明电〔2026〕测试' })).statusCode).toBe(201);
      const known = (await admin.get('/api/calendar/working-days?from=2026-12-30&add=2')).json();
      expect(known.date).toBe('2027-01-04');
      expect((await admin.delete('/api/calendar/overrides/2027-01-01')).statusCode).toBe(200);
      expect((await admin.get('/api/persons')).statusCode).toBe(403); // 三员分立
    });
  });

  describe('audit', () => {
    it('is readable by the auditor only, and cannot be changed even in SQL', async () => {
      expect((await org.get('/api/audit')).statusCode).toBe(403);
      const auditor = await signIn(app, 'wj.auditor');
      const log = (await auditor.get('/api/audit?action=person.')).json();
      expect(log.items.some((e: { action: string }) => e.action === 'person.create')).toBe(true);
      await expect(database.db.execute(sql`UPDATE audit_event SET action = 'x'`)).rejects.toThrow();
      await expect(database.db.execute(sql`DELETE FROM audit_event`)).rejects.toThrow();
    });
  });

  describe('bad input never yields a 5xx', () => {
    it.each([
      ['POST', '/api/persons', '{not json'],
      ['POST', '/api/persons', '[]'],
      ['POST', '/api/tenures', '{"personId":"x"}'],
      ['POST', '/api/duties/waive', '{"key":123}'],
      ['GET', '/api/persons?page=-1', undefined],
      ['GET', '/api/persons/abc', undefined],
      ['GET', '/api/persons/99999999999999999999', undefined],
      ['GET', '/api/calendar?year=abc', undefined],
      ['GET', '/api/policy?asOf=2026-13-01', undefined],
      ['PATCH', '/api/departments/1', '{"kind":"nonsense"}'],
    ])('%s %s', async (method, url, body) => {
      const me = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org', password: 'Cadre@2026' } });
      const cookie = `cadre_sid=${me.cookies.find((c) => c.name === 'cadre_sid')!.value}`;
      const res = await app.inject({ method: method as 'GET', url, headers: { cookie, 'content-type': 'application/json' }, payload: body });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    });
  });
});
