import { z } from 'zod';
import { VALUE_LABELS } from '../policy/vocabulary';
import { FIELD_LABELS } from './field-labels';

/** An issue as zod hands it to the configured error map, before it is finalized. */
type RawIssue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/** The format every date of the API takes. */
export const DATE_FORMAT_MESSAGE = '应为有效日期，格式 YYYY-MM-DD';

const TYPE_MESSAGES: Record<string, string> = {
  number: '应为数字',
  int: '应为整数',
  bigint: '应为整数',
  string: '应为文字',
  boolean: '应为“是”或“否”',
  date: DATE_FORMAT_MESSAGE,
  array: '应为列表',
  object: '内容格式不正确',
};

const FORMAT_MESSAGES: Record<string, string> = {
  date: DATE_FORMAT_MESSAGE,
  datetime: '应为日期和时间',
  time: '应为时间，格式 时:分',
  email: '应为有效的电子邮箱地址',
  url: '应为有效的网址',
};

const isoDay = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** The smallest or largest a value may be, in words, by what kind of value it is. */
function bound(iss: { origin?: string; inclusive?: boolean }, n: unknown, small: boolean): string {
  switch (iss.origin) {
    case 'string':
      if (small) return Number(n) <= 1 ? '不能为空' : `不能少于 ${n} 个字`;
      return `不能超过 ${n} 个字`;
    case 'array':
    case 'set':
    case 'map':
      if (small) return Number(n) <= 1 ? '至少选择 1 项' : `至少 ${n} 项`;
      return `不能超过 ${n} 项`;
    case 'date':
      return small ? `不能早于 ${isoDay(n)}` : `不能晚于 ${isoDay(n)}`;
    case 'file':
      return small ? '文件内容过小' : '文件过大';
    default:
      if (small) return iss.inclusive === false ? `应大于 ${n}` : `不能小于 ${n}`;
      return iss.inclusive === false ? `应小于 ${n}` : `不能大于 ${n}`;
  }
}

/** Chosen values in words, where every one has a Chinese name; null otherwise (an identifier is not shown). */
function choices(values: readonly unknown[]): string | null {
  const words = values.map((v) => (typeof v === 'string' ? VALUE_LABELS[v] : typeof v === 'number' ? String(v) : undefined));
  return words.every((w) => w !== undefined) && words.length <= 12 ? words.join('、') : null;
}

/**
 * Every validation message the API gives where a schema names none of its own, in plain Chinese that says what is
 * expected (“应为数字”, “不能少于 5 个字”, “应为日期，格式 YYYY-MM-DD”) — never zod's “期望…实际接收…”, nor NaN,
 * undefined or an English word. The error handler prefixes the field's Chinese name. One place for the whole API.
 */
export function plainMessage(iss: RawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined || iss.input === null) return '不能为空';
      return TYPE_MESSAGES[iss.expected] ?? '类型不正确';
    case 'too_small':
      return bound(iss, iss.minimum, true);
    case 'too_big':
      return bound(iss, iss.maximum, false);
    case 'invalid_format':
      if (iss.format === 'starts_with' && 'prefix' in iss) return `应以“${String(iss.prefix)}”开头`;
      if (iss.format === 'ends_with' && 'suffix' in iss) return `应以“${String(iss.suffix)}”结尾`;
      if (iss.format === 'includes' && 'includes' in iss) return `应包含“${String(iss.includes)}”`;
      return FORMAT_MESSAGES[iss.format] ?? '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(iss.divisor)} 的倍数`;
    case 'invalid_value': {
      const list = choices(iss.values);
      return list ? `应为：${list}` : '取值不在可选范围内';
    }
    case 'unrecognized_keys': {
      const named = iss.keys.map((k) => FIELD_LABELS[k]).filter(Boolean);
      return named.length === iss.keys.length ? `含有不应提交的字段：${named.join('、')}` : '含有不应提交的字段';
    }
    case 'invalid_union':
      return 'discriminator' in iss && iss.discriminator ? '取值不正确' : '内容不正确';
    case 'invalid_key':
      return '含有无效的字段名';
    case 'invalid_element':
      return '含有无效的值';
    default:
      return '内容不正确';
  }
}

/** Installs the messages for every schema (zod's Chinese locale stays underneath, for anything a future zod adds). */
export function configureZodMessages(): void {
  z.config(z.locales.zhCN());
  z.config({ customError: plainMessage });
}
