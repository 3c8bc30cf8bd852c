import { AREAS, type Area, type Pack, type ParameterDef, type ParameterValue } from './pack-schema';
import type { PolicyKey, PolicyKeys, PolicyValue } from './policy-keys';

/** Where a value comes from: an article of a pack's document, or a system default the regulations do not fix. */
export interface Source {
  packId: string;
  /** e.g. `scitc-2025 附件1 第八条（二）`; null for a system default. */
  citation: string | null;
  isDefault: boolean;
  documentTitle: string | null;
  note?: string;
}

export interface ResolvedParameter<T = unknown> {
  key: string;
  area: Area;
  description: string;
  unit?: string;
  value: T;
  since: string;
  until?: string;
  source: Source;
}

export class PolicyMissingError extends Error {}

export function citationOf(pack: Pack, ref: { doc: string; article: string }): string {
  const doc = pack.documents[ref.doc];
  return [pack.id, doc?.label, ref.article].filter(Boolean).join(' ');
}

const inForce = (v: ParameterValue, asOf: string) => v.since <= asOf && (!v.until || asOf < v.until);

/** Per key schema, the pack values (lists, maps) already checked against it, with what the check gave. */
const CHECKED = new WeakMap<object, WeakMap<object, unknown>>();

/** An institution's rules: its own pack, then for each area the pack it adopts. Pure: no I/O. */
export class EffectivePolicy {
  constructor(
    readonly ownPackId: string,
    readonly adoptions: Partial<Record<Area, string>>,
    private readonly packs: ReadonlyMap<string, Pack>,
  ) {
    if (!packs.has(ownPackId)) throw new PolicyMissingError(`unknown policy pack ${ownPackId}`);
  }

  /** Packs consulted for an area, in order of precedence. */
  sourcesFor(area: Area): Pack[] {
    const ids = [this.ownPackId, this.adoptions[area]].filter((x): x is string => !!x);
    return [...new Set(ids)].map((id) => this.packs.get(id)).filter((p): p is Pack => !!p);
  }

  private resolveIn(pack: Pack, key: string, def: ParameterDef, v: ParameterValue): ResolvedParameter {
    const area = key.split('.')[0] as Area;
    return {
      key,
      area,
      description: def.description,
      unit: def.unit,
      value: v.value,
      since: v.since,
      until: v.until,
      source: {
        packId: pack.id,
        citation: v.ref ? citationOf(pack, v.ref) : null,
        isDefault: !v.ref,
        documentTitle: v.ref ? (pack.documents[v.ref.doc]?.title ?? null) : null,
        note: v.note,
      },
    };
  }

  find(key: string, asOf: string): ResolvedParameter | undefined {
    const area = key.split('.')[0] as Area;
    for (const pack of this.sourcesFor(area)) {
      const def = pack.parameters[key];
      const v = def?.values.find((x) => inForce(x, asOf));
      if (def && v) return this.resolveIn(pack, key, def, v);
    }
    return undefined;
  }

  /** A key's value in force, untyped: for what every value has (its source, its description). */
  get(key: string, asOf: string): ResolvedParameter {
    const r = this.find(key, asOf);
    if (!r) throw new PolicyMissingError(`policy parameter ${key} has no value in force on ${asOf} for pack ${this.ownPackId}`);
    return r;
  }

  /** A key's value in force with its source, typed and checked by the key's schema in its area's table. */
  param<K extends PolicyKeys, N extends PolicyKey<K>>(keys: K, key: N, asOf: string): ResolvedParameter<PolicyValue<K, N>> {
    return this.checked(keys, key, this.get(key, asOf));
  }

  /** As `param`, or undefined where no pack consulted states the key. */
  maybeParam<K extends PolicyKeys, N extends PolicyKey<K>>(keys: K, key: N, asOf: string): ResolvedParameter<PolicyValue<K, N>> | undefined {
    const r = this.find(key, asOf);
    return r && this.checked(keys, key, r);
  }

  /** A key's value in force, typed and checked by the key's schema in its area's table. */
  value<K extends PolicyKeys, N extends PolicyKey<K>>(keys: K, key: N, asOf: string): PolicyValue<K, N> {
    return this.param(keys, key, asOf).value;
  }

  private checked<K extends PolicyKeys, N extends PolicyKey<K>>(keys: K, key: N, r: ResolvedParameter): ResolvedParameter<PolicyValue<K, N>> {
    // Packs are checked against every area's table at start; this guards packs built elsewhere (tests). A pack's list or
    // map value is one object for the life of the process, so it is checked once, not on every read of a derivation.
    const schema = keys[key];
    const raw = r.value;
    const byValue = typeof raw === 'object' && raw !== null ? (CHECKED.get(schema) ?? CHECKED.set(schema, new WeakMap()).get(schema)!) : undefined;
    if (byValue?.has(raw as object)) return { ...r, value: byValue.get(raw as object) as PolicyValue<K, N> };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new PolicyMissingError(`policy parameter ${key} of pack ${r.source.packId}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    byValue?.set(raw as object, parsed.data);
    return { ...r, value: parsed.data as PolicyValue<K, N> };
  }

  /** Every rule in force on a date, with where it comes from: what the 制度 page shows. */
  allInForce(asOf: string): ResolvedParameter[] {
    const out: ResolvedParameter[] = [];
    for (const area of AREAS) {
      const keys = new Set(this.sourcesFor(area).flatMap((p) => Object.keys(p.parameters).filter((k) => k.startsWith(`${area}.`))));
      for (const key of keys) {
        const r = this.find(key, asOf);
        if (r) out.push(r);
      }
    }
    return out;
  }
}

