import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, totpCode, totpUri } from './totp';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const T = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('TOTP second factor (RFC 6238; GB/T 22239-2019 8.1.4.1 d)', () => {
  it.each<[string, () => [string, number | null, number], boolean, string | null]>([
    ['the current code', () => [totpCode(SECRET, T), null, T], true, null],
    ['the previous step (clock skew)', () => [totpCode(SECRET, T - 30_000), null, T], true, null],
    ['two steps old', () => [totpCode(SECRET, T - 60_000), null, T], false, 'wrong'],
    ['a replayed code', () => [totpCode(SECRET, T), Math.floor(T / 30_000), T], false, 'replay'],
    ['not six digits', () => ['12345', null, T], false, 'format'],
  ])('%s', (_n, make, ok, reason) => {
    const [code, last, now] = make();
    const r = checkTotp(SECRET, code, last, now);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('a new secret is 32 base32 characters and its URI names the issuer and the account', () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(decodeURIComponent(totpUri(s, 'wj.auditor'))).toMatch(/^otpauth:\/\/totp\/干部管理监督平台:wj\.auditor\?.*secret=/);
  });
});
