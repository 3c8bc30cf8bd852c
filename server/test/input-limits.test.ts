import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { registerInputGuard } from '../src/core/http/input-guard';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/**
 * Input PostgreSQL refuses — an id past int4, NUL, a lone surrogate — is a Chinese 400 naming the field on every engine,
 * never the 500 it was (“integer out of range”, “invalid byte sequence for encoding UTF8: 0x00”), and stores nothing.
 */
describe.each(ENGINES)('input PostgreSQL cannot take, on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let sysadmin: Client;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, sysadmin] = await Promise.all(['wj.org', 'wj.sysadmin'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const refused = (res: { statusCode: number; json: () => { error: { code: string; message: string; field?: string } } }, field: string, words: RegExp) => {
    expect(res.statusCode).toBe(400);
    const e = res.json().error;
    expect(e.code).toBe('VALIDATION.INVALID');
    expect(e.field).toBe(field);
    expect(e.message).toMatch(words);
  };

  it('an id past 2³¹−1 in a path, a query or a body is a 400; 2³¹−1 itself is an unknown id', async () => {
    refused(await org.get('/api/persons/2147483648'), 'id', /编号超出范围/);
    refused(await org.get('/api/talks/2147483648'), 'id', /编号超出范围/);
    refused(await org.get('/api/persons?departmentId=2147483648'), 'departmentId', /编号超出范围/);
    refused(await org.post('/api/tenures', { personId: 2147483648, postId: 1, startDate: '2026-03-02', appointReason: '工作需要' }), 'personId', /编号超出范围/);
    refused(await org.post('/api/talks', { kind: 'routine', form: 'individual', status: 'scheduled', talkDate: '2026-03-02', talkerIds: [1], subjectIds: [2147483648] }), 'subjectIds.0', /^谈话对象：编号超出范围/);
    expect((await org.get('/api/persons/2147483647')).statusCode).toBe(404);
    expect((await org.get('/api/talks/2147483647')).statusCode).toBe(404);
  });

  it('NUL or a lone surrogate in any text is a 400 naming the field, and nothing is stored', async () => {
    const before = await rowCount(database, 'calendar_override');
    refused(await sysadmin.post('/api/calendar/overrides', { date: '2026-03-02', kind: 'holiday', note: 'a\u0000b' }), 'note', /^说明含有空字符/);
    refused(await sysadmin.post('/api/calendar/overrides', { date: '2026-03-02', kind: 'holiday', note: 'a\ud800b' }), 'note', /^说明含有无效字符/);
    expect(await rowCount(database, 'calendar_override')).toBe(before);
    refused(await org.get('/api/persons?q=%00'), 'q', /^查询条件搜索词含有空字符/);
    refused(await org.get('/api/persons/1%00'), 'id', /^编号含有空字符/);
    refused(await org.post('/api/tenures/1/end', { endDate: '2026-03-02', endReason: '工作\udc00调动' }), 'endReason', /免职原因含有无效字符/);
    // A well-formed pair (an emoji) is text like any other.
    expect((await org.get(`/api/persons?q=${encodeURIComponent('\ud83d\ude00')}`)).statusCode).toBe(200);
  });

  it('signing in with NUL in the name is a 400, not a 500', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org\u0000', password: 'x' } });
    expect(res.statusCode).toBe(400);
  });
});

describe('a route taking an unbounded integer does not start', () => {
  it('names the route and the field', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerInputGuard(app);
    expect(() => app.get('/api/x/:id', { schema: { params: z.object({ id: z.coerce.number().int().positive() }) } }, async () => 'x')).toThrow(/GET \/api\/x\/:id takes params numbers without int4 bounds: \/properties\/id/);
    expect(() => app.post('/api/y', { schema: { body: z.object({ hours: z.number() }) } }, async () => 'y')).toThrow(/\/properties\/hours/);
    await app.close();
  });
});
