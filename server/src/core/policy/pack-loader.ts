import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { AREAS, areaFileSchema, packMetaSchema, type Pack } from './pack-schema';
import { registeredPolicyKeys } from './policy-keys';

export const packsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'packs');

export class PolicyPackError extends Error {}

function readYaml(file: string): unknown {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

function formatIssues(file: string, issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`).join('\n');
}

/** What a pack's values are checked against: every area's key table (policy-keys.ts); null checks the format only. */
export type KeyTable = ReadonlyMap<string, z.ZodType> | null;

const zhCN = z.locales.zhCN().localeError;

/** Each value of a key against the key's schema, in Chinese: the pack, the key and what was expected. */
function checkValues(packId: string, file: string, key: string, def: Pack['parameters'][string], keys: NonNullable<KeyTable>): string[] {
  const schema = keys.get(key);
  if (!schema) return [`${file}: 政策包 ${packId} 的规则 ${key} 不是任何领域声明的规则（拼写错误？领域的 policy.ts 未列出） / unknown policy key`];
  return def.values.flatMap((v, i) => {
    const parsed = schema.safeParse(v.value, { error: zhCN });
    if (parsed.success) return [];
    const where = (p: PropertyKey[]) => p.map((x) => (typeof x === 'number' ? `第 ${x + 1} 项` : String(x))).join(' ');
    const why = parsed.error.issues.map((x) => `${x.path.length ? `${where(x.path)}：` : ''}${x.message}`).join('；');
    return [`${file}: 政策包 ${packId} 的规则 ${key}（第 ${i + 1} 个取值，${JSON.stringify(v.value)}）类型不符：${why} / wrong value type`];
  });
}

/**
 * Reads and validates one pack folder: `pack.yaml` plus one `<area>.yaml` per area it states parameters for; with a
 * key table, every value against its key's schema, and a key no area declares is refused (typos are caught).
 */
export function loadPack(dir: string, keys: KeyTable = registeredPolicyKeys()): Pack {
  const metaFile = path.join(dir, 'pack.yaml');
  const meta = packMetaSchema.safeParse(readYaml(metaFile));
  if (!meta.success) throw new PolicyPackError(formatIssues(metaFile, meta.error.issues));
  const problems: string[] = [];
  if (meta.data.id !== path.basename(dir)) problems.push(`${metaFile}: id ${meta.data.id} differs from folder name`);
  const parameters: Pack['parameters'] = {};
  for (const area of AREAS) {
    const file = path.join(dir, `${area}.yaml`);
    if (!fs.existsSync(file)) continue;
    const parsed = areaFileSchema.safeParse(readYaml(file) ?? {});
    if (!parsed.success) {
      problems.push(formatIssues(file, parsed.error.issues));
      continue;
    }
    for (const [key, def] of Object.entries(parsed.data)) {
      if (!key.startsWith(`${area}.`)) problems.push(`${file}: ${key} must start with "${area}."`);
      def.values.forEach((v, i) => {
        if (v.ref && !meta.data.documents[v.ref.doc]) problems.push(`${file}: ${key}.values[${i}]: unknown document "${v.ref.doc}"`);
        if (v.until && v.until <= v.since) problems.push(`${file}: ${key}.values[${i}]: until is not after since`);
        const next = def.values[i + 1];
        if (next && next.since <= v.since) problems.push(`${file}: ${key}: values must be in date order`);
      });
      if (keys) problems.push(...checkValues(meta.data.id, file, key, def, keys));
      parameters[key] = def;
    }
  }
  for (const f of fs.readdirSync(dir)) {
    if (f !== 'pack.yaml' && !AREAS.some((a) => f === `${a}.yaml`)) problems.push(`${path.join(dir, f)}: not a known area file`);
  }
  if (problems.length) throw new PolicyPackError(problems.join('\n'));
  return { ...meta.data, parameters };
}

/**
 * Loads every pack under `packs/`; throws with every problem found, so a bad pack stops the start. Values are checked
 * against the key tables the composition root registered (areas/index.ts, imported by app.ts before main runs).
 */
export function loadAllPacks(dir = packsDir, keys: KeyTable = registeredPolicyKeys()): Map<string, Pack> {
  const packs = new Map<string, Pack>();
  const problems: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    try {
      const p = loadPack(path.join(dir, name), keys);
      packs.set(p.id, p);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  for (const p of packs.values()) {
    for (const [area, target] of Object.entries(p.suggestedAdoptions)) {
      if (!packs.has(target)) problems.push(`${p.id}: suggested adoption for ${area} names unknown pack ${target}`);
    }
  }
  if (problems.length) throw new PolicyPackError(`政策包校验失败 / policy packs invalid:\n${problems.join('\n')}`);
  return packs;
}
