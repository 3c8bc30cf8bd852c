import { customType } from 'drizzle-orm/pg-core';
import { openField, sealField } from '../../security/field-crypto';

/** Binary content (files, photos) as PostgreSQL bytea; PGlite and pg hand back Uint8Array or Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Text encrypted at rest (security/field-crypto.ts): sealed on the way in, opened on the way out, so the code above the
 * schema reads and writes plain text. A text column in the database; not searchable by content.
 */
export const sealedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: sealField,
  fromDriver: openField,
});
