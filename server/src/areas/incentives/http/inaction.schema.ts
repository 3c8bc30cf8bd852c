import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';

export const inactionCreate = z.object({ personId: idField('请选择干部'), signal: z.string().min(1, '请选择发现渠道'), signalDetail: text('反映的问题', 5, 2000), signaledOn: isoDate.describe('发现日期') });

export const inactionAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('remind'), on: isoDate, requirements: text('整改要求', 5, 2000), deadline: isoDate.describe('整改期限') }),
  z.object({ action: z.literal('verify'), on: isoDate, corrected: z.boolean().describe('是否已改正'), note: text('核查情况', 5, 2000) }),
  z.object({ action: z.literal('admonish'), on: isoDate, note: text('诫勉情况', 5, 2000), deadline: isoDate.describe('整改期限') }),
  z.object({ action: z.literal('propose'), on: isoDate, adjustment: z.string().min(1, '请选择组织调整方式'), reason: text('建议理由', 5, 2000) }),
  z.object({ action: z.literal('decide'), on: isoDate.describe('会议日期'), meetingRef: optText(100).describe('会议纪要编号'), decision: z.string().min(1, '请选择决定'), note: text('决定内容', 2, 2000) }),
], { error: '办理事项不正确' });
