import { z } from 'zod';
import { text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';

export const reserveNominationCreate = z.object({ personId: idField('请选择人员').describe('人员'), targetRank: z.string().min(1, '请选择拟任职级').describe('拟任职级'), reasons: text('推荐理由', 10, 3000) });

export const reserveAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), note: text('审核意见', 2, 1000) }),
  z.object({ action: z.literal('reject'), note: text('不通过的理由', 5, 1000) }),
  z.object({ action: z.literal('remove'), reason: text('退出理由', 5, 1000) }),
], { error: '办理事项不正确' });

export const reserveFindingCreate = z.object({ personId: idField('请选择人员'), kind: z.string().min(1, '请选择情形'), on: isoDate.describe('认定日期'), detail: text('具体情况', 5, 2000) });
