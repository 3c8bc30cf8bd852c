import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../core/auth/context';
import { dataScope, deriveRoles, permissionsOf, type HeldPost, type Role } from '../../core/auth/roles';
import { verdict } from '../../core/http/authorize';
import { peopleAccess, type PeopleRecords } from './access';

// Person 5 holds a post in department 10; person 6 in department 20. Person 1 heads department 10, person 2 is a
// college leader overseeing department 20, person 3 is a staff member of department 10.
const DEPT_A = 10, DEPT_B = 20;
const inA = { id: 5, departmentIds: [DEPT_A] };
const inB = { id: 6, departmentIds: [DEPT_B] };

/** A caller as sign-in builds them: roles from the posts held (plus those assigned), permissions and scope from those. */
const who = (personId: number | null, assigned: Role[], posts: HeldPost[] = [], overseen: number[] = []): AuthContext => {
  const roles = [...new Set<Role>([...assigned, ...(personId ? deriveRoles(posts) : [])])];
  return { personId, roles, posts, permissions: permissionsOf(roles), scope: dataScope(roles, personId, posts, overseen) } as unknown as AuthContext;
};
const callers = {
  'organization department': who(90, ['org']),
  'discipline inspection': who(91, ['discipline']),
  'head of department A': who(1, [], [{ rank: 'middle_chief', departmentId: DEPT_A }]),
  'leader overseeing department B': who(2, [], [{ rank: 'leader', departmentId: 99 }], [DEPT_B]),
  'staff member of department A': who(3, [], [{ rank: 'staff', departmentId: DEPT_A }]),
  'person 5 themselves': who(5, [], [{ rank: 'staff', departmentId: DEPT_A }]),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 403 | 404;

function outcome<A extends keyof PeopleRecords>(caller: Caller, action: A, record: PeopleRecords[A]): Outcome {
  const r = verdict(peopleAccess, callers[caller], action, record);
  return r === null ? 'allowed' : r.status;
}

describe('people access policy: the data scope decides whom one sees; the organization department keeps the roster and its personal data', () => {
  // action × caller → outcome, for person 5 (department A) and person 6 (department B).
  const table: [Caller, { seeA: Outcome; seeB: Outcome; idNumber: Outcome; duties: Outcome; dossier: Outcome; edit: Outcome; appoint: Outcome; department: Outcome; editDepartment: Outcome }][] = [
    ['organization department', { seeA: 'allowed', seeB: 'allowed', idNumber: 'allowed', duties: 'allowed', dossier: 'allowed', edit: 'allowed', appoint: 'allowed', department: 'allowed', editDepartment: 'allowed' }],
    // College-wide readers see everyone, but the full ID number and the appointment form are the roster keepers'.
    ['discipline inspection', { seeA: 'allowed', seeB: 'allowed', idNumber: 403, duties: 'allowed', dossier: 403, edit: 403, appoint: 403, department: 'allowed', editDepartment: 403 }],
    // A department head sees their own department only; someone outside it answers as an unknown id.
    ['head of department A', { seeA: 'allowed', seeB: 404, idNumber: 403, duties: 'allowed', dossier: 403, edit: 403, appoint: 403, department: 'allowed', editDepartment: 403 }],
    ['leader overseeing department B', { seeA: 404, seeB: 'allowed', idNumber: 403, duties: 'allowed', dossier: 404, edit: 403, appoint: 403, department: 'allowed', editDepartment: 403 }],
    // A staff member sees only themselves, not their colleagues.
    ['staff member of department A', { seeA: 404, seeB: 404, idNumber: 403, duties: 403, dossier: 404, edit: 403, appoint: 403, department: 'allowed', editDepartment: 403 }],
    ['person 5 themselves', { seeA: 'allowed', seeB: 404, idNumber: 403, duties: 'allowed', dossier: 403, edit: 403, appoint: 403, department: 'allowed', editDepartment: 403 }],
  ];
  for (const [caller, expected] of table)
    it(caller, () => {
      expect({
        seeA: outcome(caller, 'see', inA),
        seeB: outcome(caller, 'see', inB),
        idNumber: outcome(caller, 'seeIdNumber', inA),
        duties: outcome(caller, 'seeDuties', inA),
        dossier: outcome(caller, 'readDossier', inA),
        edit: outcome(caller, 'edit', inA),
        appoint: outcome(caller, 'appoint', { personId: inA.id }),
        department: outcome(caller, 'seeDepartment', { id: DEPT_A }),
        editDepartment: outcome(caller, 'editDepartment', { id: DEPT_A }),
      }).toEqual(expected);
    });

  it('a person outside one’s scope is refused exactly as an unknown id is (same code, status and message)', () => {
    expect(verdict(peopleAccess, callers['head of department A'], 'see', inB)).toEqual({ status: 404, code: 'PERSON.NOT_FOUND', message: '人员不存在或无权查看' });
  });

  it('a person who holds no post today is seen only college-wide and by themselves', () => {
    const retired = { id: 3, departmentIds: [] };
    expect(outcome('head of department A', 'see', retired)).toBe(404);
    expect(outcome('staff member of department A', 'see', retired)).toBe('allowed');
    expect(outcome('discipline inspection', 'see', retired)).toBe('allowed');
  });

  it('what the roster keepers alone may do says who does it (党委组织部)', () => {
    expect(verdict(peopleAccess, callers['head of department A'], 'appoint', { personId: 5 })).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN', message: expect.stringContaining('党委组织部') });
  });
});
