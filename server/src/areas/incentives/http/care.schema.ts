import { z } from 'zod';
import { text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';

export const careCreate = z.object({ personId: idField('请选择人员').describe('人员'), situation: z.string().min(1, '请选择情形').describe('情形'), description: text('具体情况', 5, 2000), registeredOn: isoDate.describe('登记日期') });

export const careVisitCreate = z.object({ on: isoDate.describe('走访日期'), visitors: text('走访人员', 2, 200), help: text('慰问帮扶情况', 5, 2000), amountYuan: z.number().int('金额应为整数元').min(0, '金额不能为负数').max(200000, '金额过大，请核对').nullish().transform((v) => v ?? null).describe('慰问金（元）') });

export const careClose = z.object({ on: isoDate.describe('结束日期') });
