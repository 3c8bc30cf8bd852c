import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { labelOf } from './field-labels';

const body = z.discriminatedUnion('action', [
  z.object({ action: z.literal('refuse'), on: z.string(), reason: z.string().describe('不予受理的理由') }),
  z.object({ action: z.literal('decide'), on: z.string().describe('党委会议日期'), meetingRef: z.string().nullish().describe('会议纪要编号') }),
]);

describe('labelOf: a validation error names the field as the form does', () => {
  it.each([
    ['reason', '不予受理的理由', 'a member of a union, by its description'],
    ['meetingRef', '会议纪要编号', 'through an optional wrapper inside a union member'],
    ['on', '日期', 'the first member that has the field is undescribed: the shared table'],
    ['action', '办理事项', 'the discriminator, from the shared table'],
    ['unknownField', 'unknownField', 'a field nobody names stays as it is'],
  ])('%s → %s (%s)', (path, label) => {
    expect(labelOf(path, body)).toBe(label);
  });

  const lists = z.object({ subjectIds: z.array(z.number()).describe('谈话对象'), personIds: z.array(z.number()), targets: z.array(z.object({ personId: z.number().describe('约谈对象') })).optional() });
  it.each([
    ['subjectIds.0', '谈话对象', 'an element is named by its array'],
    ['personIds.1', 'personIds', 'an undescribed array by its name, not the index'],
    ['targets.0.personId', '约谈对象', 'a field of an element, through an optional array'],
  ])('%s → %s (%s)', (path, label) => {
    expect(labelOf(path, lists)).toBe(label);
  });
});
