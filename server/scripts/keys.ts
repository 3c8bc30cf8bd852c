/**
 * `npm run keys:rotate` — adds the next version of the field key (a new file in the key directory; with keys in the
 * environment, the operator sets CADRE_FIELD_KEY_<n> first) and re-encrypts every encrypted field and blind index with
 * it in one transaction. Stop the service first (PGlite refuses while it runs: the data directory is locked). Older key
 * versions stay in place: backups taken before the rotation need them.
 * `npm run keys:status` — the key versions present and the one the data is sealed with.
 */
import { eq } from 'drizzle-orm';
import { loadConfig } from '../src/config';
import { openConfigured } from '../src/core/db/connection';
import { resealFields } from '../src/core/db/field-reseal';
import { fieldSealState } from '../src/core/db/schema';
import { currentFieldKeyVersion, useFieldKeys } from '../src/core/security/field-crypto';
import { addFieldKeyVersion, fieldKeyVersions, keyDir } from '../src/core/security/keys';

const [command] = process.argv.slice(2);
const config = loadConfig();
const database = await openConfigured(config);
let code = 0;
try {
  const [state] = await database.db.select().from(fieldSealState).where(eq(fieldSealState.id, 1));
  if (command === 'status') {
    console.log(`字段密钥版本 / field key versions: ${[...fieldKeyVersions().keys()].sort((a, b) => a - b).join(', ')}（${process.env.CADRE_FIELD_KEY ? '环境变量' : keyDir()}）`);
    console.log(`数据当前使用第 ${state?.keyVersion ?? '?'} 版加密，覆盖 ${state?.columns.length ?? 0} 个字段 / data sealed with version ${state?.keyVersion}`);
  } else if (command === 'rotate') {
    if (process.env.CADRE_FIELD_KEY && currentFieldKeyVersion() <= (state?.keyVersion ?? 1)) {
      const next = addFieldKeyVersion();
      console.error(`密钥取自环境变量：请先设置 ${next.envName}（64 位十六进制，如 openssl rand -hex 32 生成），再运行本命令 / set ${next.envName} first`);
      code = 2;
    } else {
      if (!process.env.CADRE_FIELD_KEY) {
        const added = addFieldKeyVersion();
        console.log(`已生成第 ${added.version} 版字段密钥 / new key: ${added.file}`);
        useFieldKeys();
      }
      const started = Date.now();
      const r = await resealFields(database.db, { force: true });
      const total = Object.values(r!.changed).reduce((a, b) => a + b, 0);
      console.log(`已用第 ${r!.keyVersion} 版密钥重新加密 ${total} 个值，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒 / re-encrypted ${total} values`);
      for (const [name, n] of Object.entries(r!.changed)) console.log(`  ${name}: ${n}`);
      for (const [name, ids] of Object.entries(r!.unreadable)) console.error(`  ${name}: ${ids.length} 条完整性校验失败，保持原样 / left as they are (id ${ids.join(', ')})`);
      console.log('旧版本密钥仍保留：轮换前的备份需要它们恢复；确认不再需要这些备份后方可删除 / older key versions are kept for older backups');
    }
  } else {
    console.error('用法 / usage: npm run keys:rotate | npm run keys:status');
    code = 2;
  }
} finally {
  await database.close();
}
process.exit(code);
