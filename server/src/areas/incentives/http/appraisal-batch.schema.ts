import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { idField } from '../../../core/http/ids';

/** One person's grade in the department grid. */
export const gradeRow = z.object({
  personId: idField('请选择人员').describe('人员'),
  grade: z.string().min(1, '请选择考核等次').describe('考核等次'),
  reason: optText(1000).describe('评定依据'),
  caseIds: z.array(idField()).max(20).default([]).describe('所依据的问责事项'),
  quotaReason: optText(500).describe('超出优秀名额的理由'),
});

export const gradesCreate = z.object({
  departmentId: idField('请选择部门').describe('部门'),
  rows: z.array(gradeRow).max(5000, '一次最多登记 5000 人').default([]).describe('逐人登记或修改的等次'),
  restGrade: z.string().min(1).nullish().transform((v) => v ?? null).describe('其余未登记人员设为的等次（如“合格”）；不填则只保存所列人员'),
});

export const gradeOutcome = z.object({
  row: z.number().optional(), personId: z.number(), name: z.string(), departmentName: z.string(), grade: z.string().nullable(),
  result: z.enum(['new', 'update', 'unchanged', 'bad', 'skipped', 'blank']), detail: z.string(),
});

export const appraisalUpload = z.object({ fileName: text('文件名', 1, 200), contentBase64: z.string().min(1, '请选择文件').describe('文件内容') });
