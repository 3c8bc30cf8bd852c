import { spawn } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/**
 * Backup and restore on both engines. PostgreSQL: `pg_dump` in its custom format (restorable with `pg_restore` by
 * any DBA, selectively if need be). PGlite: its own data-directory archive (tar.gz). Passwords never go on a command
 * line: the connection URL is passed through the environment.
 */
function run(cmd: string, args: string[], url: string): Promise<void> {
  const u = new URL(url);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGUSER: decodeURIComponent(u.username), PGPASSWORD: decodeURIComponent(u.password), PGDATABASE: u.pathname.slice(1) };
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', (e) => reject(new Error(`${cmd} 无法运行（请安装 postgresql-client） / cannot run: ${e.message}`)));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} 失败 / failed (${code}): ${err.trim()}`))));
  });
}

export const backupPostgres = (url: string, file: string) => run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`], url);

/** Restores into the database of the URL, replacing what is there. */
export const restorePostgres = (url: string, file: string) => run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${new URL(url).pathname.slice(1)}`, file], url);

export async function backupPglite(client: PGlite): Promise<Buffer> {
  const blob = await client.dumpDataDir('gzip');
  return Buffer.from(await blob.arrayBuffer());
}

/** A PGlite instance from an archive: in memory, or in a data directory that must be empty. */
export async function restorePglite(archive: Buffer, dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir, { loadDataDir: new Blob([new Uint8Array(archive)]) });
}

/** Row count and a content checksum of every table: what a restore drill compares. */
export async function tableFingerprints(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = ((await db.execute(sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows as { tablename: string }[]).map((t) => t.tablename);
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const t of tables) {
    const [r] = (await db.execute(sql.raw(`SELECT count(*)::int AS rows, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS md5 FROM "${t}" x`))).rows as { rows: number; md5: string }[];
    out[t] = { rows: Number(r.rows), md5: r.md5 };
  }
  return out;
}
