import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238; 6 digits, 30 s, SHA-1 as every authenticator app expects): the second
 * factor (GB/T 22239-2019 8.1.4.1 d: 两种或两种以上组合的鉴别技术). A code is accepted one step either side of now,
 * and never twice (the step is remembered).
 */
const PERIOD = 30;
const totp = (secret: string, label = '', issuer = '干部管理监督平台') => new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

export const totpUri = (secret: string, label: string) => totp(secret, label).toString();

export function checkTotp(secret: string, code: string, lastStep: number | null, now = Date.now()): { ok: true; step: number } | { ok: false; reason: 'format' | 'wrong' | 'replay' } {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'format' };
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'replay' };
  return { ok: true, step };
}

/** The code an authenticator shows for a secret at a time: for tests and the demo. */
export const totpCode = (secret: string, now = Date.now()) => totp(secret).generate({ timestamp: now });
