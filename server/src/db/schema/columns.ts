import { customType } from 'drizzle-orm/pg-core';

/** Binary content (files, photos) as PostgreSQL bytea; PGlite and pg hand back Uint8Array or Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
