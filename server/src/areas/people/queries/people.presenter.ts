import type { AuthContext } from '../../../core/auth/context';
import type { PersonRow } from './people.repository';
import { person } from '../../../core/db/schema';
import { isUnreadable, show } from '../../../core/db/sealed';
import { mayPerson } from '../access';

/** 身份证号 is shown in full only to those who keep the roster (access.ts `seeIdNumber`). */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : '****';
}

/** 手机号 on a page: the first three and last four digits. */
export function maskPhone(phone: string | null): string | null {
  return phone === null ? null : phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/**
 * Who may see a person's ID and mobile numbers in full, on a click that is audited: whoever maintains the roster (as
 * for the full ID number before), and the person themself.
 */
export const mayRevealPersonalData = (auth: AuthContext, personId: number) => auth.permissions.has('roster.write') || auth.personId === personId;

/** The ID number as stored for this person, or the unreadable placeholder. */
export const idNumberOf = (p: Pick<PersonRow, 'id' | 'idNumber'>) => show(person.idNumber, p.id, p.idNumber);

/**
 * A person as lists and pages show them. `masked` (the person page): the ID and mobile numbers masked for everyone,
 * revealed one at a time through the audited POST /api/persons/:id/personal-field. Without it (lists, clients of the
 * API) the mobile number is in full only for whoever may reveal it (the roster's keepers, the person themself).
 */
export function presentPerson<P>(p: PersonRow, currentPosts: P[], auth: AuthContext, opts: { masked?: boolean } = {}) {
  const idNumber = idNumberOf(p);
  const full = !opts.masked && mayPerson(auth, 'seeIdNumber', p);
  return {
    id: p.id,
    staffNo: p.staffNo,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    idNumber: full || isUnreadable(idNumber) ? idNumber : maskIdNumber(idNumber),
    politicalStatus: p.politicalStatus,
    hireDate: p.hireDate,
    phone: !opts.masked && mayRevealPersonalData(auth, p.id) ? p.phone : maskPhone(p.phone),
    status: p.status,
    currentPosts,
  };
}
