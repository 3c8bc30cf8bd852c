import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { wrapPglite, openPostgres } from '../src/core/db/connection';
import { backupPglite, backupPostgres, restorePglite, restorePostgres, tableFingerprints } from '../src/core/ops/backup';
import { verifyAuditChain } from '../src/core/audit/audit-verify.service';
import { ENGINES, freshDatabase } from './support/database';

/** Restore drill: seed, back up, wipe, restore, then every table has the same rows and the same content. */
describe('backup and restore drill', () => {
  it('PGlite: the data-directory archive restores every table exactly, and the audit chain still verifies', async () => {
    const database = await freshDatabase('pglite');
    const before = await tableFingerprints(database.db);
    const archive = await backupPglite(database.pglite!);
    await database.close(); // wiped: the in-memory database is gone
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-restore-'));
    const restored = wrapPglite(await restorePglite(archive, path.join(dir, 'pglite')));
    try {
      const after = await tableFingerprints(restored.db);
      expect(Object.keys(after).length).toBeGreaterThan(40);
      expect(after).toEqual(before);
      expect(after.person.rows).toBeGreaterThan(100);
      expect((await verifyAuditChain(restored.db)).ok).toBe(true);
    } finally {
      await restored.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.runIf(ENGINES.includes('postgres'))('PostgreSQL: pg_dump, drop the database, pg_restore into a fresh one: same rows, same content', async () => {
    const database = await freshDatabase('postgres');
    const name = ((await database.db.execute(sql`SELECT current_database() AS d`)).rows[0] as { d: string }).d;
    const base = new URL(process.env.DATABASE_URL!);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-dump-'));
    const file = path.join(dir, 'cadre.dump');
    const before = await tableFingerprints(database.db);
    await backupPostgres(url.toString(), file);
    await database.close(); // drops the database

    const target = `cadre_restore_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${target}`);
    const restoredUrl = new URL(base);
    restoredUrl.pathname = `/${target}`;
    try {
      await restorePostgres(restoredUrl.toString(), file);
      const restored = await openPostgres(restoredUrl.toString());
      try {
        expect(await tableFingerprints(restored.db)).toEqual(before);
        expect((await verifyAuditChain(restored.db)).ok).toBe(true);
      } finally {
        await restored.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
