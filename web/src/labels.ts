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
export const STATUS_COLORS: Record<string, string> = { overdue: 'red', due_soon: 'orange', open: 'blue', done: 'green', waived: 'default' };
export const options = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

/** Audit actions and entities in words. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.password_change': '修改密码',
  'auth.totp_setup': '设置或更换动态口令',
  'auth.totp_enable': '启用动态口令',
  'account.create': '新建账号',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'account.reset_password': '重置密码',
  'account.reset_request': '申请重置密码或激活账号',
  'account.reset_approve': '批准重置密码或激活账号',
  'account.reset_refuse': '不批准重置密码或激活账号',
  'auth.activate': '使用激活码设置密码',
  'account.roles': '授予角色',
  'audit.verify': '校验审计链',
  'roster.import_preview': '花名册导入预览',
  'roster.import': '导入花名册',
  'roster.import_cancel': '取消花名册导入',
  'roster.lrmx_merge': '合并任免审批表',
  'auth.logout': '退出登录',
  'auth.session_end': '结束登录会话',
  'auth.sessions_end_others': '退出其他设备上的登录',
  'security.fields_resealed': '敏感字段重新加密',
  'access.denied': '拒绝访问',
  'person.create': '新增人员',
  'person.update': '修改人员信息',
  'person.personal_data.view': '查看身份证号、手机号',
  'department.create': '新增部门',
  'department.update': '修改部门',
  'post.create': '新增职位',
  'post.update': '修改职位',
  'tenure.create': '任职',
  'tenure.end': '免职',
  'oversight.create': '设置分管院领导',
  'oversight.end': '结束分管',
  'duty.waive': '免办应办事项',
  'calendar.override.create': '录入日历调整',
  'calendar.override.delete': '删除日历调整',
  'calendar.year.confirm': '确认年度节假日安排',
  'system.seed_demo': '生成演示数据',
  'document.download': '下载文档',
};
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  person: '人员',
  department: '部门',
  post: '职位',
  tenure: '任职',
  oversight: '分管关系',
  duty: '应办事项',
  calendar_override: '日历调整',
  calendar_year: '年度日历',
  route: '接口',
  institution: '学院',
  document: '文档',
};

export const TALK_STATUS_LABELS: Record<string, string> = { scheduled: '计划', held: '已谈', cancelled: '已取消' };
Object.assign(AUDIT_ACTION_LABELS, {
  'talk.record': '登记谈话',
  'talk.schedule': '计划谈话',
  'talk.hold': '登记谈话结果',
  'talk.cancel': '取消谈话',
  'talk.assign': '指定谈话人',
  'talk.read_notes': '查看谈话要点',
  'talk.remind': '发送谈话提醒',
  'talk.occasion': '登记谈话情形',
  'talk.request': '申请谈心谈话',
  'talk.supervise': '记录提醒或批评教育',
  'notification.read': '阅读提醒',
});
Object.assign(AUDIT_ENTITY_LABELS, { talk: '谈话记录', talk_assignment: '指定谈话人', talk_occasion: '谈话情形', talk_reminder: '谈话提醒', notification: '提醒', talk_supervision_note: '督促记录' });

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

Object.assign(AUDIT_ACTION_LABELS, {
  'job.run': '执行系统任务',
  'job.failed': '系统任务失败',
  'notification.preferences': '修改通知设置',
  'notification.channel_test': '发送渠道测试消息',
});
Object.assign(AUDIT_ENTITY_LABELS, { scheduled_job: '系统任务', notification_channel: '通知渠道' });
