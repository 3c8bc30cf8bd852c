/**
 * `npm run backup [-- <file>]`: PostgreSQL (DATABASE_URL) as a pg_dump custom-format file; PGlite (the data directory,
 * with the server stopped) as a tar.gz archive. `npm run restore -- <file> [--force]`: back into the same place;
 * an existing PGlite data directory is kept aside (renamed), never deleted.
 * Back up the key directory (<DATA_DIR>/keys or CADRE_KEY_DIR) separately: the audit chain needs its key.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { openPglite } from '../src/core/db/connection';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from '../src/core/ops/backup';

const [command, fileArg, flag] = process.argv.slice(2);
const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);

if (command === 'backup') {
  const file = path.resolve(fileArg ?? path.join('backups', `cadre-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`));
  mkdirSync(path.dirname(file), { recursive: true });
  if (config.databaseUrl) await backupPostgres(config.databaseUrl, file);
  else {
    const database = await openPglite(config.pgliteDir);
    try {
      writeFileSync(file, await backupPglite(database.pglite!));
    } finally {
      await database.close();
    }
  }
  console.log(`已备份到 / backed up to ${file}`);
} else if (command === 'restore' && fileArg) {
  const file = path.resolve(fileArg);
  if (!existsSync(file)) throw new Error(`没有文件 / no such file: ${file}`);
  if (config.databaseUrl) await restorePostgres(config.databaseUrl, file);
  else {
    const dir = config.pgliteDir;
    if (existsSync(dir) && readdirSync(dir).length) {
      if (flag !== '--force') {
        console.error(`数据目录 ${dir} 不为空；确认要以备份替换时加 --force（原目录会改名保留） / data directory not empty: add --force`);
        process.exit(2);
      }
      renameSync(dir, `${dir}.before-restore-${stamp}`);
    }
    const client = await restorePglite(readFileSync(file), dir);
    await client.close();
  }
  console.log(`已从 ${file} 恢复 / restored`);
} else {
  console.error('用法 / usage: npm run backup [-- <file>] | npm run restore -- <file> [--force]');
  process.exit(2);
}
