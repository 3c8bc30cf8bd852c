import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { secretKey } from './keys';

/**
 * Sensitive text at rest (GB/T 39786-2021: 重要数据存储的机密性和完整性): SM4-CBC with a random IV, then HMAC-SM3 over
 * the version, IV and ciphertext (encrypt-then-MAC). Stored as `sm4:1:<base64>`; the 1 is the key version, so a new
 * key can be introduced while old values still open. A value without the prefix is one written before encryption
 * was introduced and is returned as it is. A value whose MAC does not match is refused: it was changed outside the app.
 */
const PREFIX = 'sm4:1:';

let keys: { enc: Buffer; mac: Buffer } | undefined;
function fieldKeys() {
  if (keys) return keys;
  const master = secretKey('field');
  keys = {
    enc: Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), 'cadre field sm4', 16)),
    mac: Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), 'cadre field hmac-sm3', 32)),
  };
  return keys;
}

export class FieldIntegrityError extends Error {
  constructor() {
    super('记录内容完整性校验失败，可能在系统之外被改动，请联系安全管理员 / field integrity check failed');
  }
}

export function sealField(plain: string): string {
  const { enc, mac } = fieldKeys();
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = createHmac('sm3', mac).update(PREFIX).update(iv).update(ct).digest();
  return PREFIX + Buffer.concat([iv, ct, tag]).toString('base64');
}

export function openField(stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const { enc, mac } = fieldKeys();
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  if (raw.length < 16 + 16 + 32) throw new FieldIntegrityError();
  const iv = raw.subarray(0, 16);
  const ct = raw.subarray(16, raw.length - 32);
  const tag = raw.subarray(raw.length - 32);
  const expected = createHmac('sm3', mac).update(PREFIX).update(iv).update(ct).digest();
  if (!timingSafeEqual(tag, expected)) throw new FieldIntegrityError();
  const decipher = createDecipheriv('sm4-cbc', enc, iv);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

export const isSealed = (v: string | null) => !!v && v.startsWith(PREFIX);
