import { z } from 'zod';
import { optText, text } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField, idQuery, pageQuery } from '../../../core/http/ids';

export const ORG_KINDS = ['association', 'foundation', 'private_nonprofit', 'enterprise', 'academic_journal', 'international_academic'] as const;
export const INVESTMENT = ['none', 'wholly', 'controlling', 'minority'] as const;
export const SIDELINE_FILE_KINDS = ['end_statement', 'report_evidence'] as const;


export const orgCreate = z.object({
  name: text('单位名称', 2, 100),
  kind: z.enum(ORG_KINDS, '单位类型取值不正确').describe('单位类型'),
  uscc: z.string().trim().toUpperCase().nullish().transform((v) => v || null).describe('统一社会信用代码'),
  registeredWith: optText(100).describe('登记管理机关'),
  relatedField: z.boolean().describe('与学院或本人领域相关'),
  collegeInvestment: z.enum(INVESTMENT, '学院出资情况取值不正确').default('none').describe('学院出资情况'),
  coFounded: z.boolean().default(false).describe('学院参与合作举办'),
  foreignBackground: z.boolean().default(false).describe('有国（境）外背景'),
  hostileBackground: z.boolean().default(false).describe('有敌视、分化我国背景'),
  remunerationOffered: z.boolean().default(false).describe('兼职单位提供报酬'),
  note: optText(500).describe('备注'),
});

export const orgOut = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.string(),
  uscc: z.string().nullable(),
  registeredWith: z.string().nullable(),
  relatedField: z.boolean(),
  collegeInvestment: z.string(),
  coFounded: z.boolean(),
  foreignBackground: z.boolean(),
  hostileBackground: z.boolean(),
  remunerationOffered: z.boolean(),
  note: z.string().nullable(),
});

export const applicationFields = z.object({
  orgId: idField('请选择兼职单位').describe('兼职单位'),
  postTitle: text('拟任职务', 2, 60),
  associationLeadershipPost: z.boolean().default(false).describe('社会团体领导职务'),
  legalRepresentative: z.boolean().default(false).describe('法定代表人'),
  willReceivePay: z.boolean().default(false).describe('领取薪酬'),
  hasTerms: z.boolean().describe('实行任期制'),
  termYears: z.number().int().min(1, '每届任期至少 1 年').max(10, '每届任期不超过 10 年').nullish().transform((v) => v ?? null).describe('每届任期（年）'),
  termNumber: z.number().int().min(1, '届次至少为 1').max(20).default(1).describe('届次（仅为兼容而接受，不采用：届次由系统按本人在同一单位同一职务的任职记录计算，第十四条）'),
  startDate: isoDate.describe('任职开始日期'),
  endDate: isoDate.nullish().transform((v) => v ?? null).describe('任期结束日期'),
  firstHeldSince: isoDate.nullish().transform((v) => v ?? null).describe('首次兼任日期'),
  continuesSidelineId: idField().nullish().transform((v) => v ?? null).describe('续任或重新审批的兼职'),
  reason: text('兼职理由', 5, 1000),
  justification: optText(1000).describe('特殊工作需要的说明'),
  commitment: z.boolean().default(false).describe('书面承诺'),
});

export const fileUpload = z.object({
  kind: z.string().describe('材料类别'),
  fileName: z.string().trim().min(1, '请提供文件名').max(120, '文件名不能超过 120 个字').describe('文件名'),
  contentBase64: z.string().min(1, '文件内容为空').describe('文件内容'),
});

/** An application's or a post's attachment. */
export const fileParams = z.object({ id: idQuery(), fileId: idQuery() });

export const fileOut = z.object({ id: z.number(), kind: z.string(), fileName: z.string(), mimeType: z.string(), size: z.number(), uploadedAt: z.string() });

export const findingOut = z.object({ code: z.string(), severity: z.string(), message: z.string(), article: z.string().nullable() });

export const stepOut = z.object({
  index: z.number(),
  kind: z.string(),
  label: z.string(),
  actorLabel: z.string(),
  outside: z.boolean(),
  /** done | current | waiting | refused | returned */
  state: z.string(),
});

export const decisionOut = z.object({
  stepKind: z.string(),
  stepLabel: z.string(),
  decision: z.string(),
  actorName: z.string(),
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  meetingDate: z.string().nullable(),
  decidedAt: z.string(),
});

const ref = z.object({ id: z.number(), name: z.string() });

export const applicationSummary = z.object({
  id: z.number(),
  applicant: ref,
  departmentName: z.string().nullable(),
  org: ref.extend({ kind: z.string() }),
  postTitle: z.string(),
  status: z.string(),
  currentStepLabel: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const applicationOut = applicationSummary.extend({
  org: orgOut,
  associationLeadershipPost: z.boolean(),
  legalRepresentative: z.boolean(),
  willReceivePay: z.boolean(),
  hasTerms: z.boolean(),
  termYears: z.number().nullable(),
  termNumber: z.number(),
  firstHeldSince: z.string().nullable(),
  continuesSidelineId: z.number().nullable(),
  reason: z.string(),
  justification: z.string().nullable(),
  committed: z.boolean(),
  rank: z.string().nullable(),
  findings: z.array(findingOut),
  steps: z.array(stepOut),
  decisions: z.array(decisionOut),
  files: z.array(fileOut),
  requiredFiles: z.array(z.object({ kind: z.string(), label: z.string(), present: z.boolean() })),
  mayEdit: z.boolean(),
  mayDecide: z.boolean(),
  sidelineId: z.number().nullable(),
});

const currentStepOut = z.object({ index: z.number(), kind: z.string(), label: z.string(), actorLabel: z.string(), outside: z.boolean() });

/** 一页审批: the application, today's checks of its facts with their articles, its history, and the caller's own step. */
export const dossierOut = z.object({
  application: applicationOut,
  checks: z
    .object({
      asOf: z.string().describe('检查日期'),
      findings: z.array(findingOut),
      items: z.array(z.object({ topic: z.string().describe('scope | background | field | posts | foreign | pay | terms'), verdict: z.string().describe('ok 或发现的严重程度'), article: z.string().nullable(), findings: z.array(findingOut) })),
    })
    .nullable()
    .describe('按今天的规定和任职记录重新检查申请事项（已办结的申请为空，以提交时的检查为准）'),
  history: z.array(decisionOut).describe('办理过程：每一环节谁、何时、意见'),
  current: currentStepOut.nullable().describe('当前环节（审批中时）'),
  myStep: currentStepOut
    .omit({ actorLabel: true })
    .extend({
      decisions: z.array(z.enum(['approve', 'refuse', 'return'])),
      meetingDate: z.enum(['required', 'none']),
      reference: z.enum(['required', 'optional', 'none']),
      referenceKind: z.enum(['minutes', 'approval', 'registration']).nullable(),
      reasonRequiredFor: z.array(z.enum(['approve', 'refuse', 'return'])),
    })
    .nullable()
    .describe('由我办理的环节及其可选意见；不由我办理（或回避）时为空'),
});

export const decideBody = z.object({
  decision: z.enum(['approve', 'refuse', 'return'], '审批意见应为同意、不同意或退回修改').describe('审批意见'),
  reason: optText(1000).describe('意见或理由'),
  reference: optText(100).describe('纪要编号或批准文号'),
  meetingDate: isoDate.nullish().transform((v) => v ?? null).describe('党委会议日期'),
});

export const applicationListQuery = z.object({
  scope: z.enum(['mine', 'todo', 'all']).default('mine'),
  status: z.enum(['draft', 'in_review', 'returned', 'refused', 'approved', 'withdrawn']).optional(),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional().describe('申请人姓名、兼职单位或兼任职务（包含即可）'),
  page: pageQuery,
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const sidelineListQuery = z.object({
  scope: z.enum(['mine', 'all']).default('mine'),
  status: z.enum(['active', 'ending_reported', 'ended']).optional(),
  kind: z.enum(ORG_KINDS).optional(),
  departmentId: idQuery().optional(),
  watch: z.enum(['expiring', 'over_limit', 'not_managed']).optional(),
  q: z.string().trim().max(50).optional(),
  page: pageQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const sidelineOut = z.object({
  id: z.number(),
  person: ref,
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  currentPost: z.string().nullable(),
  /** 单位及职务 as forms print it: a leadership post by its title alone (it lives in the 院领导 pseudo-department). */
  postLabel: z.string().nullable(),
  org: ref.extend({ kind: z.string(), uscc: z.string().nullable() }),
  postTitle: z.string(),
  hasTerms: z.boolean(),
  termNumber: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  firstHeldSince: z.string(),
  approvedRank: z.string(),
  registeredAt: z.string(),
  registrationNo: z.string().nullable(),
  status: z.string(),
  endKind: z.string().nullable(),
  endedOn: z.string().nullable(),
  applicationId: z.number().nullable(),
  /** 第十六条/第十五条 verdict now, and the term or ten-year date in view. */
  watch: z.object({ verdict: z.string(), text: z.string().nullable(), limitDate: z.string().nullable(), expiring: z.boolean() }),
  lastReportYear: z.number().nullable(),
});

export const reportBody = z.object({
  year: z.number().int().min(2000).max(2100).describe('报告年度'),
  rolePerformed: text('兼职发挥作用情况', 10, 3000),
  payReceived: z.boolean().describe('是否取酬'),
  expenses: text('职务消费和报销有关工作费用情况', 1, 2000),
  pay: z
    .object({ amount: z.number().positive('金额应大于 0').max(10_000_000).describe('报酬金额'), receivedDate: isoDate.describe('收到日期'), description: text('报酬说明', 2, 200) })
    .nullish()
    .transform((v) => v ?? null),
});

export const payBody = z.object({
  amount: z.number().positive('金额应大于 0').max(10_000_000).describe('报酬金额'),
  receivedDate: isoDate.describe('收到日期'),
  description: text('报酬说明', 2, 200),
  turnedOverDate: isoDate.nullish().transform((v) => v ?? null).describe('上缴日期'),
  receiptNo: optText(60).describe('财资处收据号'),
});

export const turnoverBody = z.object({ turnedOverDate: isoDate.describe('上缴日期'), receiptNo: text('财资处收据号', 2, 60) });

export const endReportBody = z.object({
  kind: z.enum(['resigned', 'not_renewed'], '应为辞去兼职或任期届满不续任').describe('报告类型'),
  endedOn: isoDate.describe('辞去（届满）日期'),
  report: text('书面报告', 10, 3000),
});
