import type { AuthContext } from '../../../core/auth/context';
import type { PersonRow } from './people.repository';
import { person } from '../../../core/db/schema';
import { isUnreadable, show } from '../../../core/db/sealed';
import { mayPerson } from '../access';

/** 身份证号 is shown in full only to those who keep the roster (access.ts `seeIdNumber`). */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '****';
}

/** The ID number as stored for this person, or the unreadable placeholder. */
export const idNumberOf = (p: Pick<PersonRow, 'id' | 'idNumber'>) => show(person.idNumber, p.id, p.idNumber);

export function presentPerson<P>(p: PersonRow, currentPosts: P[], auth: AuthContext) {
  const idNumber = idNumberOf(p);
  return {
    id: p.id,
    staffNo: p.staffNo,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    idNumber: mayPerson(auth, 'seeIdNumber', p) || isUnreadable(idNumber) ? idNumber : maskIdNumber(idNumber),
    politicalStatus: p.politicalStatus,
    hireDate: p.hireDate,
    phone: p.phone,
    status: p.status,
    currentPosts,
  };
}
