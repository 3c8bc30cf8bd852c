import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ENGINES } from './support/database';
import { signIn, useCollegeApp } from './support/app';
import { ERROR_CODES, statusesOf, type ErrorCode } from '../src/core/shared/error-codes';

type Json = Record<string, unknown>;
interface Operation { responses: Record<string, { $ref?: string }> }
interface Doc { paths: Record<string, Record<string, Operation>>; components: { responses: Record<string, { content: Record<string, { schema: Json }> }>; schemas: Record<string, Json> } }

describe.each(ENGINES)('error bodies as the OpenAPI document declares them, on %s', (engine) => {
  const ctx = useCollegeApp(engine);

  /** The error body schema the document gives for this operation and status (its own, or the default). */
  function declared(method: string, route: string, status: number) {
    const doc: Doc = JSON.parse(JSON.stringify(ctx.app.swagger()));
    const op = doc.paths[route.replace(/:(\w+)/g, '{$1}')][method.toLowerCase()];
    const response = op.responses[String(status)] ?? op.responses.default;
    const name = response.$ref!.split('/').pop()!;
    const error = (doc.components.responses[name].content['application/json'].schema.properties as Json).error as { properties: Record<string, Json>; required: string[] };
    const code = error.properties.code;
    const codes = (code.$ref ? doc.components.schemas.ErrorCode.enum : code.enum) as string[];
    return { name, codes, properties: Object.keys(error.properties), required: error.required };
  }

  /** A refusal: its status, a body shaped as declared with a code of that status, and a message in Chinese. */
  function expectRefusal(res: LightMyRequestResponse, method: string, route: string, status: number, code: ErrorCode) {
    expect(res.statusCode).toBe(status);
    const body = res.json() as { error: Json };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    const schema = declared(method, route, status);
    expect(schema.name).toBe(`Error${status}`);
    expect(schema.codes).toContain(code);
    for (const key of schema.required) expect(body.error).toHaveProperty(key);
    expect(Object.keys(body.error).filter((k) => !schema.properties.includes(k))).toEqual([]);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(statusesOf(code)).toContain(status);
  }

  it('every operation declares its error bodies: a default with every registered code, and its own refusals', () => {
    const doc: Doc = JSON.parse(JSON.stringify(ctx.app.swagger()));
    expect(doc.components.schemas.ErrorCode.enum).toEqual(Object.keys(ERROR_CODES));
    const operations = Object.entries(doc.paths).flatMap(([url, ops]) => Object.entries(ops).map(([m, op]) => ({ at: `${m} ${url}`, op })));
    expect(operations.filter(({ op }) => !op.responses.default).map((o) => o.at)).toEqual([]);
    expect(declared('GET', '/api/persons/:id', 404).name).toBe('Error404');
    expect(declared('GET', '/api/persons/:id', 401).name).toBe('Error401');
    expect(declared('POST', '/api/persons', 409).name).toBe('Error409');
  });

  it('a sample of refusals answers with bodies matching the document: 400, 401, 403, 404, 409', async () => {
    expectRefusal(await ctx.app.inject({ method: 'GET', url: '/api/persons' }), 'GET', '/api/persons', 401, 'AUTH.UNAUTHENTICATED');
    expectRefusal(await ctx.org.get('/api/persons/99999999'), 'GET', '/api/persons/:id', 404, 'PERSON.NOT_FOUND');
    expectRefusal(await ctx.org.get('/api/persons/abc'), 'GET', '/api/persons/:id', 400, 'VALIDATION.INVALID');
    const staff = await signIn(ctx.app, 'wj.staff');
    expectRefusal(await staff.post('/api/departments', { code: 'x1', name: '测试部门', kind: 'admin', sortOrder: 1 }), 'POST', '/api/departments', 403, 'AUTH.FORBIDDEN');
    const [first] = (await ctx.org.get('/api/departments')).json() as { code: string; name: string; kind: string }[];
    expectRefusal(await ctx.org.post('/api/departments', { code: first.code, name: first.name, kind: first.kind, sortOrder: 1 }), 'POST', '/api/departments', 409, 'DEPARTMENT.DUPLICATE');
  });
});
