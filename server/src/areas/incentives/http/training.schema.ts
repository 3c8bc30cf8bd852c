import { z } from 'zod';
import { text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';

export const courseCreate = z.object({ title: text('培训名称', 4, 200), organizer: text('主办单位', 2, 100), kind: z.string().min(1, '请选择培训类别').describe('培训类别'), startDate: isoDate.describe('开始日期'), endDate: isoDate.describe('结束日期'), hours: z.number().min(-10_000, '学时不正确').max(10_000, '学时不正确').describe('学时') });

export const signInImport = z.object({ fileName: text('文件名', 1, 200), contentBase64: z.string().min(1, '请选择文件').describe('文件内容'), commit: z.boolean().default(false), onlyGood: z.boolean().default(false) });
