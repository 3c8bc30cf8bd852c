import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';

const year = z.number().int().min(2000, '年度不正确').max(2100, '年度不正确').describe('年度');

export const cycleCreate = z.object({ year, dutyReportDue: isoDate.nullish().transform((v) => v ?? null).describe('述职述廉报告截止日期') });

export const gradeCreate = z.object({
  cycleId: idField().describe('考核年度'),
  personId: idField('请选择人员').describe('人员'),
  departmentId: idField('请选择部门').describe('部门'),
  grade: z.string().min(1, '请选择考核等次').describe('考核等次'),
  reason: optText(1000).describe('评定依据'),
  caseIds: z.array(idField()).max(20).default([]).describe('所依据的问责事项'),
  quotaReason: optText(500).describe('超出优秀名额的理由'),
});

export const dutyReportCreate = z.object({ cycleId: idField(), content: text('述职述廉报告', 50, 20000) });
