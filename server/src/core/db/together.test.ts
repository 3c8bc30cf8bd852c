import { describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Db } from './client';
import { together } from './together';

describe('together: independent reads at once on the pool, in turn inside a transaction', () => {
  it('runs every read and keeps their order and types, inside and outside a transaction', async () => {
    const client = new PGlite();
    const db = drizzle({ client }) as unknown as Db;
    const started: string[] = [];
    const read = (name: string, ms: number) => async () => {
      started.push(`${name}>`);
      await new Promise((r) => setTimeout(r, ms));
      started.push(`<${name}`);
      return name;
    };
    const [a, b] = await together(db, [read('a', 20), read('b', 1)]);
    expect([a, b]).toEqual(['a', 'b']);
    expect(started).toEqual(['a>', 'b>', '<b', '<a']); // at once on the pool
    started.length = 0;
    const inTx = await db.transaction((tx) => together(tx, [read('a', 20), read('b', 1), async () => (await tx.execute(sql`SELECT 1 AS n`)).rows.length]));
    expect(inTx).toEqual(['a', 'b', 1]);
    expect(started).toEqual(['a>', '<a', 'b>', '<b']); // one after another on the transaction's connection
    await client.close();
  });
});
