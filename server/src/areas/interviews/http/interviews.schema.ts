import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { INTERVIEW_KINDS } from '../rules/rules';
import { idField, idQuery } from '../../../core/http/ids';

const kind = z.enum(INTERVIEW_KINDS, '约谈形式应为预防提醒谈话、询问示警约谈、纠错诫勉约谈或问责处分约谈').describe('约谈形式');
const id = (label: string) => idField(`请选择${label}`).describe(label);
const optId = (label: string) => idField().nullish().transform((v) => v ?? null).describe(label);
const year = z.number().int().min(2000, '年度不正确').max(2100, '年度不正确').describe('年度');

export const planCreate = z.object({
  kind: z.enum(['campaign', 'department'], '计划类型应为集中约谈或部门季度计划').describe('计划类型'),
  year,
  quarter: z.number().int().min(1, '季度应为 1—4').max(4, '季度应为 1—4').nullish().transform((v) => v ?? null).describe('季度'),
  departmentId: optId('部门'),
  title: text('计划名称', 4, 100),
  summary: text('问题线索梳理和约谈重点', 10, 5000),
});

export const planDecision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit') }),
  z.object({ action: z.literal('approve'), on: isoDate.describe('领导小组审批日期'), meetingRef: text('会议纪要编号', 2, 100) }),
  z.object({ action: z.literal('return'), reason: text('退回理由', 5, 1000) }),
  z.object({ action: z.literal('file'), on: isoDate.describe('报备日期') }),
], { error: '办理事项不正确' });

export const planQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), kind: z.enum(['campaign', 'department']).optional() });

export const interviewCreate = z.object({
  planId: optId('约谈计划'),
  kind,
  form: z.enum(['individual', 'group'], '约谈方式应为个别约谈或集体约谈').describe('约谈方式'),
  groupReason: optText(500).describe('集体约谈的理由'),
  topic: text('约谈事由', 4, 500),
  targets: z.array(z.object({ personId: id('约谈对象'), reason: optText(500).describe('列为约谈对象的原因') })).min(1, '请选择约谈对象').max(200, '一次约谈对象不能超过 200 人').describe('约谈对象'),
  leadPersonId: id('主谈人'),
  leadReason: optText(500).describe('改由他人主谈的理由'),
  recorderPersonId: optId('记录人'),
  scheduledOn: isoDate.describe('约谈时间'),
  place: text('约谈地点', 2, 100),
  outline: optText(5000).describe('约谈提纲'),
  source: optText(100).describe('来源'),
});

export const interviewAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('hold'), heldOn: isoDate.describe('约谈日期'), record: text('约谈记录', 20, 20000), recorderPersonId: id('记录人') }),
  z.object({ action: z.literal('waive'), targetId: id('约谈对象'), reason: text('免交材料的理由', 5, 500) }),
  z.object({ action: z.literal('close'), on: isoDate.describe('办结日期') }),
  z.object({ action: z.literal('cancel'), reason: text('取消理由', 5, 500) }),
  z.object({ action: z.literal('propose_handling'), violationConfirmed: z.boolean().describe('是否核实确认违规违纪'), proposal: text('处理意见', 5, 3000) }),
  z.object({
    action: z.literal('decide_handling'),
    approved: z.boolean().describe('是否同意'),
    on: isoDate.describe('审定日期'),
    meetingRef: text('会议纪要编号', 2, 100),
    openCase: z.boolean().default(false).describe('启动问责程序'),
    accountableDepartmentId: optId('问责部门'),
  }),
], { error: '办理事项不正确' });

export type InterviewAction = z.infer<typeof interviewAction>;

export const materialUpload = z.object({
  text: optText(20000).describe('材料内容'),
  fileName: z.string().trim().max(200, '文件名不能超过 200 个字').nullish().transform((v) => v || null).describe('文件名'),
  contentBase64: z.string().nullish().transform((v) => v || null).describe('文件内容'),
});

export const interviewQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: kind.optional(),
  status: z.enum(['planned', 'held', 'closed', 'cancelled']).optional(),
  /** mine: where I am the interviewee; organizing: my organizer's work list; all: everything I may see. */
  view: z.enum(['mine', 'organizing', 'leading', 'all']).default('all'),
  planId: idQuery().optional(),
  departmentId: idQuery().optional(),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional().describe('约谈对象或主谈人姓名、约谈事由（包含即可）'),
});

export const leadQuery = z.object({ personId: idQuery('请选择约谈对象'), kind });

export const inquiryCreate = z.object({
  planId: optId('约谈计划'),
  targetPersonId: id('被函询人'),
  matter: text('反映的问题', 5, 3000),
  questions: text('需说明的问题', 5, 5000),
  source: optText(100).describe('来源'),
});

export const inquiryAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('send'), on: isoDate.describe('发函日期') }),
  z.object({ action: z.literal('reply'), on: isoDate.describe('答复日期'), reply: text('答复内容', 10, 20000) }),
  z.object({
    action: z.literal('assess'),
    on: isoDate.describe('评估日期'),
    assessment: z.enum(['accepted', 'further_check', 'interview', 'handling'], '评估结论不正确').describe('评估结论'),
    note: text('评估意见', 5, 3000),
  }),
], { error: '办理事项不正确' });

export const statisticsCreate = z.object({
  departmentId: id('部门'),
  year,
  quarter: z.number().int().min(1, '季度应为 1—4').max(4, '季度应为 1—4').describe('季度'),
  figures: z.record(z.string(), z.number().int('人次应为整数').min(0, '人次不能为负数').max(10000, '人次不正确')).describe('约谈人次'),
  note: optText(2000).describe('说明'),
});

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const targetFactCreate = z.object({
  personId: id('人员'),
  source: z.string().min(1, '请选择情形').describe('情形'),
  on: isoDate.describe('日期'),
  detail: text('具体情况', 5, 1000),
});
