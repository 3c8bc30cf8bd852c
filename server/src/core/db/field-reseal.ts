import { eq, getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { PgCustomColumn, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { fieldSealState } from './schema';
import type { Db, Tx } from './client';
import { BLIND_INDEXES } from './blind-indexes';
import { placeOf, sealedToDriver } from './sealed';
import { blindIndex, currentFieldKeyVersion, FieldIntegrityError, openForReseal, SEAL_PREFIX, sealField } from '../security/field-crypto';
import { writeAudit } from '../audit/audit.writer';

/** The seal format the reseal brings every value to: 2 binds each value to its table, column and row id. */
export const SEAL_FORMAT = 2;

/** Every column declared `sealedText` in the schema, as `table.column`. */
export function sealedColumns(): { table: string; column: string }[] {
  const out: { table: string; column: string }[] = [];
  for (const t of Object.values(schema)) {
    if (!is(t, PgTable)) continue;
    for (const col of Object.values(getTableColumns(t))) {
      if (is(col, PgCustomColumn) && (col as unknown as { mapTo: unknown }).mapTo === sealedToDriver) {
        out.push({ table: getTableName(t), column: col.keyAsName ? toSnakeCase(col.name) : col.name });
      }
    }
  }
  return out.sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

const BATCH = 1000;

/**
 * Rewrites `target` from `source` for the rows still pending, in batches. A value that fails its integrity check is
 * left as it is and reported (it stays refused on reading); one damaged record must not stop the others or the start.
 */
async function rewrite(tx: Tx, table: string, target: string, pending: ReturnType<typeof sql>, compute: (stored: string, id: number) => string, source = target) {
  const t = sql.identifier(table);
  let lastId = 0;
  let n = 0;
  const unreadable: number[] = [];
  for (;;) {
    const rows = (await tx.execute(sql`SELECT id, ${sql.identifier(source)} AS v FROM ${t} WHERE id > ${lastId} AND ${pending} ORDER BY id LIMIT ${BATCH}`)).rows as { id: unknown; v: unknown }[];
    if (!rows.length) return { n, unreadable };
    lastId = Number(rows[rows.length - 1].id);
    const values = rows.flatMap((r) => {
      try {
        return [sql`(${Number(r.id)}::bigint, ${compute(String(r.v), Number(r.id))}::text)`];
      } catch (err) {
        if (!(err instanceof FieldIntegrityError)) throw err;
        unreadable.push(Number(r.id));
        return [];
      }
    });
    if (values.length) await tx.execute(sql`UPDATE ${t} SET ${sql.identifier(target)} = v.c FROM (VALUES ${sql.join(values, sql`, `)}) AS v(id, c) WHERE ${t}.id = v.id`);
    n += values.length;
  }
}

/**
 * Brings every encrypted column up to the newest field key and the current seal format: values sealed with an older key
 * are re-encrypted, blind indexes are recomputed; all in one transaction, audited when anything changed. Runs when the
 * database is opened, and does nothing (one small read) while the key version, the seal format and the set of
 * encrypted columns are those recorded last time; `npm run keys:rotate` forces it after adding a key version.
 *
 * Earlier formats are taken only where they can still be legitimate, and rewritten once: values sealed without their
 * place (format 1) while the database is recorded at format 1, plain text in a column that was not encrypted before (an
 * upgrade that adds one). Anywhere else such a value was put there outside the app and stays refused.
 */
export interface ResealResult {
  keyVersion: number;
  /** Rows rewritten per column. */
  changed: Record<string, number>;
  /** Rows whose value failed its integrity check and was left as it is, by id, per column. */
  unreadable: Record<string, number[]>;
}

export async function resealFields(db: Db, opts: { force?: boolean } = {}): Promise<ResealResult | null> {
  const version = currentFieldKeyVersion();
  const columns = sealedColumns();
  const names = columns.map((c) => `${c.table}.${c.column}`);
  const [state] = await db.select().from(fieldSealState).where(eq(fieldSealState.id, 1));
  if (!opts.force && state && state.keyVersion === version && state.format === SEAL_FORMAT && state.columns.join(',') === names.join(',')) return null;
  const unboundAllowed = !state || state.format < SEAL_FORMAT;
  const allow = (name: string) => ({ unbound: unboundAllowed, plain: unboundAllowed || !state.columns.includes(name) });
  return db.transaction(async (tx) => {
    const changed: Record<string, number> = {};
    const unreadable: Record<string, number[]> = {};
    const note = (name: string, r: { n: number; unreadable: number[] }) => {
      if (r.n) changed[name] = r.n;
      if (r.unreadable.length) unreadable[name] = r.unreadable;
    };
    for (const c of columns) {
      const col = sql.identifier(c.column);
      const name = `${c.table}.${c.column}`;
      const ok = allow(name);
      const reseal = (v: string, id: number) => sealField(openForReseal(v, placeOf(name, id), ok), placeOf(name, id));
      note(name, await rewrite(tx, c.table, c.column, sql`${col} IS NOT NULL AND ${col} NOT LIKE ${`${SEAL_PREFIX}${version}:%`}`, reseal));
    }
    for (const b of BLIND_INDEXES) {
      const source = `${b.table}.${b.source}`;
      const index = (v: string, id: number) => blindIndex(b.kind, b.normalize(openForReseal(v, placeOf(source, id), { unbound: false, plain: false })));
      note(`${b.table}.${b.index}`, await rewrite(tx, b.table, b.index, sql`${sql.identifier(b.index)} NOT LIKE ${`${version}:%`}`, index, b.source));
    }
    const recorded = { keyVersion: version, format: SEAL_FORMAT, columns: names };
    await tx
      .insert(fieldSealState)
      .values({ id: 1, ...recorded })
      .onConflictDoUpdate({ target: fieldSealState.id, set: { ...recorded, updatedAt: new Date() } });
    if (Object.keys(changed).length || Object.keys(unreadable).length) {
      await writeAudit(tx, { institutionId: null, actorName: '系统', action: 'security.fields_resealed', entityType: 'field_key', entityId: version, detail: { keyVersion: version, format: SEAL_FORMAT, changed, unreadable }, outcome: 'success' });
    }
    for (const [name, ids] of Object.entries(unreadable)) {
      console.warn(`加密字段 ${name} 有 ${ids.length} 条完整性校验失败，未能重新加密（id：${ids.slice(0, 20).join('、')}${ids.length > 20 ? '……' : ''}） / ${ids.length} values failed their integrity check and were left as they are`);
    }
    return { keyVersion: version, changed, unreadable };
  });
}
