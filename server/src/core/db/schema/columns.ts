import { customType } from 'drizzle-orm/pg-core';
import { sealedFromDriver, sealedToDriver, type Sealed } from '../sealed';

/** Binary content (files, photos) as PostgreSQL bytea; PGlite and pg hand back Uint8Array or Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Text encrypted at rest and bound to its row (db/sealed.ts, security/field-crypto.ts). The code reads and writes
 * `Sealed` values, opened with `open`/`show` and written with `seal`, which know the row id; this mapping only refuses a
 * value that was not sealed. A text column in the database; not searchable by content.
 */
export const sealedText = customType<{ data: Sealed; driverData: string }>({
  dataType: () => 'text',
  toDriver: sealedToDriver,
  fromDriver: sealedFromDriver,
});
