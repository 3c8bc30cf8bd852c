/**
 * `npm run audit:verify` — verifies the audit chain and names the first broken event, then compares it with the latest
 * anchor outside the database (security/audit-anchor.ts): newest events removed, the head rewound, the anchored event
 * replaced, or an anchor file whose own MACs fail (exit 1 for any). A chain that holds is anchored anew.
 * `npm run audit:purge -- <days>` — removes events older than <days> (at least 180: 网络安全法 第二十一条).
 * Runs on DATABASE_URL, or on the PGlite data directory when the server is stopped (the directory is locked while it runs).
 */
import { loadConfig } from '../src/config';
import { openConfigured } from '../src/core/db/connection';
import { MIN_RETENTION_DAYS, purgeAudit, verifyAuditChain } from '../src/core/audit/audit-verify.service';
import { anchorChain, checkAnchors } from '../src/core/audit/audit-anchor.service';
import { anchorLog } from '../src/core/security/audit-anchor';

const [command, arg] = process.argv.slice(2);
const config = loadConfig();
const database = await openConfigured(config);
const anchors = anchorLog(config.audit.anchorFile);
let code = 0;
try {
  if (command === 'verify') {
    const v = await verifyAuditChain(database.db);
    const a = await checkAnchors(database.db, anchors);
    if (v.ok && a.ok) {
      console.log(`审计链完整 / audit chain intact: ${v.checked} 条已校验${v.unchained ? `，另有 ${v.unchained} 条早于链的建立` : ''}`);
      console.log(a.latest ? `与锚点一致 / matches its anchor: ${a.latest.at}，编号 ${a.latest.lastId ?? '—'}，${a.latest.count} 条（锚点文件 ${config.audit.anchorFile}，${a.anchors} 个锚点）` : `尚无锚点，本次写入第一个 / no anchor yet: ${config.audit.anchorFile}`);
      await anchorChain(database.db, anchors);
    } else {
      if (!v.ok) {
        const b = v.firstBroken!;
        console.error(`审计链被破坏 / audit chain broken at event ${b.id}${b.at ? ` (${b.at}, ${b.action})` : ''}: ${b.reason}`);
        console.error(`此前 ${v.checked} 条校验通过 / ${v.checked} events verified before it`);
      }
      for (const p of a.problems) console.error(`审计链与锚点不符 / ${p.code}: ${p.message}`);
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
      // The anchors concern the head, which a purge leaves as it is; the next anchor records the new start.
      await anchorChain(database.db, anchors);
    }
  } else {
    console.error('用法 / usage: npm run audit:verify | npm run audit:purge -- <days>');
    code = 2;
  }
} finally {
  await database.close();
}
process.exit(code);
