import type { RouteOptions } from 'fastify';
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { codesWithStatus, ERROR_CODES, meaningOf, usedStatuses, type ErrorCode, type ErrorStatus } from '../shared/error-codes';

/**
 * The error bodies in the OpenAPI document, added centrally: every operation lists the statuses it can refuse with,
 * each a `components.responses.ErrorNNN` whose `code` is the enum of the registered codes sent with that status, and a
 * `default` (any registered code) for the rest — so the web client is typed with the codes, not strings.
 */

const METHODS_WITHOUT_EFFECT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a route can be refused with, from what it declares (access, rate limit, inputs, method). */
function refusals(route: RouteOptions): ErrorStatus[] {
  const access = (route.config as { access?: string } | undefined)?.access;
  const methods = [route.method].flat().map((m) => m.toUpperCase());
  const changes = methods.some((m) => !METHODS_WITHOUT_EFFECT.has(m));
  const schema = (route.schema ?? {}) as { body?: unknown; params?: unknown; querystring?: unknown };
  const statuses: ErrorStatus[] = [400];
  if (access !== 'public') statuses.push(401);
  if (access !== 'public' || changes) statuses.push(403); // a role's permission, or a cross-site request
  if (schema.params || schema.body || schema.querystring) statuses.push(404); // an unknown (or invisible) record
  if (changes) statuses.push(409); // the record's state forbids the step
  if (schema.body) statuses.push(413, 415);
  if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit) statuses.push(429);
  return statuses;
}

const errorBody = (codes: readonly ErrorCode[]) => ({
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: codes.length === Object.keys(ERROR_CODES).length ? { $ref: '#/components/schemas/ErrorCode' } : { type: 'string', enum: codes },
        message: { type: 'string', description: '给用户看的中文说明' },
        field: { type: 'string', description: '出错的输入项（如 personId、items.0.on）' },
        article: { type: 'string', description: '禁止此操作的制度条款' },
      },
    },
  },
});

const STATUS_WORDS: Record<ErrorStatus, string> = {
  400: '输入有误或不符合制度规定', 401: '未登录或会话已失效', 403: '无权办理', 404: '记录不存在或无权查看', 409: '与记录当前状态冲突',
  413: '请求内容过大', 415: '请求内容类型不受支持', 422: '缺少计算所需的数据', 423: '账号暂时锁定', 429: '尝试过于频繁', 500: '服务器内部错误',
};

/** The shared pieces: the code enum (with each code's status and meaning) and one response per status. */
function components() {
  const all = Object.keys(ERROR_CODES) as ErrorCode[];
  const responses: Record<string, unknown> = {
    Error: { description: '错误（任一登记的错误码）', content: { 'application/json': { schema: errorBody(all) } } },
  };
  for (const s of usedStatuses()) responses[`Error${s}`] = { description: STATUS_WORDS[s], content: { 'application/json': { schema: errorBody(codesWithStatus(s)) } } };
  const table = all.map((c) => `- \`${c}\`（${ERROR_CODES[c][0]}）：${meaningOf(c)}`).join('\n');
  return { schemas: { ErrorCode: { type: 'string', enum: all, description: `登记的错误码：\n${table}` } }, responses };
}

export function openapiErrors(transform: SwaggerTransform): { transform: SwaggerTransform; transformObject: SwaggerTransformObject } {
  const byOperation = new Map<string, ErrorStatus[]>();
  return {
    transform: (input) => {
      for (const m of [input.route.method].flat()) byOperation.set(`${m.toLowerCase()} ${input.url}`, refusals(input.route));
      return transform(input);
    },
    transformObject: (documentObject) => {
      if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
      const doc = documentObject.openapiObject as { paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>>; components?: Record<string, Record<string, unknown>> };
      const parts = components();
      doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, ...parts.schemas }, responses: { ...doc.components?.responses, ...parts.responses } };
      const used = new Set(usedStatuses());
      for (const [url, operations] of Object.entries(doc.paths ?? {})) {
        const fastifyUrl = url.replace(/\{(\w+)\}/g, ':$1');
        for (const [method, op] of Object.entries(operations)) {
          const statuses = byOperation.get(`${method} ${fastifyUrl}`);
          if (!statuses) continue;
          op.responses ??= {};
          for (const s of statuses) if (used.has(s)) op.responses[s] ??= { $ref: `#/components/responses/Error${s}` };
          op.responses.default ??= { $ref: '#/components/responses/Error' };
        }
      }
      return doc;
    },
  };
}
