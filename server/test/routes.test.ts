import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltApp } from '../src/app';
import type { Database } from '../src/core/db/connection';
import { freshDatabase } from './support/database';
import { testApp } from './support/app';

describe('every route declares who may call it (deny by default)', () => {
  let database: Database;
  let built: BuiltApp;
  beforeAll(async () => {
    database = await freshDatabase('pglite', { seed: false });
    built = await testApp(database);
  });
  afterAll(async () => {
    await built?.app.close();
    await database?.close();
  });

  it('keeps public only what must be: sign-in (password and 统一身份认证, whose provider calls back), redeeming an activation code, health and the API description', () => {
    const open = built.routes.filter((r) => r.access === 'public' && !r.url.startsWith('/api/docs')).map((r) => `${r.method} ${r.url}`);
    const sso = ['/api/auth/sso', '/api/auth/sso/oidc/start', '/api/auth/sso/oidc/callback', '/api/auth/sso/cas/start', '/api/auth/sso/cas/callback'].flatMap((u) => [`GET ${u}`, `HEAD ${u}`]);
    expect(open.sort()).toEqual(['GET /api/health', 'HEAD /api/health', 'POST /api/auth/login', 'POST /api/auth/activate', ...sso, 'POST /api/auth/sso/cas/callback'].sort());
  });

  it('refuses to start with a route that declares nothing', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerGuard } = await import('../src/core/http/guard');
    const app = Fastify();
    registerGuard(app, database.db, { idleMinutes: 30, absoluteHours: 12 });
    expect(() => app.get('/api/undeclared', async () => 'x')).toThrow(/declares no access/);
    await app.close();
  });
});
