/**
 * Words of the web's own (states, colours, audit actions, form choices). The Chinese names of the regulations'
 * identifiers — ranks, department kinds, talk kinds, attachments, outcomes — come from the server (vocabulary.ts).
 */
export const GENDER_LABELS: Record<string, string> = { male: '男', female: '女' };
export const PERSON_STATUS_LABELS: Record<string, string> = { active: '在职', retired: '退休', left: '调离' };
export const FLAG_LABELS: Record<string, string> = {
  head: '一把手',
  key_post: '关键岗位',
  high_risk_post: '廉政风险点较高岗位',
  dual_role: '双肩挑',
  cadre: '处级干部（中层及以上）',
};
/** The colour names tags take: antd's presets and statuses (the first screen's LightTag draws these; no other colour). */
export type TagColor = 'default' | 'success' | 'processing' | 'error' | 'warning' | 'red' | 'volcano' | 'orange' | 'gold' | 'yellow' | 'lime' | 'green' | 'cyan' | 'blue' | 'geekblue' | 'purple' | 'magenta' | 'pink';

export const STATUS_COLORS: Record<string, TagColor> = { overdue: 'red', due_soon: 'orange', open: 'blue', done: 'green', waived: 'default' };
export const options = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

export const TALK_STATUS_LABELS: Record<string, string> = { scheduled: '计划', held: '已谈', cancelled: '已取消' };

// 兼职
export const ORG_KIND_LABELS: Record<string, string> = {
  association: '社会团体',
  foundation: '基金会',
  private_nonprofit: '民办非企业单位',
  enterprise: '企业',
  academic_journal: '高水平学术期刊（编委）',
  international_academic: '国际学术组织',
};
export const INVESTMENT_LABELS: Record<string, string> = { none: '学院未出资', wholly: '学院全资', controlling: '学院控股', minority: '学院参股' };
export const APPLICATION_STATUS_LABELS: Record<string, string> = { draft: '草稿', in_review: '审批中', returned: '退回修改', refused: '未同意', approved: '已批准备案', withdrawn: '已撤回' };
export const APPLICATION_STATUS_COLORS: Record<string, string> = { draft: 'default', in_review: 'processing', returned: 'warning', refused: 'error', approved: 'success', withdrawn: 'default' };
export const SIDELINE_STATUS_LABELS: Record<string, string> = { active: '在任', ending_reported: '已报告辞去，待备案', ended: '已办结' };
export const SIDELINE_END_LABELS: Record<string, string> = { resigned: '辞去', not_renewed: '届满不续任', renewed: '已续任', reapproved: '已重新审批' };
export const DECISION_LABELS: Record<string, string> = { submit: '提交申请', approve: '同意', refuse: '不同意', return: '退回修改', withdraw: '撤回' };
export const FINDING_COLORS: Record<string, 'error' | 'warning' | 'info' | 'success'> = { block: 'error', justify: 'warning', extra_step: 'info', notice: 'info' };
export const TOLERANCE_OUTCOME_COLORS: Record<string, string> = { exempt: 'success', mitigate: 'processing', deny: 'error', defer: 'warning' };
export const REVIEW_STATUS_COLORS: Record<string, string> = {
  submitted: 'gold', refused: 'default', investigating: 'processing', reported: 'processing', proposed: 'purple', deferred: 'warning', decided: 'success', closed: 'default',
};
export const CASE_STAGE_COLORS: Record<string, string> = { started: 'gold', investigating: 'processing', decided: 'success', closed: 'default' };

