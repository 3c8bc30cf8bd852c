import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { BuiltApp } from '../src/app';
import type { Database } from '../src/core/db/connection';
import { ASSIGNED_ROLES, ROLE_PERMISSIONS, type Role } from '../src/core/auth/roles';
import { freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/** Calls that end or change the caller's own session: exercised in auth-security, not in the sweep. */
const SESSION_ROUTES = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password']);
/** Roles a person holds by their posts: demo accounts whose posts give exactly that role. */
const DERIVED: [Role, string][] = [['principal', 'wj.principal'], ['leader', 'wj.leader'], ['dept_head', 'wj.depthead'], ['staff', 'wj.staff']];

describe('role × route matrix: every route allows exactly the roles whose permissions include its access (GB/T 22239-2019 8.1.4.2)', () => {
  let database: Database;
  let built: BuiltApp;
  const clients = new Map<Role, { client: Client; permissions: Set<string> }>();

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    built = await testApp(database);
    // One account per assigned role, holding that role alone and no person (so no derived role adds to it).
    for (const role of ASSIGNED_ROLES) {
      await database.db.execute(sql`
        INSERT INTO account (institution_id, username, password_hash, display_name, roles)
        SELECT institution_id, ${`matrix.${role}`}, password_hash, ${`矩阵-${role}`}, ARRAY[${role}]::text[] FROM account WHERE username = 'wj.org'`);
    }
    for (const role of ASSIGNED_ROLES) {
      const client = await signIn(built.app, `matrix.${role}`);
      clients.set(role, { client, permissions: new Set((await client.get('/api/auth/me')).json().permissions) });
    }
    for (const [role, username] of DERIVED) {
      const client = await signIn(built.app, username);
      const me = (await client.get('/api/auth/me')).json();
      expect(me.roles.map((r: { role: string }) => r.role)).toContain(role);
      clients.set(role, { client, permissions: new Set(me.permissions) });
    }
  }, 120_000);
  afterAll(async () => {
    await built?.app.close();
    await database?.close();
  });

  it('an assigned role grants exactly its declared permissions', () => {
    for (const role of ASSIGNED_ROLES) expect([...clients.get(role)!.permissions].sort()).toEqual([...ROLE_PERMISSIONS[role]].sort());
  });

  it('each route × each role: allowed ones pass the guard, the others get 403 AUTH.FORBIDDEN', async () => {
    const routes = built.routes.filter((r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD' && !SESSION_ROUTES.has(`${r.method} ${r.url}`));
    expect(routes.length).toBeGreaterThan(150);
    const mismatches: string[] = [];
    let checked = 0;
    for (const r of routes) {
      const url = r.url.replace(/:[A-Za-z]+/g, '999999');
      for (const [role, { client, permissions }] of clients) {
        const allowed = r.access === 'public' || r.access === 'authenticated' || permissions.has(r.access!);
        const res = r.method === 'GET' ? await client.get(url) : r.method === 'DELETE' ? await client.delete(url) : r.method === 'PATCH' ? await client.patch(url, {}) : await (r.method === 'PUT' ? client.put(url, {}) : client.post(url, {}));
        const forbidden = res.statusCode === 403 && res.json().error?.code === 'AUTH.FORBIDDEN';
        if (res.statusCode === 401) mismatches.push(`${role} ${r.method} ${r.url}: 401`);
        else if (allowed && forbidden) mismatches.push(`${role} ${r.method} ${r.url}: refused but ${r.access} is granted`);
        else if (!allowed && !forbidden) mismatches.push(`${role} ${r.method} ${r.url}: ${res.statusCode} but ${r.access} is not granted`);
        else if (res.statusCode >= 500) mismatches.push(`${role} ${r.method} ${r.url}: ${res.statusCode}`);
        // No existence oracle: an id that is not there answers “not found” to everyone the route admits (see object-access).
        else if (allowed && r.url.includes('/:id') && res.statusCode !== 404 && res.statusCode !== 400) mismatches.push(`${role} ${r.method} ${r.url}: an unknown id answers ${res.statusCode} ${res.json().error?.code ?? ''}`);
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(routes.length * clients.size);
  }, 600_000);

  it('the three administrators read no business records: every business route refuses them', async () => {
    for (const role of ['sysadmin', 'secadmin', 'auditor'] as const) {
      const { client } = clients.get(role)!;
      for (const url of ['/api/persons', '/api/talks?scope=all', '/api/interviews', '/api/petitions', '/api/tolerance-reviews', '/api/sidelines', '/api/persons/1/profile']) {
        const res = await client.get(url);
        expect(res.statusCode, `${role} ${url}`).toBe(403);
      }
    }
  });
});
