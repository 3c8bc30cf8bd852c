import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, dataScope, deriveRoles, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, roleAssignmentProblem } from './roles';

describe('roles derived from posts', () => {
  it.each([
    [[{ rank: 'principal', departmentId: 1 }], ['principal', 'staff']],
    [[{ rank: 'leader', departmentId: 1 }], ['leader', 'staff']],
    [[{ rank: 'middle_deputy', departmentId: 4 }], ['dept_head', 'staff']],
    [[{ rank: 'section', departmentId: 4 }], ['staff']],
    [[], ['staff']],
  ])('%j → %j', (posts, roles) => {
    expect(deriveRoles(posts).sort()).toEqual([...roles].sort());
  });
});

describe('data scope', () => {
  it('org and discipline see the whole college', () => {
    expect(dataScope(['org', 'staff'], 5, [], [])).toEqual({ all: true });
    expect(dataScope(['discipline'], null, [], [])).toEqual({ all: true });
  });
  it('a leader sees the departments they oversee', () => {
    expect(dataScope(['leader', 'staff'], 5, [{ rank: 'leader', departmentId: 1 }], [7, 3])).toEqual({ all: false, departmentIds: [3, 7], personId: 5 });
  });
  it('a department head sees their department', () => {
    expect(dataScope(['dept_head', 'staff'], 9, [{ rank: 'middle_chief', departmentId: 4 }], [])).toEqual({ all: false, departmentIds: [4], personId: 9 });
  });
  it('staff see only themselves', () => {
    expect(dataScope(['staff'], 11, [{ rank: 'staff', departmentId: 4 }], [])).toEqual({ all: false, departmentIds: [], personId: 11 });
  });
  it('the three administrators (三员分立) hold no business-data permission', () => {
    for (const r of ['sysadmin', 'secadmin', 'auditor'] as const) {
      const p = permissionsOf([r]);
      expect(p.has('roster.read')).toBe(false);
      expect(p.has('duty.read')).toBe(false);
    }
    expect(permissionsOf(['auditor']).has('audit.read')).toBe(true);
    expect(permissionsOf(['sysadmin']).has('audit.read')).toBe(false);
  });
});

describe('三员分立 (GB/T 22239-2019 8.1.4.2, 8.1.5): role assignment', () => {
  it.each<[string, string[], boolean, RegExp | null]>([
    ['one administrator role alone', ['auditor'], false, null],
    ['two administrator roles', ['sysadmin', 'auditor'], false, /不同账号/],
    ['all three', ['sysadmin', 'secadmin', 'auditor'], false, /不同账号/],
    ['an administrator with a business role', ['secadmin', 'org'], false, /不能兼任业务角色/],
    ['an administrator tied to a person', ['sysadmin'], true, /不能关联到人员/],
    ['business roles together', ['org', 'discipline'], true, null],
    ['an unknown role', ['superuser'], false, /没有这些角色/],
  ])('%s', (_n, roles, linked, problem) => {
    const got = roleAssignmentProblem(roles, { linkedToPerson: linked });
    if (problem) expect(got).toMatch(problem);
    else expect(got).toBeNull();
  });

  it('no administrator role grants a business permission', () => {
    // System operation (scheduled jobs, whether notices were delivered — without their titles) is the system administrator's.
    const business = PERMISSIONS.filter((p) => !['policy.read', 'calendar.read', 'calendar.write', 'audit.read', 'account.read', 'account.manage', 'role.manage', 'account.approve', 'system.jobs', 'notification.log'].includes(p));
    for (const r of ADMIN_ROLES) expect(ROLE_PERMISSIONS[r].filter((p) => business.includes(p))).toEqual([]);
    expect(ROLE_PERMISSIONS.sysadmin).not.toContain('role.manage');
    expect(ROLE_PERMISSIONS.secadmin).not.toContain('account.manage');
    // Split knowledge: who requests a password reset (the system administrator) never approves it.
    expect(ROLE_PERMISSIONS.sysadmin).not.toContain('account.approve');
    expect(ROLE_PERMISSIONS.auditor).toEqual(expect.arrayContaining(['audit.read']));
    expect(ROLE_PERMISSIONS.sysadmin).not.toContain('audit.read');
  });
});
