import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { AREAS, areaFileSchema, packMetaSchema, type Pack } from './pack-schema';

export const packsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'packs');

export class PolicyPackError extends Error {}

function readYaml(file: string): unknown {
  return YAML.parse(fs.readFileSync(file, 'utf8'));
}

function formatIssues(file: string, issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`).join('\n');
}

/** Reads and validates one pack folder: `pack.yaml` plus one `<area>.yaml` per area it states parameters for. */
export function loadPack(dir: string): Pack {
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
      parameters[key] = def;
    }
  }
  for (const f of fs.readdirSync(dir)) {
    if (f !== 'pack.yaml' && !AREAS.some((a) => f === `${a}.yaml`)) problems.push(`${path.join(dir, f)}: not a known area file`);
  }
  if (problems.length) throw new PolicyPackError(problems.join('\n'));
  return { ...meta.data, parameters };
}

/** Loads every pack under `packs/`; throws with every problem found, so a bad pack stops the start. */
export function loadAllPacks(dir = packsDir): Map<string, Pack> {
  const packs = new Map<string, Pack>();
  const problems: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    try {
      const p = loadPack(path.join(dir, name));
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
