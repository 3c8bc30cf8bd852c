/**
 * Inputs that once reached PostgreSQL and came back as a 500: integers past the int4 range of the id columns, NUL (which
 * a text column cannot hold) and lone UTF-16 surrogates (which are not UTF-8). The fuzz sweep builds a plausible request
 * for each route from its OpenAPI schema and puts these in one place at a time, so the rest of the request passes
 * validation and the poisoned value goes as far into the route as it can.
 */
export type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

export const INT4_MAX = 2_147_483_647;
const PATTERN_EXAMPLES: Record<string, string> = {
  '^([01]\\d|2[0-3]):[0-5]\\d$': '09:30',
  '^1\\d{10}$': '13800000000',
  '^[0-9a-f]{16}$': '0123456789abcdef',
  '^[A-Za-z0-9-]{2,20}$': 'FZ-001',
  '^[A-Za-z0-9_-]{1,20}$': 'fz_1',
  '^[a-z][a-z0-9._-]{2,31}$': 'fuzz.user',
  '^\\d+(,\\d+)*$': '1,2',
};
const DATE_NAMES = /(date|Date|^from$|^to$|^on$|At$|Since$|Until$|deadline)/;

function option(s: JsonSchema): JsonSchema {
  const options = s.anyOf ?? s.oneOf;
  if (options) return option(options.find((o) => o.type !== 'null' && (o as { nullable?: boolean }).nullable !== true) ?? options[0]);
  if (s.allOf?.length) return option(s.allOf[0]);
  return s;
}

/** A value the schema accepts, as far as a generic reading can tell (dates by the field's name). */
export function plausible(schema: JsonSchema | undefined, name = ''): unknown {
  const s = option(schema ?? {});
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'integer':
    case 'number': {
      const v = Math.max(s.minimum ?? 1, 1);
      return s.maximum !== undefined ? Math.min(v, s.maximum) : v;
    }
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(s.minItems ?? 1, 1) }, () => plausible(s.items, name));
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, k)]));
    default: {
      if (s.pattern && PATTERN_EXAMPLES[s.pattern]) return PATTERN_EXAMPLES[s.pattern];
      if (s.format === 'date' || DATE_NAMES.test(name)) return '2026-03-02';
      const want = Math.max(s.minLength ?? 0, 6);
      return '模糊测试内容'.repeat(Math.ceil(want / 6)).slice(0, Math.min(want, s.maxLength ?? want));
    }
  }
}

const insert = (s: string, bad: string) => s.slice(0, 1) + bad + s.slice(1);
/** What to put in place of a value of this schema. */
export function poisonsFor(schema: JsonSchema | undefined, name = ''): unknown[] {
  const s = option(schema ?? {});
  const good = plausible(s, name);
  const texts = typeof good === 'string' ? [insert(good || 'x', '\u0000'), insert(good || 'x', '\ud800'), insert(good || 'x', '\udfff')] : ['a\u0000b', 'a\ud800b'];
  if (s.type === 'integer' || s.type === 'number') return [INT4_MAX, INT4_MAX + 1, -INT4_MAX - 2, 1e20, String(INT4_MAX + 1)];
  if (s.type === 'array') return poisonsFor(s.items, name).map((p) => [...(plausible(s, name) as unknown[]).slice(1), p]);
  if (s.type === 'object') return [];
  return [...texts, String(INT4_MAX + 1)];
}

/** Every body with one field (top level, or inside the first element of an array of objects) poisoned. */
export function poisonedBodies(schema: JsonSchema | undefined): unknown[] {
  const s = option(schema ?? {});
  if (s.type !== 'object') return [];
  const base = plausible(s) as Record<string, unknown>;
  const out: unknown[] = [];
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    for (const p of poisonsFor(v, k)) out.push({ ...base, [k]: p });
    const inner = option(v);
    if (inner.type === 'object') for (const nested of poisonedBodies(inner)) out.push({ ...base, [k]: nested });
    if (inner.type === 'array' && option(inner.items ?? {}).type === 'object') for (const nested of poisonedBodies(inner.items)) out.push({ ...base, [k]: [nested] });
  }
  return out;
}

/** Path parameter values: the int4 edge on both sides, NUL, an encoded lone surrogate. */
export const PATH_POISONS = [String(INT4_MAX), String(INT4_MAX + 1), '1%00', '%00', '%ED%A0%80'];
/** Query values, already percent-encoded. */
export const queryPoisons = (good: unknown): string[] => [String(INT4_MAX), String(INT4_MAX + 1), String(-INT4_MAX - 2), `${encodeURIComponent(String(good ?? 'x'))}%00`, '%00', '%ED%A0%80', 'a%F0%9F'];
