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
