import { blindIndex } from '../security/field-crypto';

/**
 * Encrypted columns that must still be found by value or kept unique, each with the column holding its blind index.
 * The reseal (db/field-reseal.ts) recomputes these when the field key changes.
 */
export const BLIND_INDEXES = [{ table: 'person', source: 'id_number', index: 'id_number_index', kind: 'id-number', normalize: (v: string) => v.trim().toUpperCase() }] as const;

/** The blind index of an ID number, for inserts, updates and lookups of `person.idNumberIndex`. */
export const idNumberIndex = (idNumber: string) => blindIndex(BLIND_INDEXES[0].kind, BLIND_INDEXES[0].normalize(idNumber));

/** A person's values with the blind index of their ID number added (when the ID number is among them). */
export function withIdNumberIndex<T extends { idNumber: string }>(values: T): T & { idNumberIndex: string };
export function withIdNumberIndex<T extends { idNumber?: string }>(values: T): T & { idNumberIndex?: string };
export function withIdNumberIndex<T extends { idNumber?: string }>(values: T): T & { idNumberIndex?: string } {
  return values.idNumber === undefined ? values : { ...values, idNumberIndex: idNumberIndex(values.idNumber) };
}
