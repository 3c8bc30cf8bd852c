import type { SsoErrorCode } from './sso-errors';

/**
 * Who may sign in through single sign-on, from the roster: the identity names a 工号; the person must be in the
 * college's roster and still serving (not retired, not left); an account of theirs must not be disabled. Pure.
 */
export function identityRefusal(
  person: { status: string } | undefined,
  existing: { disabled: boolean } | undefined,
): SsoErrorCode | null {
  if (!person) return 'SSO.UNKNOWN_STAFF_NO';
  if (person.status !== 'active') return 'SSO.PERSON_LEFT';
  if (existing?.disabled) return 'SSO.ACCOUNT_DISABLED';
  return null;
}

/** The 工号 an identity carries: a string or number claim, trimmed; anything else is none. */
export function staffNoOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const v = value.trim();
  return v === '' || v.length > 64 ? null : v;
}

/** The user name of an account made at first sign-in: the college's code and the 工号, in the characters names use. */
export function ssoUsername(institutionCode: string, staffNo: string): string {
  return `${institutionCode}.${staffNo.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`.slice(0, 64);
}
