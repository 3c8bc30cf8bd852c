import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { repoRoot } from '../../config';

/**
 * Secret keys live outside the database (GB/T 39786: keys apart from the data they protect): an environment variable
 * with 64 hex digits, or a file in the key directory (CADRE_KEY_DIR, default <DATA_DIR>/keys), created with mode 0600
 * on first use. Back the key directory up apart from the database: without the audit key the chain cannot be verified,
 * without the field keys the encrypted fields cannot be read.
 */
export type KeyName = 'audit-hmac' | 'field';
const ENV: Record<KeyName, string> = { 'audit-hmac': 'CADRE_AUDIT_KEY', field: 'CADRE_FIELD_KEY' };
const cache = new Map<KeyName, Buffer>();

export function keyDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CADRE_KEY_DIR ?? path.join(env.DATA_DIR ?? path.join(repoRoot, 'data'), 'keys'));
}

function fromHex(text: string, where: string): Buffer {
  if (!/^[0-9a-fA-F]{64}$/.test(text.trim())) throw new Error(`${where} 应为 64 位十六进制（32 字节密钥） / must be 64 hex digits`);
  return Buffer.from(text.trim(), 'hex');
}

function readKeyFile(file: string): Buffer {
  chmodSync(file, 0o600);
  return fromHex(readFileSync(file, 'utf8'), `密钥文件 ${file}`);
}

function createKeyFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
}

const keyObjects = new WeakMap<Buffer, KeyObject>();

/**
 * The key as a KeyObject, made once per key: node:crypto imports a Buffer key anew on every createHmac/createCipheriv
 * (on Node 24 an HMAC-SM3 took 13.5 µs with a Buffer, 3.7 µs with a KeyObject; every command seals and chains).
 */
export function keyObjectOf(key: Buffer): KeyObject {
  let ko = keyObjects.get(key);
  if (!ko) keyObjects.set(key, (ko = createSecretKey(key)));
  return ko;
}

export function secretKey(name: KeyName, env: NodeJS.ProcessEnv = process.env): Buffer {
  const hit = cache.get(name);
  if (hit) return hit;
  const fromEnv = env[ENV[name]];
  let key: Buffer;
  if (fromEnv) key = fromHex(fromEnv, ENV[name]);
  else {
    const file = path.join(keyDir(env), `${name}.key`);
    if (!existsSync(file)) createKeyFile(file);
    key = readKeyFile(file);
  }
  cache.set(name, key);
  return key;
}

/**
 * The versions of the field key. Version 1 is CADRE_FIELD_KEY or field.key; version n is CADRE_FIELD_KEY_<n> or
 * field.<n>.key. When CADRE_FIELD_KEY is set every version comes from the environment, otherwise from files. The
 * highest version encrypts; the older ones stay to read what was written with them until `npm run keys:rotate` has
 * re-encrypted it.
 */
export function fieldKeyVersions(env: NodeJS.ProcessEnv = process.env): Map<number, Buffer> {
  const versions = new Map<number, Buffer>();
  if (env.CADRE_FIELD_KEY) {
    versions.set(1, fromHex(env.CADRE_FIELD_KEY, 'CADRE_FIELD_KEY'));
    for (const [k, v] of Object.entries(env)) {
      const m = /^CADRE_FIELD_KEY_(\d+)$/.exec(k);
      if (m && v && Number(m[1]) > 1) versions.set(Number(m[1]), fromHex(v, k));
    }
    return versions;
  }
  const dir = keyDir(env);
  const first = path.join(dir, 'field.key');
  if (!existsSync(first)) createKeyFile(first);
  versions.set(1, readKeyFile(first));
  for (const f of readdirSync(dir)) {
    const m = /^field\.(\d+)\.key$/.exec(f);
    if (m && Number(m[1]) > 1) versions.set(Number(m[1]), readKeyFile(path.join(dir, f)));
  }
  return versions;
}

/**
 * Adds the next version of the field key as a file. With keys in the environment the operator adds the variable
 * (CADRE_FIELD_KEY_<n>) before rotating: this returns the name it expects instead.
 */
export function addFieldKeyVersion(env: NodeJS.ProcessEnv = process.env): { version: number; file?: string; envName?: string } {
  const version = Math.max(...fieldKeyVersions(env).keys()) + 1;
  if (env.CADRE_FIELD_KEY) return { version, envName: `CADRE_FIELD_KEY_${version}` };
  const file = path.join(keyDir(env), `field.${version}.key`);
  createKeyFile(file);
  return { version, file };
}
