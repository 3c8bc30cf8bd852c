import { clockOf, ConfigError, loadConfig } from './config';
import { useProcessClock } from './core/shared/clock';
import { openConfigured, type Database } from './core/db/connection';
import { DataDirLockedError } from './core/db/lock';
import { loadAllPacks, packsDir, PolicyPackError } from './core/policy/pack-loader';
import { requiredPolicyKeys } from './core/policy/policy-keys';
import { buildApp } from './app';
import { DEMO_PASSWORD, listDemoAccounts, seedDemoIfEmpty } from './demo/seed';
import { todayIso } from './core/shared/dates';
import { anchorLog } from './core/security/audit-anchor';
import { startAnchoring } from './core/audit/audit-anchor.service';
import { startBackground, type Background } from './core/jobs/background';
import { registeredJobs } from './core/jobs/registry';
import { buildChannels } from './core/notifications/channels';
import { registerReminderJobs } from './core/reminders/job';

const ROLE_OF_USERNAME: Record<string, string> = {
  org: '党委组织部', discipline: '纪委（纪检监察室）', office: '党政办', finance: '财资处', foreign: '外事部门', publicity: '宣传部',
  principal: '党委书记', leader: '分管院领导', depthead: '部门负责人', staff: '干部职工', sysadmin: '系统管理员', secadmin: '安全管理员', auditor: '审计管理员',
};

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  // Outside requests (seeding, start-up) the process runs on the configured clock too.
  useProcessClock(clockOf(config));
  if (config.today) console.log(`日期固定为 ${config.today}（CADRE_TODAY，用于试用、演示和测试；生产环境请勿设置） / the date is fixed to ${config.today} by CADRE_TODAY`);
  let packs;
  try {
    // Every value of every pack against its area's key table (areas/index.ts registers them; app.ts imports it).
    packs = loadAllPacks(packsDir, requiredPolicyKeys());
  } catch (err) {
    if (err instanceof PolicyPackError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }

  let database: Database;
  try {
    database = await openConfigured(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(75);
    }
    throw err;
  }

  let closing = false;
  let stopAnchoring = () => undefined as void;
  let background: Background | null = null;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    stopAnchoring();
    console.log(`\n收到 ${signal}，正在关闭…… / shutting down`);
    // The round in progress finishes (a job's transaction commits or rolls back as a whole) before the database closes.
    await background?.stop().catch(() => undefined);
    await app.close().catch(() => undefined);
    await database.close().catch((e) => console.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const seeded = config.seedDemo ? await seedDemoIfEmpty(database.db, packs, todayIso()) : null;
  const { app } = await buildApp({ db: database.db, packs, config }, { logger: process.env.LOG_REQUESTS === 'true' });
  await app.listen({ port: config.port, host: config.host });
  // The audit chain's head, anchored outside the database now and every few minutes (stdout is the system log).
  stopAnchoring = startAnchoring(database.db, anchorLog(config.audit.anchorFile), config.audit.anchorMinutes);
  // Scheduled jobs and outside notifications (README 通知渠道), in every instance; the database shares out the work.
  // Daily jobs are registered before the runner starts (jobs/registry.ts).
  registerReminderJobs(packs);
  background = startBackground({ db: database.db, jobs: registeredJobs(), channels: buildChannels(config.delivery), clock: clockOf(config), pollSeconds: config.delivery.pollSeconds, origin: config.publicOrigins[0] ?? null });
  const on = (['email', 'wecom', 'dingtalk'] as const).filter((c) => config.delivery[c]);
  console.log(`通知渠道：站内提醒${on.length ? `、${on.map((c) => ({ email: '电子邮件', wecom: '企业微信', dingtalk: '钉钉' })[c]).join('、')}` : '（未配置外部渠道，见 README 通知渠道）'}`);

  const accounts = seeded ?? (await listDemoAccounts(database.db));
  const first = accounts.filter((a) => a.college === accounts[0]?.college);
  console.log('');
  console.log(`干部管理监督平台已启动 / started: http://localhost:${config.port}`);
  console.log(
    database.engine === 'pglite'
      ? `数据库：嵌入式 PGlite（${config.pgliteDir}），供试用与演示；生产环境请设置 DATABASE_URL 使用 PostgreSQL`
      : '数据库：PostgreSQL（DATABASE_URL）',
  );
  if (seeded) console.log('已生成演示数据：四所虚构学院 / demo data seeded');
  if (first.length) {
    console.log(`\n演示账号 / demo accounts（${first[0].college}，密码均为 ${DEMO_PASSWORD}）：`);
    for (const a of first) console.log(`  ${a.username.padEnd(12)} ${(ROLE_OF_USERNAME[a.username] ?? '').padEnd(10, '　')} ${a.displayName}`);
    console.log('  其他三所学院的账号在用户名前加 pc.（彭城工院）、fj.（梵净学院）、wj.（皖江中澳），如 pc.org');
  }
}

main().catch((err) => {
  console.error('启动失败 / failed to start:', err);
  process.exit(1);
});
