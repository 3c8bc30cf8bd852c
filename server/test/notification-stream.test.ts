import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { notify } from '../src/core/notifications/notify';
import { ENGINES, freshDatabase, secondInstance, type TestDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/** Opens the event stream and collects its `notifications` events. */
function openStream(base: string, cookie: string) {
  const events: { unread: number; lastId: number }[] = [];
  let status = 0;
  let buffer = '';
  const req = http.get(`${base}/api/notifications/stream`, { headers: { cookie, accept: 'text/event-stream' } }, (res) => {
    status = res.statusCode ?? 0;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (block.includes('event: notifications') && data) events.push(JSON.parse(data.slice(6)));
      }
    });
  });
  req.on('error', () => undefined);
  return { events, status: () => status, close: () => req.destroy() };
}

async function until<T>(what: () => T | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for an event');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(ENGINES)('live notices over server-sent events (%s)', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let base: string;
  let staff: Client;
  let me: { personId: number; institutionId: number };
  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    staff = await signIn(app, 'wj.staff');
    const who = (await staff.get('/api/auth/me')).json();
    me = { personId: who.personId, institutionId: who.institution.id };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('refuses a visitor who is not signed in; a client not asking for a stream gets the state once', async () => {
    const res = await fetch(`${base}/api/notifications/stream`);
    expect(res.status).toBe(401);
    const once = await staff.get('/api/notifications/stream');
    expect(once.statusCode).toBe(200);
    expect(once.body).toMatch(/^event: notifications\ndata: \{"unread":\d+,"lastId":\d+\}\n\n$/);
  });

  it('tells the signed-in person at once when a notice arrives (from any instance) and when they read it', async () => {
    const stream = openStream(base, staff.cookie);
    try {
      const first = await until(() => stream.events[0]);
      expect(stream.status()).toBe(200);
      // a notice recorded by another instance of the service (PostgreSQL) or a scheduled job: found by the server's check
      const other = (await secondInstance(database)) ?? database;
      const id = (await notify(other.db, { institutionId: me.institutionId, recipientPersonId: me.personId, kind: 'step_waiting', title: '兼职申请等待您审批', body: '请审批', createdBy: 0, urgent: true }))!;
      if (other !== database) await other.close();
      const arrived = await until(() => stream.events.find((e) => e.lastId === id));
      expect(arrived.unread).toBe(first.unread + 1);
      const read = await staff.post(`/api/notifications/${id}/read`);
      expect(read.statusCode).toBe(200);
      const after = await until(() => stream.events.slice(stream.events.indexOf(arrived) + 1).find((e) => e.unread === first.unread));
      expect(after.lastId).toBe(id);
      // the existing route answers as before
      const list = (await staff.get('/api/notifications')).json();
      expect(list.unread).toBe(first.unread);
      expect(list.items[0]).toMatchObject({ id, title: '兼职申请等待您审批', read: true });
    } finally {
      stream.close();
    }
  });
});
