import type { AuthContext } from '../../core/auth/context';
import { allows, authorizer, hidden, type AccessPolicy, type Check, type Refusal } from '../../core/http/authorize';

/**
 * Who may do what with a person's or a department's record (object level; the permission a route needs at all is its
 * `config.access`: `roster.read` to read, `roster.write` to keep the roster). Who sees whom is the caller's data scope
 * (`core/auth/roles.ts` `dataScope`, fixed at sign-in): the college-wide roles (组织部、纪委、党政办、院领导正职) see everyone;
 * a department head the people holding a post in their own department, a college leader those in the departments they
 * oversee; and everyone themselves. A person outside it answers as an unknown id. Keeping the roster — a person's
 * entry, their appointments, the departments and posts — and its personal data (身份证号 in full, 干部任免审批表) is the
 * organization department's, as `roster.write`.
 */
export interface PersonRecord {
  id: number;
  /** The departments of the posts the person holds on the day asked about. */
  departmentIds: readonly number[];
}

export interface PeopleRecords {
  /** The person's roster entry, posts and pages built on it (一人一档, the areas' records of them). */
  see: PersonRecord;
  /** 身份证号 in full; anyone else who sees the person sees it masked. */
  seeIdNumber: { id: number };
  /** The person's 应办事项 on their page. */
  seeDuties: { id: number };
  /** 干部任免审批表 (民族、籍贯、学历、简历、家庭成员、照片): read and exported. */
  readDossier: PersonRecord;
  /** Adding people to the roster (one by one or by import). */
  add: null;
  /** Changing a roster entry (retiring included) or merging a 干部任免审批表 into it. */
  edit: { id: number };
  /** Appointing the person to a post or ending their tenure. */
  appoint: { personId: number };
  /** A department with its posts, holders and overseeing leaders: not personal data, every roster reader sees it. */
  seeDepartment: { id: number };
  /** Adding or changing a department, its posts, or who oversees it. */
  editDepartment: { id: number | null };
}

export const PERSON_HIDDEN = hidden('人员', 'PERSON.NOT_FOUND');

const inScope = (auth: AuthContext, p: PersonRecord) => {
  const s = auth.scope;
  return s.all || s.personId === p.id || p.departmentIds.some((d) => s.departmentIds.includes(d));
};
const visible: Check<PersonRecord> = { allow: inScope, refuse: PERSON_HIDDEN };
const keepsRoster = (message: string): Check<unknown> => ({ allow: (auth) => auth.permissions.has('roster.write'), refuse: { status: 403, code: 'AUTH.FORBIDDEN', message } satisfies Refusal });

export const peopleAccess: AccessPolicy<PeopleRecords> = {
  see: [visible],
  seeIdNumber: [keepsRoster('完整身份证号仅党委组织部可见')],
  seeDuties: [{ allow: (auth, p) => auth.permissions.has('duty.dashboard') || auth.personId === p.id, refuse: { status: 403, code: 'AUTH.FORBIDDEN', message: '无权查看该人员的应办事项' } }],
  readDossier: [visible, keepsRoster('干部任免审批表由党委组织部管理')],
  add: [keepsRoster('人员由党委组织部登记')],
  edit: [keepsRoster('人员信息由党委组织部维护')],
  appoint: [keepsRoster('任职、免职由党委组织部办理')],
  seeDepartment: [],
  editDepartment: [keepsRoster('部门、职位和分管关系由党委组织部维护')],
};

/** Refuses (404 for a person the caller may not see, 403 for what they may not do) unless the caller may. */
export const authorizePerson = authorizer(peopleAccess);
export const mayPerson = <A extends keyof PeopleRecords>(auth: AuthContext, action: A, record: PeopleRecords[A]) => allows(peopleAccess, auth, action, record);
