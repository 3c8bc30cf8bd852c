export const RANK_LABELS: Record<string, string> = {
  principal: '院级正职',
  leader: '院领导班子成员',
  middle_chief: '中层正职',
  middle_deputy: '中层副职',
  section: '科级',
  staff: '一般职工',
};
export const DEPARTMENT_KIND_LABELS: Record<string, string> = {
  party: '党群部门',
  admin: '行政部门',
  academic: '二级学院/系部',
  support: '教辅单位',
  enterprise: '校办企业',
};
export const POLITICAL_LABELS: Record<string, string> = {
  cpc_member: '中共党员',
  cpc_probationary: '中共预备党员',
  league_member: '共青团员',
  democratic_party: '民主党派',
  masses: '群众',
};
export const GENDER_LABELS: Record<string, string> = { male: '男', female: '女' };
export const PERSON_STATUS_LABELS: Record<string, string> = { active: '在职', retired: '退休', left: '调离' };
export const FLAG_LABELS: Record<string, string> = {
  head: '一把手',
  key_post: '关键岗位',
  high_risk_post: '廉政风险点较高岗位',
  dual_role: '双肩挑',
  cadre: '处级干部（中层及以上）',
};
export const AREA_LABELS: Record<string, string> = {
  talks: '谈心谈话',
  sidelines: '领导干部兼职',
  tolerance: '容错纠错',
  interviews: '干部约谈',
  incentives: '激励担当作为',
};
export const STATUS_COLORS: Record<string, string> = { overdue: 'red', due_soon: 'orange', open: 'blue', done: 'green', waived: 'default' };
export const options = (m: Record<string, string>) => Object.entries(m).map(([value, label]) => ({ value, label }));

/** Audit actions and entities in words. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'access.denied': '拒绝访问',
  'person.create': '新增人员',
  'person.update': '修改人员信息',
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
};
