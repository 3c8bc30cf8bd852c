import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { repoRoot } from '../config';

/**
 * Secret keys live outside the database (GB/T 39786: keys apart from the data they protect): an environment variable
 * with 64 hex digits, or a file in the key directory (CADRE_KEY_DIR, default <DATA_DIR>/keys), created with mode 0600
 * on first use. Back the key directory up apart from the database: without the audit key the chain cannot be verified.
 */
export type KeyName = 'audit-hmac' | 'field';
const ENV: Record<KeyName, string> = { 'audit-hmac': 'CADRE_AUDIT_KEY', field: 'CADRE_FIELD_KEY' };
const cache = new Map<KeyName, Buffer>();

export function keyDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CADRE_KEY_DIR ?? path.join(env.DATA_DIR ?? path.join(repoRoot, 'data'), 'keys'));
}

export function secretKey(name: KeyName, env: NodeJS.ProcessEnv = process.env): Buffer {
  const hit = cache.get(name);
  if (hit) return hit;
  const fromEnv = env[ENV[name]];
  let key: Buffer;
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64}$/.test(fromEnv)) throw new Error(`${ENV[name]} 应为 64 位十六进制（32 字节密钥） / must be 64 hex digits`);
    key = Buffer.from(fromEnv, 'hex');
  } else {
    const dir = keyDir(env);
    const file = path.join(dir, `${name}.key`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    chmodSync(file, 0o600);
    key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new Error(`密钥文件 ${file} 内容不正确 / key file is malformed`);
  }
  cache.set(name, key);
  return key;
}
