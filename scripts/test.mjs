// `npm test`: type checks, server unit and integration tests (PGlite, and PostgreSQL when DATABASE_URL is set),
// then end-to-end tests in Debian's Chromium against the product started as `npm start` starts it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureWebBuilt } from './build-web.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = [];

function step(name, cmd, args, cwd = root) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env });
  results.push([name, r.status === 0]);
  return r.status === 0;
}

step('typecheck', bin('tsc'), ['-p', 'server']) && step('typecheck web', bin('tsc'), ['-p', 'web']) && step('typecheck e2e', bin('tsc'), ['-p', 'e2e']);
console.log(process.env.DATABASE_URL ? '\n集成测试将在 PGlite 和 PostgreSQL 上各运行一遍 / integration tests on PGlite and PostgreSQL' : '\n集成测试在 PGlite 上运行（设置 DATABASE_URL 可同时在 PostgreSQL 上运行）');
step('server tests', bin('vitest'), ['run'], path.join(root, 'server'));
await ensureWebBuilt();
step('e2e tests (Chromium)', bin('vitest'), ['run'], path.join(root, 'e2e'));

const failed = results.filter(([, ok]) => !ok);
console.log('\n' + results.map(([n, ok]) => `${ok ? '✓' : '✗'} ${n}`).join('\n'));
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
