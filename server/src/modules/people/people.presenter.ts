import type { AuthContext } from '../../auth/context';
import type { PersonRow } from './people.repository';

/** 身份证号 is shown in full only to those who maintain the roster. */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '****';
}

export function presentPerson<P>(p: PersonRow, currentPosts: P[], auth: AuthContext) {
  return {
    id: p.id,
    staffNo: p.staffNo,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    idNumber: auth.permissions.has('roster.write') ? p.idNumber : maskIdNumber(p.idNumber),
    politicalStatus: p.politicalStatus,
    hireDate: p.hireDate,
    phone: p.phone,
    status: p.status,
    currentPosts,
  };
}
