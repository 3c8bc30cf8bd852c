import { z } from 'zod';
import { isoDate } from '../../../core/http/iso-date';
import { idField, idQuery } from '../../../core/http/ids';

export const measureOut = z.object({
  id: z.number(), caseId: z.number(), reviewId: z.number().nullable(), kind: z.string(), kindLabel: z.string(), requirement: z.string(),
  responsiblePersonId: z.number(), responsibleName: z.string(), subjectName: z.string(), matter: z.string(), dueDate: z.string(), status: z.string(),
  closedOn: z.string().nullable(), evidence: z.string().nullable(), mayClose: z.boolean(),
  assignedOn: z.string().nullable(), verifiedOn: z.string().nullable(), verification: z.string().nullable(), mayVerify: z.boolean(),
});

export const measureListQuery = z.object({ status: z.enum(['open', 'closed']).optional(), caseId: idQuery().optional() });

export const measureCreate = z.object({
  caseId: idField().describe('问责案件'),
  kind: z.string().describe('纠错方式'),
  requirement: z.string().trim().min(5, '请写明纠错要求（不少于 5 个字）').max(2000, '不能超过 2000 个字').describe('纠错要求'),
  responsiblePersonId: idField('请选择责任人').describe('责任人'),
  dueDate: isoDate.describe('完成期限'),
});

export const measureClose = z.object({ on: isoDate.describe('完成日期'), evidence: z.string().trim().min(5, '请写明整改完成情况（不少于 5 个字）').max(3000, '不能超过 3000 个字').describe('整改完成情况') });

export const measureVerify = z.object({ on: isoDate.describe('核实日期'), note: z.string().trim().min(5, '请写明核实情况（不少于 5 个字）').max(2000, '不能超过 2000 个字').describe('核实情况') });

export const followupCreate = z.object({ on: isoDate.describe('回访日期'), note: z.string().trim().min(5, '请写明回访情况（不少于 5 个字）').max(2000).describe('回访情况') });
