import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import { fieldMessage, labelOf } from './field-labels';
import { INT4_MAX } from './ids';

/**
 * Two kinds of input PostgreSQL refuses with an error (a 500 if it got that far), checked once for every route here
 * rather than in each schema, so a new route cannot forget them:
 *
 * - text: a NUL character (“invalid byte sequence for encoding UTF8: 0x00”) or a lone UTF-16 surrogate (not UTF-8 at
 *   all) anywhere in the path parameters, the query or the JSON body, in a value or a key, is a Chinese 400 naming the
 *   field, before the route's schema or handler runs;
 * - numbers: a route whose input schema takes an integer or number without bounds inside int4 does not start
 *   (“integer out of range”): ids use idField/idQuery/idParam (./ids), other numbers declare min and max.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (r) => {
    const schema = r.schema as Record<string, unknown> | undefined;
    if (!schema) return;
    const methods = Array.isArray(r.method) ? r.method.join(',') : r.method;
    for (const part of ['params', 'querystring', 'body'] as const) {
      const unbounded = unboundedNumbers(schema[part]);
      if (unbounded.length) throw new Error(`route ${methods} ${r.url} takes ${part} numbers without int4 bounds: ${unbounded.join(', ')} (use idField/idQuery from http/ids, or min/max)`);
    }
  });

  app.addHook('preValidation', async (req) => {
    for (const [part, value] of [['params', req.params], ['querystring', req.query], ['body', req.body]] as const) {
      const found = badText(value);
      if (found) throw refusal(req, part, found);
    }
  });
}

/** A NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- NUL is what PostgreSQL text cannot store
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface BadText {
  path: string[];
  nul: boolean;
  inKey: boolean;
}

/**
 * The first string (or object key) in a parsed value that PostgreSQL cannot store. Iterative: JSON may nest deeply. The
 * query object of Fastify has its own prototype, so any object but raw bytes is walked (own enumerable keys).
 */
export function badText(root: unknown): BadText | null {
  const stack: { v: unknown; path: string[] }[] = [{ v: root, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const m = BAD_TEXT.exec(v);
      if (m) return { path, nul: m[0] === '\u0000', inKey: false };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, String(i)] });
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer)) {
      for (const [k, child] of Object.entries(v).reverse()) {
        const m = BAD_TEXT.exec(k);
        // eslint-disable-next-line no-control-regex -- the NUL is dropped from the path shown in the error
        if (m) return { path: [...path, k.replace(/[\u0000\ud800-\udfff]/g, '')], nul: m[0] === '\u0000', inKey: true };
        stack.push({ v: child, path: [...path, k] });
      }
    }
  }
  return null;
}

function refusal(req: FastifyRequest, part: 'params' | 'querystring' | 'body', found: BadText): AppError {
  const field = found.path.join('.');
  const schema = (req.routeOptions.schema as Record<string, unknown> | undefined)?.[part];
  const label = field ? labelOf(field, schema) : '';
  const what = found.nul ? '空字符（U+0000）' : '无效字符（不成对的 UTF-16 代理项）';
  const message = fieldMessage(part, label || '请求内容', `${found.inKey ? '字段名' : ''}含有${what}，无法保存或查询，请删除后重试`);
  return new AppError('VALIDATION.INVALID', message, 400, field ? { field } : {});
}

type JsonNode = Record<string, unknown>;

/** Where an input schema takes an integer or a number not bounded inside int4 (JSON pointers into its JSON Schema). */
export function unboundedNumbers(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object' || !('_zod' in schema)) return [];
  const json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  const out: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as JsonNode;
    if (n.type === 'integer' || n.type === 'number') {
      const max = (n.maximum ?? n.exclusiveMaximum) as number | undefined;
      const min = (n.minimum ?? n.exclusiveMinimum) as number | undefined;
      if (max === undefined || min === undefined || max > INT4_MAX || min < -INT4_MAX - 1) out.push(at || '/');
    }
    for (const [k, v] of Object.entries(n)) {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${k}/${i}`));
      else if (v && typeof v === 'object') walk(v, `${at}/${k}`);
    }
  };
  walk(json, '');
  return out;
}
