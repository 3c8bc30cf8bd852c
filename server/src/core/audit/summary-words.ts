import { VALUE_LABELS } from '../policy/vocabulary';
import { isErrorCode, meaningOf } from '../shared/error-codes';
import { PERMISSION_LABELS, ROLE_LABELS } from '../auth/roles';

const WORDS: Record<string, string> = { ...VALUE_LABELS, ...ROLE_LABELS, ...PERMISSION_LABELS };

/** The Chinese word for each field the audit summaries carry; a field not listed keeps its name (visible, not lost). */
const FIELD_WORDS: Record<string, string> = {
  status: '状态', reason: '理由', reasons: '理由', kind: '种类', fileName: '文件名', personId: '人员编号', id: '编号', year: '年度', on: '日期',
  name: '名称', talkDate: '谈话日期', resetId: '重置申请编号', code: '代码', username: '用户名', startDate: '开始日期', endDate: '结束日期',
  size: '大小（字节）', roles: '角色', required: '所需权限', receivedOn: '收到日期', localPasswordSignIn: '本地密码登录', label: '名称', grounds: '容错情形',
  facts: '事实', via: '方式', stage: '阶段', skipped: '跳过', sidelineId: '兼职编号', relation: '关系', protocol: '协议', persons: '人员', note: '说明',
  message: '说明', file: '文件', disabled: '停用', counts: '数量', count: '数量', warnings: '提示', termNumber: '届次', staffNo: '工号', situation: '情形',
  signal: '信号', reportedPersonId: '被反映人编号', replyDue: '答复期限', reference: '文号', receiptNo: '收件编号', quietStart: '免打扰开始', quietEnd: '免打扰结束',
  postTitle: '职务', personStatus: '人员状态', perYear: '每年次数', overQuota: '超出职数', orgId: '兼职单位编号', onlyGood: '仅导入无误的行', meetingDate: '会议日期',
  material: '材料', held: '已谈', handlingStatus: '办理状态', form: '方式', endedOn: '结束日期', endKind: '结束方式', digestTime: '摘要发送时间', day: '日期',
  channel: '渠道', caseId: '案件编号', attempt: '次数', assessment: '评价', anonymous: '匿名', amountYuan: '金额（元）', amount: '金额', action: '操作',
  accounts: '账号', wrote: '写入', version: '版本', verdict: '结论', usernames: '用户名', today: '当日', title: '职务', tenures: '任职', talks: '谈话',
  talkerIds: '谈话人编号', talkOccasionId: '谈话情形编号', subjectIds: '谈话对象编号', steps: '环节', step: '环节', site: '来源', since: '起始日期',
  sent: '已发送', result: '结果', requirement: '要求', registeredOn: '登记日期', registeredBy: '登记人', record: '记录', recipient: '接收人', rank: '职级',
  query: '查询条件', post: '职务', person: '人员', outcome: '结果', origin: '来源', organizer: '组织实施', occasionId: '谈话情形编号', matter: '事由',
  leader: '领导', interviewId: '约谈编号', imported: '已导入', idNumber: '身份证号', format: '格式', filters: '筛选条件', fields: '字段', error: '错误',
  ended: '已结束', due: '期限', department: '部门', departments: '部门', cycleId: '考核编号', changed: '变更', body: '内容', basis: '依据', article: '条款',
  displayName: '姓名', firstSignIn: '首次登录', merged: '合并', ok: '校验通过', checked: '已校验', firstBroken: '首个异常事件', anchorProblems: '锚点问题',
  subjectKind: '问责对象类型', subjectPersonId: '被问责人编号', subjectDepartmentId: '被问责单位编号', accountableDepartmentId: '问责部门编号', startedOn: '启动日期',
  keyPoints: '内容要点', place: '地点', talkTime: '谈话时间', departmentId: '部门编号', postId: '职务编号', appointReason: '任职原因', isHead: '主要负责人',
  grade: '等次', total: '合计', rows: '行数', replaced: '更换', replacing: '更换', job: '任务', reserve: '后备干部', interviews: '约谈', sidelines: '兼职',
  tolerance: '容错纠错', appraisals: '考核', commendations: '表彰', inaction: '不作为问责', trainingAndCare: '培训和关爱', instance: '实例', areas: '领域',
  sha256: '文件校验值', template: '导入模板', written: '写入', removed: '删除', restored: '恢复', committedOn: '导入日期',
  dossiers: '档案', runAt: '运行时间', retryAt: '重试时间', unchanged: '未变', ownerBasis: '责任依据',
  restGrade: '其余人员等次', talkOccasionIds: '谈话情形编号', changes: '变更明细', created: '新增', updated: '更新',
  keys: '应办事项', refused: '未办理', talkAssignmentId: '指定谈话人编号', talkIds: '谈话记录编号',
};

const PARTS: Record<string, string> = { before: '变更前', after: '变更后', detail: '详情' };

/** A value in words: enumerations by their Chinese label, error codes by their meaning, yes/no, lists joined. */
function valueWords(v: unknown, depth: number): string {
  if (v === null || v === undefined) return '无';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string') return isErrorCode(v) ? meaningOf(v) : (WORDS[v] ?? v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueWords(x, depth + 1)).join('、') : '无';
  if (typeof v === 'object') return depth > 2 ? '…' : `（${fieldsWords(v as Record<string, unknown>, depth + 1)}）`;
  return String(v);
}

function fieldsWords(o: Record<string, unknown>, depth: number): string {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${FIELD_WORDS[k] ?? k}：${valueWords(v, depth)}`)
    .join('；');
}

/**
 * An audit event's summary (`{ before, after, detail }` as the writer stores it) in Chinese words for the audit
 * administrator: "变更后：谈话日期：2026-06-12；…". Sealed and personal values were never written to the summary.
 */
export function summaryWords(summary: unknown): string {
  if (summary === null || summary === undefined) return '';
  if (typeof summary !== 'object' || Array.isArray(summary)) return valueWords(summary, 0);
  return Object.entries(summary as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([part, v]) => `${PARTS[part] ?? FIELD_WORDS[part] ?? part}：${typeof v === 'object' && v !== null && !Array.isArray(v) ? fieldsWords(v as Record<string, unknown>, 1) : valueWords(v, 1)}`)
    .join('。');
}
