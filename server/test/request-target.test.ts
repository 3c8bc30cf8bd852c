import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import type { RegisteredRoute } from '../src/core/http/guard';
import { freshDatabase } from './support/database';
import { testApp } from './support/app';

/**
 * The attack of security round two, item 1, replayed over a real socket (the injector normalizes targets): a request
 * whose target is an absolute URL ("GET http://x/api/persons") or a percent-encoded path ("/%61pi/persons") reached the
 * handlers while the guard, the cross-site refusal and no-store looked only at whether the raw URL began with "/api".
 */
function rawRequest(port: number, head: string, body = ''): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n${body ? `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` : ''}\r\n${body}`));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => (text += d));
    socket.on('end', () => {
      const split = text.indexOf('\r\n\r\n');
      resolve({ status: Number(text.split(' ')[1]), headers: text.slice(0, split).toLowerCase(), body: text.slice(split + 4) });
    });
    socket.on('error', reject);
  });
}

/** A concrete path for a route: every parameter 1. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, '1').replace(/\*$/, 'x');

describe('request targets: deny by default holds whatever the target looks like (security round two, 1)', () => {
  let database: Database;
  let app: FastifyInstance;
  let routes: RegisteredRoute[];
  let port: number;
  const denials = async () => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied'`)).rows[0] as { n: number }).n;

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    ({ app, routes } = await testApp(database));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const guarded = () => routes.filter((r) => r.access !== 'public' && r.method !== 'HEAD');

  it('refuses an absolute-form target or "*" with 400 before any route runs, and audits it', async () => {
    const before = await denials();
    const refused: string[] = [];
    for (const r of guarded()) {
      const res = await rawRequest(port, `${r.method} http://x${concrete(r.url)} HTTP/1.1`, r.method === 'GET' || r.method === 'DELETE' ? '' : '{}');
      if (res.status !== 400 || !res.body.includes('REQUEST.TARGET')) refused.push(`${r.method} ${r.url} → ${res.status}`);
    }
    expect(refused).toEqual([]);
    const star = await rawRequest(port, 'OPTIONS * HTTP/1.1');
    expect(star.status).toBe(400);
    expect(JSON.parse(star.body).error.message).toContain('请求地址格式不正确');
    expect(await denials()).toBe(before + guarded().length + 1);
  });

  it('keys the guard on the route that matched: a percent-encoded path without a session answers 401 on every guarded route, audited', async () => {
    const before = await denials();
    const wrong: string[] = [];
    for (const r of guarded()) {
      const res = await rawRequest(port, `${r.method} /%61${concrete(r.url).slice(2)} HTTP/1.1`, r.method === 'GET' || r.method === 'DELETE' ? '' : '{}');
      if (res.status === 404) continue; // the router did not decode this one: nothing ran
      if (res.status !== 401) wrong.push(`${r.method} ${r.url} → ${res.status} ${res.body.slice(0, 80)}`);
      else expect(res.headers).toContain('cache-control: no-store');
    }
    expect(wrong).toEqual([]);
    expect(await denials()).toBeGreaterThan(before);
  });

  it('refuses a cross-site write to a percent-encoded API path before the handler runs', async () => {
    const res = await rawRequest(port, 'POST /%61pi/auth/login HTTP/1.1\r\nOrigin: https://evil.example', JSON.stringify({ username: 'org', password: 'x' }));
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe('REQUEST.CROSS_SITE');
  });
});
