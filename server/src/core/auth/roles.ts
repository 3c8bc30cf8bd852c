/** Roles assigned to accounts (三员分立 included) and roles derived from the posts a person holds. Pure. */
export const ASSIGNED_ROLES = ['org', 'discipline', 'office', 'finance', 'foreign_affairs', 'publicity', 'sysadmin', 'secadmin', 'auditor'] as const;
export const DERIVED_ROLES = ['principal', 'leader', 'dept_head', 'staff'] as const;
export type AssignedRole = (typeof ASSIGNED_ROLES)[number];
export type DerivedRole = (typeof DERIVED_ROLES)[number];
export type Role = AssignedRole | DerivedRole;

export const ROLE_LABELS: Record<Role, string> = {
  org: '党委组织部',
  discipline: '纪委（纪检监察室）',
  office: '党政办',
  finance: '财资处',
  foreign_affairs: '外事部门',
  publicity: '宣传部',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  principal: '党委书记、院长',
  leader: '院领导',
  dept_head: '部门负责人',
  staff: '干部职工',
};

export const PERMISSIONS = [
  'roster.read',
  'roster.write',
  'duty.read',
  'duty.dashboard',
  'duty.waive',
  'policy.read',
  'calendar.read',
  'calendar.write',
  'audit.read',
  'account.read',
  'account.manage',
  'role.manage',
  'account.approve',
  'talk.read',
  'talk.record',
  'talk.assign',
  'talk.supervise',
  'sideline.apply',
  'sideline.review',
  'sideline.ledger',
  'sideline.manage',
  'sideline.pay_confirm',
  'tolerance.apply',
  'tolerance.read',
  'tolerance.handle',
  'petition.manage',
  'interview.read',
  'interview.organize',
  'interview.manage',
  'interview.approve',
  'appraisal.manage',
  'training.manage',
  'care.manage',
  'reserve.manage',
  'inaction.manage',
  'notification.log',
  'system.jobs',
  'golive.import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each permission allows, in the words the audit administrator reads (审计日志: 所需权限). */
export const PERMISSION_LABELS: Record<Permission, string> = {
  'roster.read': '查看花名册', 'roster.write': '维护花名册', 'duty.read': '查看应办事项', 'duty.dashboard': '查看全校应办事项', 'duty.waive': '免除应办事项',
  'policy.read': '查看制度', 'calendar.read': '查看工作日历', 'calendar.write': '维护工作日历', 'audit.read': '查看审计日志', 'account.read': '查看账号',
  'account.manage': '管理账号', 'role.manage': '分配角色', 'account.approve': '审核账号', 'talk.read': '查看谈心谈话', 'talk.record': '登记谈心谈话',
  'talk.assign': '指定谈话人', 'talk.supervise': '督促谈心谈话', 'sideline.apply': '申请兼职', 'sideline.review': '审批兼职', 'sideline.ledger': '查看兼职台账',
  'sideline.manage': '管理兼职', 'sideline.pay_confirm': '确认兼职取酬', 'tolerance.apply': '申请容错', 'tolerance.read': '查看容错纠错', 'tolerance.handle': '办理容错纠错',
  'petition.manage': '办理信访举报', 'interview.read': '查看干部约谈', 'interview.organize': '组织约谈', 'interview.manage': '管理干部约谈', 'interview.approve': '批准约谈',
  'appraisal.manage': '管理年度考核', 'training.manage': '管理教育培训', 'care.manage': '管理关心关爱', 'reserve.manage': '管理后备干部', 'inaction.manage': '管理不作为问责',
  'notification.log': '查看通知发送', 'system.jobs': '管理定时任务', 'golive.import': '上线导入历史台账',
};
/** What a route may declare besides a permission: open to anyone, or to anyone signed in. */
export type RouteAccess = Permission | 'public' | 'authenticated';

const READER: Permission[] = ['roster.read', 'duty.read', 'policy.read', 'calendar.read', 'talk.read', 'talk.record', 'sideline.apply', 'tolerance.apply', 'interview.read'];

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  org: [...READER, 'roster.write', 'duty.dashboard', 'duty.waive', 'talk.assign', 'talk.supervise', 'sideline.review', 'sideline.ledger', 'sideline.manage', 'tolerance.read', 'tolerance.handle', 'interview.organize', 'appraisal.manage', 'training.manage', 'care.manage', 'reserve.manage', 'inaction.manage', 'notification.log', 'golive.import'],
  discipline: [...READER, 'duty.dashboard', 'sideline.ledger', 'tolerance.read', 'tolerance.handle', 'petition.manage', 'interview.organize', 'interview.manage'],
  office: [...READER, 'interview.organize'],
  finance: [...READER, 'sideline.pay_confirm'],
  foreign_affairs: [...READER, 'sideline.review'],
  publicity: READER,
  // 三员分立: the administrators see no business data.
  sysadmin: ['policy.read', 'calendar.read', 'calendar.write', 'account.read', 'account.manage', 'system.jobs', 'notification.log'],
  secadmin: ['policy.read', 'calendar.read', 'account.read', 'role.manage', 'account.approve'],
  auditor: ['audit.read', 'policy.read', 'calendar.read'],
  principal: [...READER, 'duty.dashboard', 'sideline.review', 'sideline.ledger', 'tolerance.read', 'interview.approve'],
  leader: [...READER, 'duty.dashboard', 'sideline.review'],
  dept_head: [...READER, 'duty.dashboard', 'interview.organize'],
  staff: READER,
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r] ?? []));
}

/** A current post of the signed-in person, as role derivation needs it. */
export interface HeldPost {
  rank: string;
  departmentId: number;
  title?: string;
}

/** 党委书记: the principal-rank post titled as the Party secretary. */
export const isPartySecretary = (posts: readonly HeldPost[]) => posts.some((p) => p.rank === 'principal' && !!p.title?.startsWith('党委书记'));

export function deriveRoles(posts: readonly HeldPost[]): DerivedRole[] {
  const roles = new Set<DerivedRole>();
  for (const p of posts) {
    if (p.rank === 'principal') roles.add('principal');
    else if (p.rank === 'leader') roles.add('leader');
    else if (p.rank === 'middle_chief' || p.rank === 'middle_deputy') roles.add('dept_head');
  }
  roles.add('staff');
  return [...roles];
}

/** Which records a user may see: the whole college, or some departments plus their own. */
export type DataScope = { all: true } | { all: false; departmentIds: number[]; personId: number | null };

const COLLEGE_WIDE: Role[] = ['org', 'discipline', 'office', 'principal'];

export function dataScope(roles: readonly Role[], personId: number | null, posts: readonly HeldPost[], overseenDepartmentIds: readonly number[]): DataScope {
  if (roles.some((r) => COLLEGE_WIDE.includes(r))) return { all: true };
  const depts = new Set<number>();
  if (roles.includes('leader')) overseenDepartmentIds.forEach((d) => depts.add(d));
  if (roles.includes('dept_head')) posts.filter((p) => p.rank === 'middle_chief' || p.rank === 'middle_deputy').forEach((p) => depts.add(p.departmentId));
  return { all: false, departmentIds: [...depts].sort((a, b) => a - b), personId };
}

/** 三员分立 (GB/T 22239-2019 8.1.4.2, 8.1.5): the system, security and audit administrators. */
export const ADMIN_ROLES: readonly AssignedRole[] = ['sysadmin', 'secadmin', 'auditor'];

/**
 * Why a set of roles may not be given to an account, or null. An account holds at most one administrator role, and an
 * administrator holds no business role and is tied to no person (whose posts would give business roles), so no
 * administrator reads business records by virtue of being one. Pure.
 */
export function roleAssignmentProblem(roles: readonly string[], ctx: { linkedToPerson: boolean }): string | null {
  const unknown = roles.filter((r) => !(ASSIGNED_ROLES as readonly string[]).includes(r));
  if (unknown.length) return `没有这些角色：${unknown.join('、')}`;
  const admin = roles.filter((r) => ADMIN_ROLES.includes(r as AssignedRole));
  if (admin.length > 1) return `系统管理员、安全管理员、审计管理员须由不同账号担任（三员分立），不能同时授予：${admin.map((r) => ROLE_LABELS[r as Role]).join('、')}`;
  if (admin.length && roles.length > 1) return `${ROLE_LABELS[admin[0] as Role]}不能兼任业务角色（三员分立，管理员不接触业务数据）`;
  if (admin.length && ctx.linkedToPerson) return `${ROLE_LABELS[admin[0] as Role]}账号不能关联到人员（否则会因其职务获得业务权限），请使用单独的管理员账号`;
  return null;
}
