import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { fieldKeyVersions } from './keys';

/**
 * Sensitive text at rest (GB/T 39786-2021: 重要数据存储的机密性和完整性): SM4-CBC with a random IV, then HMAC-SM3 over
 * the prefix, IV, ciphertext and the value's place (encrypt-then-MAC with associated data). Stored as
 * `sm4b:<n>:<base64>`, n being the version of the field key that sealed it: the newest version seals, every version
 * present opens, so a key can be rotated while old values are still being re-encrypted. The place is the table, the
 * column and the row id (`person.id_number#42`, see db/sealed.ts): a value copied or swapped into another row or column
 * fails its MAC like a changed one. A value whose MAC does not match is refused: it was changed outside the app.
 *
 * Earlier formats are read only by the start-up reseal (db/field-reseal.ts), which rewrites them once: `sm4:<n>:` (the
 * same without the place) and plain text written before encryption was introduced.
 *
 * Encrypted values cannot be compared in SQL; a value that must be found or kept unique (the ID number) also gets a
 * blind index: HMAC-SM3 under a key of its own, `<n>:<hex>`.
 */
interface FieldKey {
  version: number;
  enc: KeyObject;
  mac: KeyObject;
  blind: KeyObject;
}

function derive(version: number, master: Buffer): FieldKey {
  // KeyObjects, imported once (a Buffer key is imported again on every cipher and HMAC: see keys.ts keyObjectOf).
  const k = (info: string, len: number) => createSecretKey(Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), info, len)));
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

/** The current format (bound to its place) and the format before it (unbound). */
const BOUND = /^sm4b:(\d+):/;
const UNBOUND = /^sm4:(\d+):/;
export const SEAL_PREFIX = 'sm4b:';

function mac(key: FieldKey, prefix: string, iv: Buffer, ct: Buffer, place: string | null): Buffer {
  const h = createHmac('sm3', key.mac).update(prefix).update(iv).update(ct);
  if (place !== null) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(Buffer.byteLength(place));
    h.update(len).update(place);
  }
  return h.digest();
}

/** Seals `plain` for its place (`table.column#id`). */
export function sealField(plain: string, place: string): string {
  const { current } = keyring();
  const prefix = `${SEAL_PREFIX}${current.version}:`;
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', current.enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return prefix + Buffer.concat([iv, ct, mac(current, prefix, iv, ct, place)]).toString('base64');
}

/** The earlier format (`sm4:<n>:`, not bound to a place): only to test the upgrade from it. */
export function sealUnbound(plain: string): string {
  const { current } = keyring();
  const prefix = `sm4:${current.version}:`;
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-cbc', current.enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return prefix + Buffer.concat([iv, ct, mac(current, prefix, iv, ct, null)]).toString('base64');
}

function decrypt(stored: string, m: RegExpExecArray, place: string | null): string {
  const key = keyring().all.get(Number(m[1]));
  if (!key) throw new FieldIntegrityError(`缺少第 ${m[1]} 版字段密钥，无法读取加密内容，请联系安全管理员`);
  const raw = Buffer.from(stored.slice(m[0].length), 'base64');
  if (raw.length < 16 + 16 + 32) throw new FieldIntegrityError();
  const iv = raw.subarray(0, 16);
  const ct = raw.subarray(16, raw.length - 32);
  const tag = raw.subarray(raw.length - 32);
  if (!timingSafeEqual(tag, mac(key, m[0], iv, ct, place))) throw new FieldIntegrityError();
  const decipher = createDecipheriv('sm4-cbc', key.enc, iv);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

/** Opens a value sealed for `place`; anything else (another place, changed, another format, plain text) is refused. */
export function openField(stored: string, place: string): string {
  const m = BOUND.exec(stored);
  if (!m) throw new FieldIntegrityError();
  return decrypt(stored, m, place);
}

/**
 * Opens a value for the reseal: the current format for its place, and, where the caller allows them, the earlier
 * formats (unbound `sm4:<n>:`, plain text). Returns the plain text and whether it was in an earlier format.
 */
export function openForReseal(stored: string, place: string, allow: { unbound: boolean; plain: boolean }): string {
  const bound = BOUND.exec(stored);
  if (bound) return decrypt(stored, bound, place);
  const unbound = UNBOUND.exec(stored);
  if (unbound && allow.unbound) return decrypt(stored, unbound, null);
  if (!unbound && !/^sm4b?:/.test(stored) && allow.plain) return stored;
  throw new FieldIntegrityError();
}

export const isSealed = (v: string | null) => !!v && BOUND.test(v);
/** Sealed in the current format with the newest key: nothing for a rotation to do. */
export const isSealedWithCurrentKey = (v: string | null) => !!v && v.startsWith(`${SEAL_PREFIX}${currentFieldKeyVersion()}:`);

/** The blind index of a value under the newest key (`<n>:<hex>`): equal values give equal indexes, nothing else does. */
export function blindIndex(kind: string, value: string): string {
  const { current } = keyring();
  return `${current.version}:${createHmac('sm3', current.blind).update(kind).update('\0').update(value).digest('hex')}`;
}
