/** Chinese names of request fields, so a validation error names the field the way the form does. */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  name: '名称',
  staffNo: '工号',
  gender: '性别',
  birthDate: '出生日期',
  idNumber: '身份证号',
  politicalStatus: '政治面貌',
  hireDate: '参加工作时间',
  phone: '联系电话',
  status: '状态',
  code: '编码',
  kind: '类别',
  departmentId: '部门',
  personId: '人员',
  postId: '职务',
  leaderPersonId: '分管院领导',
  title: '职务名称',
  rank: '职级',
  startDate: '开始日期',
  endDate: '结束日期',
  appointDocNo: '任免文号',
  appointReason: '任职原因',
  endDocNo: '免职文号',
  endReason: '免职原因',
  reason: '理由',
  key: '事项编号',
  date: '日期',
  note: '说明',
  year: '年份',
  page: '页码',
  pageSize: '每页条数',
  q: '搜索词',
  from: '起始日期',
  to: '截止日期',
  id: '编号',
};

export function labelOf(path: string): string {
  const last = path.split(/[./]/).filter(Boolean).pop() ?? '';
  return FIELD_LABELS[last] ?? last;
}
