import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { fieldKeyVersions } from './keys';

/**
 * Sensitive text at rest (GB/T 39786-2021: 重要数据存储的机密性和完整性): SM4-CBC with a random IV, then HMAC-SM3 over
 * the prefix, IV and ciphertext (encrypt-then-MAC). Stored as `sm4:<n>:<base64>`, n being the version of the field key
 * that sealed it: the newest version seals, every version present opens, so a key can be rotated while old values are
 * still being re-encrypted. A value without the prefix is one written before encryption was introduced and is returned
 * as it is (the start-up reseal encrypts it). A value whose MAC does not match is refused: it was changed outside the app.
 *
 * Encrypted values cannot be compared in SQL; a value that must be found or kept unique (the ID number) also gets a
 * blind index: HMAC-SM3 under a key of its own, `<n>:<hex>`.
 */
interface FieldKey {
  version: number;
  enc: Buffer;
  mac: Buffer;
  blind: Buffer;
}

function derive(version: number, master: Buffer): FieldKey {
  const k = (info: string, len: number) => Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), info, len));
  return { version, enc: k('cadre field sm4', 16), mac: k('cadre field hmac-sm3', 32), blind: k('cadre field blind index', 32) };
}

let ring: { current: FieldKey; all: Map<number, FieldKey> } | undefined;

function keyring() {
  if (!ring) useFieldKeys(fieldKeyVersions());
  return ring!;
}

/** Sets the field keys (by version); without an argument they are read again from the environment or key files. */
export function useFieldKeys(masters?: Map<number, Buffer>): void {
  const m = masters ?? fieldKeyVersions();
  const all = new Map([...m].map(([v, key]) => [v, derive(v, key)]));
  ring = { current: all.get(Math.max(...all.keys()))!, all };
}

export const currentFieldKeyVersion = () => keyring().current.version;

export class FieldIntegrityError extends Error {
  constructor(detail = '记录内容完整性校验失败，可能在系统之外被改动，请联系安全管理员') {
    super(`${detail} / field integrity check failed`);
  }
}

const SEALED = /^sm4:(\d+):/;

export function sealField(plain: string): string {
  const { current } = keyring();
  const prefix = `sm4:${current.version}:`;
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', current.enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = createHmac('sm3', current.mac).update(prefix).update(iv).update(ct).digest();
  return prefix + Buffer.concat([iv, ct, tag]).toString('base64');
}

export function openField(stored: string): string {
  const m = SEALED.exec(stored);
  if (!m) {
    if (stored.startsWith('sm4:')) throw new FieldIntegrityError();
    return stored;
  }
  const key = keyring().all.get(Number(m[1]));
  if (!key) throw new FieldIntegrityError(`缺少第 ${m[1]} 版字段密钥，无法读取加密内容，请联系安全管理员`);
  const raw = Buffer.from(stored.slice(m[0].length), 'base64');
  if (raw.length < 16 + 16 + 32) throw new FieldIntegrityError();
  const iv = raw.subarray(0, 16);
  const ct = raw.subarray(16, raw.length - 32);
  const tag = raw.subarray(raw.length - 32);
  const expected = createHmac('sm3', key.mac).update(m[0]).update(iv).update(ct).digest();
  if (!timingSafeEqual(tag, expected)) throw new FieldIntegrityError();
  const decipher = createDecipheriv('sm4-cbc', key.enc, iv);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

export const isSealed = (v: string | null) => !!v && SEALED.test(v);
/** Sealed with the newest key: nothing for a rotation to do. */
export const isSealedWithCurrentKey = (v: string | null) => !!v && v.startsWith(`sm4:${currentFieldKeyVersion()}:`);

/** The blind index of a value under the newest key (`<n>:<hex>`): equal values give equal indexes, nothing else does. */
export function blindIndex(kind: string, value: string): string {
  const { current } = keyring();
  return `${current.version}:${createHmac('sm3', current.blind).update(kind).update('\0').update(value).digest('hex')}`;
}
