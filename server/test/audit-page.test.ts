import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { ENGINES } from './support/database';
import { newAccount, newCollege, newDepartmentWithHead, signInAs, userWith, useFactoryApp, type College } from './support/factories';
import { testApp } from './support/app';

describe.each(ENGINES)('the audit administrator\'s page (审计日志) on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const events = async (c: College | null) =>
    ((await ctx.database.db.execute(c ? sql`SELECT count(*)::int AS n FROM audit_event WHERE institution_id = ${c.id}` : sql`SELECT count(*)::int AS n FROM audit_event`)).rows[0] as { n: number }).n;

  it('does not count the sign-in page asking who is signed in as a refused access; a real refusal still is', async () => {
    const before = await events(null);
    const probe = await ctx.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(probe.statusCode).toBe(401);
    expect(probe.json().error.code).toBe('AUTH.UNAUTHENTICATED');
    expect(await events(null)).toBe(before);
    const roster = await ctx.app.inject({ method: 'GET', url: '/api/persons' });
    expect(roster.statusCode).toBe(401);
    expect(await events(null)).toBe(before + 1);
    // A forged or revoked session asking who it is, though, is recorded.
    const forged = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { cadre_sid: 'forged-session-token' } });
    expect(forged.statusCode).toBe(401);
    expect(await events(null)).toBe(before + 2);
  });

  it('does not count the pages an administrator opens before enrolling the second factor, but does a refused download', async () => {
    const strict = (await testApp(ctx.database, { security: { totpRequiredForAdmins: true } })).app;
    try {
      const c = await newCollege(ctx.database.db);
      const auditor = await signInAs(strict, await newAccount(c, { roles: ['auditor'] }));
      const count = async () => ((await ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE institution_id = ${c.id} AND action = 'access.denied'`)).rows[0] as { n: number }).n;
      const read = await auditor.get('/api/policy');
      expect(read.statusCode).toBe(403);
      expect(read.json().error.code).toBe('AUTH.TOTP_ENROLL_REQUIRED');
      expect(await count()).toBe(0);
      const download = await auditor.get('/api/audit/export.xlsx');
      expect(download.statusCode).toBe(403);
      expect(await count()).toBe(1);
    } finally {
      await strict.close();
    }
  });

  it('shows each event in Chinese words, filters by actor, action and outcome, and exports what it shows (the export audited)', async () => {
    const c = await newCollege(ctx.database.db);
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const org = await userWith(ctx.app, c, ['org']);
    const auditor = await userWith(ctx.app, c, ['auditor']);
    const staff = await userWith(ctx.app, c, ['staff'], dept.staff[0].personId);
    expect((await staff.post('/api/departments', { code: 'x1', name: '越权新建的部门', kind: 'admin' })).statusCode).toBe(403);
    expect((await org.post('/api/departments', { code: 'x2', name: '新建的部门', kind: 'admin' })).statusCode).toBe(201);

    // Sign-in attempts of no college are every auditor's; this college's refusal is found by whom it refused.
    const staffName = encodeURIComponent((await staff.get('/api/auth/me')).json().displayName);
    const denied = (await auditor.get(`/api/audit?outcome=denied&actor=${staffName}`)).json();
    expect(denied.total).toBe(1);
    expect(denied.items[0]).toMatchObject({ action: 'access.denied', actionLabel: '拒绝访问', entityLabel: '接口', outcome: 'denied' });
    expect(denied.items[0].summaryText).toBe('详情：代码：您的角色没有访问此功能的权限；所需权限：维护花名册');
    const created = (await auditor.get('/api/audit?action=department.create')).json();
    expect(created.total).toBe(1);
    expect(created.items[0]).toMatchObject({ actionLabel: '新增部门', entityLabel: '部门' });
    expect(created.items[0].summaryText).toContain('新建的部门');
    expect((await auditor.get('/api/audit?actor=nobody-such')).json().total).toBe(0);
    const actions = (await auditor.get('/api/audit/actions')).json() as { value: string; label: string }[];
    expect(actions).toContainEqual({ value: 'talk.record', label: '登记谈话' });
    expect((await auditor.get('/api/audit/outcomes')).json()).toEqual([{ value: 'success', label: '成功' }, { value: 'denied', label: '拒绝' }, { value: 'failed', label: '失败' }]);
    expect((await auditor.get('/api/audit?outcome=denied')).json().items[0].outcomeLabel).toBe('拒绝');

    const exported = await auditor.get(`/api/audit/export.xlsx?outcome=denied&actor=${staffName}`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('审计日志')!;
    expect(ws.getRow(3).values).toEqual([undefined, '编号', '时间', '操作人', '操作', '对象', '结果', 'IP', '摘要']);
    const firstRow = ws.getRow(4).values as unknown[];
    expect([firstRow[4], firstRow[5], firstRow[6], firstRow[8]]).toEqual(['拒绝访问', '接口 POST /api/departments', '拒绝', '详情：代码：您的角色没有访问此功能的权限；所需权限：维护花名册']);
    const downloads = (await ctx.database.db.execute(sql`SELECT actor_name, summary FROM audit_event WHERE institution_id = ${c.id} AND action = 'document.download'`)).rows as { summary: { detail: { file: string; count: number } } }[];
    expect(downloads).toHaveLength(1);
    expect(downloads[0].summary.detail).toMatchObject({ count: 1 });
    expect(downloads[0].summary.detail.file).toContain('审计日志');
    // Others may not read or export the log.
    expect((await org.get('/api/audit/export.xlsx')).statusCode).toBe(403);
  });
});
