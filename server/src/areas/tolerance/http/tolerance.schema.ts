import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';


export const caseCreate = z.object({
  subjectKind: z.enum(['person', 'department'], '问责对象类型应为个人或单位').describe('问责对象类型'),
  subjectPersonId: idField().nullish().transform((v) => v ?? null).describe('被问责人'),
  subjectDepartmentId: idField().nullish().transform((v) => v ?? null).describe('被问责单位'),
  accountableDepartmentId: idField('请选择问责部门').describe('问责部门'),
  matter: text('问责事由', 5, 1000),
  startedOn: isoDate.describe('启动问责程序日期'),
});

export const caseAdvance = z.object({
  action: z.enum(['investigate', 'carry_out', 'close'], '办理事项不正确').describe('办理事项'),
  on: isoDate.describe('日期'),
  handling: optText(1000).describe('处理意见'),
});

export const caseListQuery = z.object({
  stage: z.enum(['started', 'investigating', 'decided', 'closed']).optional(),
  q: z.string().trim().max(50).optional(),
});

export const caseOut = z.object({
  id: z.number(),
  subjectKind: z.string(),
  subjectPersonId: z.number().nullable(),
  subjectName: z.string(),
  subjectDepartmentId: z.number().nullable(),
  subjectDepartmentName: z.string().nullable(),
  accountableDepartmentId: z.number(),
  accountableDepartmentName: z.string(),
  matter: z.string(),
  startedOn: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  investigatingSince: z.string().nullable(),
  handling: z.string().nullable(),
  carriedOutOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  reviewId: z.number().nullable(),
  reviewStatus: z.string().nullable(),
  outcome: z.string().nullable(),
});

export const reviewCreate = z.object({
  caseId: idField('请选择问责案件').describe('问责案件'),
  grounds: z.array(z.string()).describe('容错情形'),
  facts: text('事实和理由', 20, 5000),
  noPrivateGainPledge: z.boolean().default(false).describe('未谋取私利的声明'),
});

export const paperApplicationBody = reviewCreate.extend({
  receivedOn: isoDate.describe('收到书面申请日期'),
  fileName: z.string().trim().min(1, '请提供书面申请扫描件').max(120, '文件名不能超过 120 个字').describe('书面申请扫描件文件名'),
  contentBase64: z.string().min(1, '请提供书面申请扫描件').describe('书面申请扫描件'),
});

const on = isoDate.describe('日期');
export const reviewAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), on }),
  z.object({ action: z.literal('refuse'), on, reason: text('不予受理的理由', 5, 1000) }),
  z.object({ action: z.literal('team'), on, teamPersonIds: z.array(idField()).describe('调查组成员'), experts: optText(300).describe('参加调查的专家') }),
  z.object({ action: z.literal('hearing'), on, summary: text('本人陈述和申辩要点', 5, 3000) }),
  z.object({
    action: z.literal('report'),
    on,
    report: text('调查报告', 20, 10000),
    privateGainFound: z.boolean().describe('是否谋取私利'),
    grounds: z.array(z.string()).default([]).describe('查明符合的容错情形（随问责启动的调查）'),
    factors: z
      .object({ background: optText(1000), motive: optText(1000), policyBasis: optText(1000), severity: optText(1000), consequences: optText(1000), record: optText(1000) })
      .partial()
      .default({}),
  }),
  z.object({ action: z.literal('propose'), on, outcome: z.enum(['exempt', 'mitigate', 'deny', 'defer'], '认定意见不正确'), proposal: text('认定意见及理由', 5, 3000) }),
  z.object({
    action: z.literal('decide'),
    on: isoDate.describe('党委会议日期'),
    meetingRef: optText(100).describe('会议纪要编号'),
    outcome: z.enum(['exempt', 'mitigate', 'deny', 'defer'], '认定结论不正确'),
    explanation: optText(3000).describe('解释答复'),
    mitigationNote: optText(1000).describe('减责意见'),
    impactUntil: isoDate.nullish().transform((v) => v ?? null).describe('影响期至'),
    deferUntil: isoDate.nullish().transform((v) => v ?? null).describe('暂缓至'),
  }),
  z.object({ action: z.literal('feedback'), on, method: text('反馈方式', 2, 200) }),
  z.object({ action: z.literal('publish'), on, scope: text('公开范围', 2, 200), method: text('公开方式', 2, 200) }),
  z.object({ action: z.literal('file_record'), on }),
  z.object({ action: z.literal('close'), on }),
], { error: '办理事项不正确' });

export const scheduledStepOut = z.object({
  step: z.string(),
  label: z.string(),
  from: z.string(),
  due: z.string(),
  provisional: z.boolean(),
  period: z.string(),
  doneOn: z.string().nullable(),
  citation: z.string().nullable(),
  isDefault: z.boolean(),
  state: z.enum(['done', 'late_done', 'open', 'overdue']),
});

export const stepOut = z.object({ id: z.number(), action: z.string(), label: z.string(), on: z.string(), actorName: z.string(), summary: z.string().nullable(), article: z.string().nullable() });

export const reviewSummary = z.object({
  id: z.number(),
  caseId: z.number(),
  origin: z.string(),
  subjectName: z.string(),
  matter: z.string(),
  filedOn: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  outcome: z.string().nullable(),
  nextDue: z.string().nullable(),
  nextLabel: z.string().nullable(),
});

export const reviewOut = z.object({
  id: z.number(),
  case: caseOut,
  origin: z.string(),
  strategy: z.string(),
  strategyLabel: z.string(),
  applicantPersonId: z.number().nullable(),
  applicantName: z.string().nullable(),
  grounds: z.array(z.object({ key: z.string(), label: z.string() })),
  groundsCitation: z.string().nullable(),
  facts: z.string().nullable(),
  noPrivateGainPledge: z.boolean(),
  filedOn: z.string(),
  paperRegistration: z.object({ receivedOn: z.string(), registeredOn: z.string(), registrarName: z.string() }).nullable(),
  status: z.string(),
  statusLabel: z.string(),
  refusalReason: z.string().nullable(),
  refusalArticle: z.string().nullable(),
  team: z.array(z.object({ personId: z.number(), name: z.string(), role: z.string() })),
  experts: z.string().nullable(),
  hearingOn: z.string().nullable(),
  hearingSummary: z.string().nullable(),
  reportOn: z.string().nullable(),
  report: z.string().nullable(),
  factors: z.record(z.string(), z.string()),
  privateGainFound: z.boolean().nullable(),
  proposedOutcome: z.string().nullable(),
  proposal: z.string().nullable(),
  outcome: z.string().nullable(),
  decidedOn: z.string().nullable(),
  meetingRef: z.string().nullable(),
  explanation: z.string().nullable(),
  mitigationNote: z.string().nullable(),
  impactUntil: z.string().nullable(),
  deferUntil: z.string().nullable(),
  protections: z.array(z.object({ key: z.string(), label: z.string() })),
  protectionCitation: z.string().nullable(),
  feedbackOn: z.string().nullable(),
  feedbackMethod: z.string().nullable(),
  publishedOn: z.string().nullable(),
  publicationScope: z.string().nullable(),
  publicationMethod: z.string().nullable(),
  recordFiledOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  schedule: z.array(scheduledStepOut),
  steps: z.array(stepOut),
  files: z.array(z.object({ id: z.number(), kind: z.string(), fileName: z.string(), mimeType: z.string().describe('文件类型（PDF、图片可在页面中预览）'), size: z.number(), uploadedAt: z.string() })),
  /** What the viewer may do now. */
  mayHandle: z.boolean(),
  mayUpload: z.boolean(),
  nextActions: z.array(z.string()),
  hasFilingStep: z.boolean(),
  maxDeferralMonths: z.number(),
});

export const rulesOut = z.object({
  strategy: z.string(),
  strategyLabel: z.string(),
  strategyCitation: z.string().nullable(),
  grounds: z.array(z.object({ key: z.string(), label: z.string() })),
  groundsCitation: z.string().nullable(),
  windowWorkingDays: z.number().nullable(),
  protections: z.array(z.object({ key: z.string(), label: z.string() })),
  protectionsCitation: z.string().nullable(),
  privateGainCitation: z.string().nullable(),
  maxDeferralMonths: z.number(),
  hasFilingStep: z.boolean(),
  correctionMeasures: z.array(z.object({ key: z.string(), label: z.string() })),
  correctionCitation: z.string().nullable(),
  clearanceScopes: z.array(z.object({ key: z.string(), label: z.string() })),
  clearanceCitation: z.string().nullable(),
  dispositions: z.array(z.object({ key: z.string(), label: z.string() })),
  dispositionsCitation: z.string().nullable(),
});

export const protectionOut = z.object({
  exemptions: z.array(z.object({ reviewId: z.number(), caseId: z.number(), matter: z.string(), decidedOn: z.string(), protections: z.array(z.object({ key: z.string(), label: z.string() })), citation: z.string().nullable() })),
  impactPeriods: z.array(z.object({ reviewId: z.number(), caseId: z.number(), matter: z.string(), decidedOn: z.string(), impactUntil: z.string() })),
});
