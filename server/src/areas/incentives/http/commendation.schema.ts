import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';

export const roundCreate = z.object({ year: z.number().int().min(2000).max(2100), title: text('评选名称', 4, 100), quota: z.number().int().min(1, '名额至少 1 名').max(200, '名额过多，请核对').nullish().transform((v) => v ?? null).describe('表彰名额') });

export const nominationCreate = z.object({ personId: idField('请选择人员'), deeds: text('主要事迹', 20, 5000) });

export const roundAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('close') }),
  z.object({ action: z.literal('decide'), on: isoDate.describe('会议日期'), meetingRef: optText(100).describe('会议纪要编号'), awardedPersonIds: z.array(idField()).describe('表彰人选') }),
  z.object({ action: z.literal('publish'), on: isoDate.describe('公示日期') }),
], { error: '办理事项不正确' });

export const awardCreate = z.object({ personId: idField('请选择人员'), title: text('表彰名称', 2, 200), issuer: text('授予单位', 2, 100), awardedOn: isoDate.describe('授予日期') });
