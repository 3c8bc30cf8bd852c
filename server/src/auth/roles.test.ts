import { describe, expect, it } from 'vitest';
import { dataScope, deriveRoles, permissionsOf } from './roles';

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
