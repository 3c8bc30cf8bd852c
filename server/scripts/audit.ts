/**
 * `npm run audit:verify` — verifies the audit chain and names the first broken event (exit 1 when broken).
 * `npm run audit:purge -- <days>` — removes events older than <days> (at least 180: 网络安全法 第二十一条).
 * Runs on DATABASE_URL, or on the PGlite data directory when the server is stopped (the directory is locked while it runs).
 */
import { loadConfig } from '../src/config';
import { openConfigured } from '../src/db/connection';
import { MIN_RETENTION_DAYS, purgeAudit, verifyAuditChain } from '../src/modules/audit/audit-verify.service';

const [command, arg] = process.argv.slice(2);
const config = loadConfig();
const database = await openConfigured(config);
let code = 0;
try {
  if (command === 'verify') {
    const v = await verifyAuditChain(database.db);
    if (v.ok) console.log(`审计链完整 / audit chain intact: ${v.checked} 条已校验${v.unchained ? `，另有 ${v.unchained} 条早于链的建立` : ''}`);
    else {
      const b = v.firstBroken!;
      console.error(`审计链被破坏 / audit chain broken at event ${b.id}${b.at ? ` (${b.at}, ${b.action})` : ''}: ${b.reason}`);
      console.error(`此前 ${v.checked} 条校验通过 / ${v.checked} events verified before it`);
      code = 1;
    }
  } else if (command === 'purge') {
    const days = Number(arg ?? MIN_RETENTION_DAYS);
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS) {
      console.error(`保留天数应为不少于 ${MIN_RETENTION_DAYS} 的整数（网络安全法第二十一条） / days must be an integer ≥ ${MIN_RETENTION_DAYS}`);
      code = 2;
    } else {
      const r = await purgeAudit(database.db, days);
      console.log(`已清理 ${r.before} 之前的审计事件 ${r.removed} 条 / removed ${r.removed} events before ${r.before}`);
    }
  } else {
    console.error('用法 / usage: npm run audit:verify | npm run audit:purge -- <days>');
    code = 2;
  }
} finally {
  await database.close();
}
process.exit(code);
