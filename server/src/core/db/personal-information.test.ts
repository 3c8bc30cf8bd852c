import { describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { PERSONAL_INFORMATION, personalColumnNames } from './personal-information';

describe('个人信息保护法: personal-information columns are marked', () => {
  it('every listed column exists, with its purpose', () => {
    for (const c of PERSONAL_INFORMATION) {
      expect(getTableColumns(c.table)[c.column], c.column).toBeDefined();
      expect(c.purpose.length).toBeGreaterThanOrEqual(2);
    }
    expect(personalColumnNames().some((n) => n.startsWith('?'))).toBe(false);
  });

  it('the sensitive ones named by the regulations and the issue are all there and marked sensitive', () => {
    const names = personalColumnNames();
    for (const n of ['person.id_number', 'petition.reporter_name', 'petition.reporter_contact', 'talk.key_points', 'interview.record', 'person_dossier.family']) {
      expect(names).toContain(n);
      expect(PERSONAL_INFORMATION[names.indexOf(n)].sensitive).toBe(true);
    }
  });
});
