import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { DEMO_PASSWORD } from '../src/demo/seed';
import { freshDatabase } from './support/database';
import { testApp } from './support/app';

describe('security headers and cross-site requests (ASVS 14.4, 4.2.2)', () => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await freshDatabase('pglite');
    app = (await testApp(database)).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('API answers carry CSP, no framing, no sniffing, no referrer and are never cached; no HSTS without TLS', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('behind TLS: HSTS, and the session cookie is Secure, HttpOnly and SameSite', async () => {
    const tls = (await testApp(database, { tls: true, cookieSecure: true })).app;
    try {
      const res = await tls.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org', password: DEMO_PASSWORD } });
      expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/Secure/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    } finally {
      await tls.close();
    }
  });

  it('a state-changing request from another site is refused before it runs, and audited; the same site passes', async () => {
    const evil = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example', host: 'cadre.example.edu.cn' }, payload: { username: 'wj.org', password: DEMO_PASSWORD } });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error).toMatchObject({ code: 'REQUEST.CROSS_SITE', message: expect.stringContaining('跨站') });
    const fetchMeta = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(fetchMeta.statusCode).toBe(403);
    const same = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://cadre.example.edu.cn', host: 'cadre.example.edu.cn' }, payload: { username: 'wj.org', password: DEMO_PASSWORD } });
    expect(same.statusCode).toBe(200);
    const reads = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { origin: 'https://evil.example' } });
    expect(reads.statusCode).toBe(401);
  });
});
