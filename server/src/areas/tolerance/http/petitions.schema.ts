import { z } from 'zod';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';

export const CHANNELS = ['letter', 'visit', 'phone', 'online', 'referral'] as const;
export const CHANNEL_LABELS: Record<string, string> = { letter: '来信', visit: '来访', phone: '电话', online: '网络举报', referral: '上级转办' };
export const OUTCOMES = ['true', 'partly_true', 'untrue', 'mistaken', 'malicious'] as const;

export const petitionOut = z.object({
  id: z.number(), receivedOn: z.string(), channel: z.string(), channelLabel: z.string(), reportedPersonId: z.number().nullable(), reportedName: z.string(),
  allegation: z.string(), anonymous: z.boolean(), reporterName: z.string().nullable(), reporterContact: z.string().nullable(), status: z.string(), statusLabel: z.string(),
  outcome: z.string().nullable(), outcomeLabel: z.string().nullable(), concludedOn: z.string().nullable(), conclusion: z.string().nullable(), disposition: z.string().nullable(),
  clearanceScope: z.string().nullable(), clearanceDetail: z.string().nullable(), clearedOn: z.string().nullable(), referredOn: z.string().nullable(), referralNote: z.string().nullable(),
  clearanceDue: z.string().nullable(), referralDue: z.string().nullable(), citation: z.string().nullable(),
});

export const petitionCreate = z.object({
  receivedOn: isoDate.describe('收到日期'),
  channel: z.enum(CHANNELS, '来源渠道不正确').describe('来源渠道'),
  reportedPersonId: idField('请选择被反映人').describe('被反映人'),
  allegation: z.string().trim().min(5, '请写明反映的问题（不少于 5 个字）').max(3000).describe('反映的问题'),
  anonymous: z.boolean().default(false).describe('匿名'),
  reporterName: z.string().trim().max(50).nullish().transform((v) => v || null).describe('举报人'),
  reporterContact: z.string().trim().max(100).nullish().transform((v) => v || null).describe('联系方式'),
});

export const petitionAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('check'), on: isoDate }),
  z.object({
    action: z.literal('conclude'), on: isoDate, outcome: z.enum(OUTCOMES, '核查结论不正确'),
    conclusion: z.string().trim().min(5, '请写明核查结论（不少于 5 个字）').max(3000), disposition: z.string().nullish().transform((v) => v || null),
  }),
  z.object({ action: z.literal('clear'), on: isoDate, scope: z.string(), detail: z.string().trim().min(2, '请写明澄清的范围和方式').max(500) }),
  z.object({ action: z.literal('refer'), on: isoDate, note: z.string().trim().min(5, '请写明移送情况').max(1000) }),
  z.object({ action: z.literal('close'), on: isoDate }),
], { error: '办理事项不正确' });
