import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configureZodMessages } from './zod-messages';
import { fieldMessage } from './field-labels';

configureZodMessages();

/** What no validation message shows: zod's jargon, JavaScript's values, English words (the date format excepted). */
const JARGON = /NaN|undefined|null|实际接收|期望|无效输入/;
const englishIn = (m: string) => m.replace(/YYYY-MM-DD/g, '').match(/[A-Za-z]{2,}/g) ?? [];

const first = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? null : r.error.issues[0].message;
};

describe('validation messages in plain Chinese, from one place (regulation fidelity round two, 16)', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a path number that is not a number', z.coerce.number(), 'abc', '应为数字'],
    ['a number given as text in JSON', z.number(), 'x', '应为数字'],
    ['a fraction where an integer is expected', z.number().int(), 1.5, '应为整数'],
    ['text expected', z.string(), 12, '应为文字'],
    ['yes or no expected', z.boolean(), 'yes', '应为“是”或“否”'],
    ['a list expected', z.array(z.string()), 'x', '应为列表'],
    ['an object expected', z.object({ a: z.string() }), 'x', '内容格式不正确'],
    ['a field left out', z.object({ a: z.string() }), {}, '不能为空'],
    ['a field sent as null', z.object({ a: z.number() }), { a: null }, '不能为空'],
    ['text too short', z.string().min(5), 'ab', '不能少于 5 个字'],
    ['text empty', z.string().min(1), '', '不能为空'],
    ['text too long', z.string().max(3), 'abcd', '不能超过 3 个字'],
    ['a number too small', z.number().min(2000), 1999, '不能小于 2000'],
    ['a number too large', z.number().max(2100), 3000, '不能大于 2100'],
    ['a positive number', z.number().positive(), 0, '应大于 0'],
    ['too few chosen', z.array(z.number()).min(1), [], '至少选择 1 项'],
    ['too many chosen', z.array(z.number()).max(2), [1, 2, 3], '不能超过 2 项'],
    ['a date in the wrong format', z.iso.date(), '2026/1/2', '应为有效日期，格式 YYYY-MM-DD'],
    ['a pattern not met', z.string().regex(/^\d+$/), 'x', '格式不正确'],
    ['an e-mail address', z.email(), 'x', '应为有效的电子邮箱地址'],
    ['a choice out of range, with Chinese names', z.enum(['prevention', 'inquiry']), 'x', '应为：预防提醒谈话、询问示警约谈'],
    ['a choice out of range, identifiers without names are not shown', z.enum(['mine', 'all_of_it']), 'x', '取值不在可选范围内'],
    ['a multiple', z.number().multipleOf(5), 3, '应为 5 的倍数'],
    ['an unknown field', z.strictObject({ a: z.string() }), { a: 'x', zzz: 1 }, '含有不应提交的字段'],
    ['a step not among the procedure\'s', z.discriminatedUnion('action', [z.object({ action: z.literal('hold') })]), { action: 'x' }, '取值不正确'],
    ['a schema\'s own message wins', z.string().min(5, '请写明理由（不少于 5 个字）'), 'ab', '请写明理由（不少于 5 个字）'],
  ])('%s', (_a, schema, input, message) => {
    const m = first(schema, input)!;
    expect(m).toBe(message);
    expect(m).not.toMatch(JARGON);
    expect(englishIn(m)).toEqual([]);
  });

  it.each([
    ['params', '编号', '应为数字', '编号应为数字'],
    ['querystring', '年份', '不能小于 2000', '查询条件年份不能小于 2000'],
    ['body', '被反映人', '请选择被反映人', '被反映人：请选择被反映人'],
    ['body', '', '内容不正确', '内容不正确'],
  ])('the field named before the message (%s %s)', (part, label, message, expected) => {
    expect(fieldMessage(part, label, message)).toBe(expected);
  });
});
