import { getTableName, sql, type Column } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';
import { FieldIntegrityError, isSealed, openField, sealField } from '../security/field-crypto';
import { AppError } from '../shared/errors';

/**
 * Encrypted columns (`sealedText()` in the schema) hold `Sealed` values: ciphertext bound to its table, column and row
 * id (security/field-crypto.ts), so a value copied or swapped into another row or column is refused like a changed one.
 * The column type cannot see the row, so nothing is sealed or opened behind the code's back: `Sealed` is opaque to the
 * compiler (not a string), every write goes through `seal(column, id, text)` and every read through `open` or `show`.
 * A new row gets its id first (`nextIds`) and is inserted with it (`.overridingSystemValue()`).
 */
declare const sealedBrand: unique symbol;
export type Sealed = { readonly [sealedBrand]: 'sealed' };

/**
 * At run time a `Sealed` is this box around the stored text: one that reaches a response, a file or a template without
 * being opened fails loudly instead of showing ciphertext.
 */
class SealedValue {
  constructor(readonly stored: string) {}
  toJSON(): never {
    throw new Error('an encrypted value was serialized without open()/show()');
  }
  toString(): never {
    throw new Error('an encrypted value was used as text without open()/show()');
  }
}
const box = (stored: string) => new SealedValue(stored) as unknown as Sealed;
const unbox = (value: Sealed) => {
  if (!(value instanceof SealedValue)) throw new Error('not a value read from an encrypted column');
  return value.stored;
};

/** An encrypted column of the schema, e.g. `person.idNumber`: the typed descriptor of a value's place. */
export type SealedColumn = Column & { readonly _: { readonly data: Sealed } };

/** What a field that fails its integrity check shows in its place (with the code clients can recognise). */
export const FIELD_INTEGRITY_CODE = 'FIELD.INTEGRITY';
export const UNREADABLE = `〔无法读取：内容完整性校验失败，可能在系统之外被改动，请联系安全管理员（${FIELD_INTEGRITY_CODE}）〕`;

/** `table.column` of an encrypted column, as in the database. */
export function sealedColumnName(column: Column): string {
  return `${getTableName(column.table)}.${column.keyAsName ? toSnakeCase(column.name) : column.name}`;
}

/** The associated data a value is bound to. */
export const placeOf = (columnName: string, rowId: number) => `${columnName}#${rowId}`;

function checkId(rowId: number) {
  if (!Number.isSafeInteger(rowId) || rowId <= 0) throw new Error(`sealed value needs its row id, got ${rowId}`);
}

/** Seals `plain` for `column` in row `rowId`; null and undefined (nothing to write) pass through. */
export function seal(column: SealedColumn, rowId: number, plain: string): Sealed;
export function seal<T extends null | undefined>(column: SealedColumn, rowId: number, plain: string | T): Sealed | T;
export function seal(column: SealedColumn, rowId: number, plain: string | null | undefined): Sealed | null | undefined {
  if (plain === null || plain === undefined) return plain;
  checkId(rowId);
  // The placeholder of an unreadable field sent back unchanged (an edit form saving every field) must not become content.
  if (plain.includes(UNREADABLE)) {
    throw new AppError(FIELD_INTEGRITY_CODE, '该字段原有内容无法读取（完整性校验失败），不能原样保存，请重新填写或清空后再保存');
  }
  return box(sealField(plain, placeOf(sealedColumnName(column), rowId)));
}

/** Opens a value of `column` in row `rowId`; throws FieldIntegrityError when it was changed, moved or copied. */
export function open(column: SealedColumn, rowId: number, stored: Sealed): string;
export function open(column: SealedColumn, rowId: number, stored: Sealed | null): string | null;
export function open(column: SealedColumn, rowId: number, stored: Sealed | null): string | null {
  if (stored === null) return null;
  return openField(unbox(stored), placeOf(sealedColumnName(column), rowId));
}

/** A value that failed its check is named in the log (where, never what). */
const report = (where: string) => console.warn(`加密字段 ${where} 完整性校验失败，已显示为无法读取 / integrity check failed`);

/**
 * Opens a value for display: one that fails its integrity check shows as `UNREADABLE` in its place, so the rest of
 * the page (other fields, other rows) still answers. Not for values the code acts on (secrets): use `open`.
 */
export function show(column: SealedColumn, rowId: number, stored: Sealed): string;
export function show(column: SealedColumn, rowId: number, stored: Sealed | null): string | null;
export function show(column: SealedColumn, rowId: number, stored: Sealed | null): string | null {
  try {
    return open(column, rowId, stored);
  } catch (err) {
    if (!(err instanceof FieldIntegrityError)) throw err;
    report(placeOf(sealedColumnName(column), rowId));
    return UNREADABLE;
  }
}

/** Whether a stored value reads as unreadable (for code that branches on it, e.g. exports). */
export const isUnreadable = (text: string | null | undefined) => text === UNREADABLE;

/** Ids for `n` new rows of `table` from its identity sequence, to seal their values before inserting them. */
export async function nextIds(ex: Executor, table: PgTable, n: number): Promise<number[]> {
  if (n <= 0) return [];
  const res = await ex.execute(sql`SELECT nextval(pg_get_serial_sequence(${getTableName(table)}, 'id'))::int AS id FROM generate_series(1, ${n}::int)`);
  return (res.rows as { id: number | string }[]).map((r) => Number(r.id));
}

export const nextId = async (ex: Executor, table: PgTable) => (await nextIds(ex, table, 1))[0];

/** The column mapping: stored values pass through unchanged; a write that did not go through `seal` is refused. */
export const sealedToDriver = (value: Sealed): string => {
  const v = unbox(value);
  if (!isSealed(v)) throw new Error('an encrypted column was written without seal()');
  return v;
};
export const sealedFromDriver = (value: string): Sealed => box(value);
