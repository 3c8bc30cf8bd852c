// `npm test`: the dependency rule, lint, type checks, server unit and integration tests (PGlite, and PostgreSQL when
// DATABASE_URL is set), then end-to-end tests (@playwright/test) in Debian's Chromium against the product started as
// `npm start` starts it. Everything runs on the Node that runs this script (.ci/run runs it once per Node version it tests).
// `npm test -- --no-e2e`: everything but the end-to-end tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuilt } from './build-web.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const results = [];
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-test-'));
const counts = { passed: 0, failed: 0 };

/** Runs vitest in a workspace, with a JSON report to count the tests. */
function vitest(name, dir) {
  const out = path.join(reports, `${dir}.json`);
  const ok = step(name, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`], path.join(root, dir));
  try {
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
  } catch {
    if (!ok) counts.failed++; // the run broke before reporting
  }
  return ok;
}

/** Runs the end-to-end tests with Playwright's JSON report (besides its list and HTML reports) to count them. */
function playwright(name, dir) {
  const out = path.join(reports, `${dir}.json`);
  const ok = step(name, bin('playwright'), ['test'], path.join(root, dir), { PLAYWRIGHT_JSON_OUTPUT_FILE: out });
  try {
    const { stats, errors } = JSON.parse(fs.readFileSync(out, 'utf8'));
    counts.passed += stats.expected + stats.flaky;
    // Nothing is skipped on purpose: a test skipped because an earlier one of its serial file failed did not pass,
    // and an error outside any test (a file that does not load, a failed hook) fails the run.
    counts.failed += stats.unexpected + stats.skipped + errors.length;
  } catch {
    if (!ok) counts.failed++; // the run broke before reporting
  }
  return ok;
}

function step(name, cmd, args, cwd = root, env = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  results.push([name, r.status === 0]);
  return r.status === 0;
}

console.log(`Node.js ${process.version}`);
// The static checks in order; the first that fails ends them.
const checks = [
  ['dependency rule', 'depcruise', ['server/src', 'web/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
  ['lint', 'eslint', ['.']],
  ['typecheck', 'tsc', ['-p', 'server']],
  ['typecheck web', 'tsc', ['-p', 'web']],
  ['typecheck e2e', 'tsc', ['-p', 'e2e']],
  ['typecheck bench', 'tsc', ['-p', 'bench']],
];
for (const [name, cmd, args] of checks) if (!step(name, bin(cmd), args)) break;
console.log(process.env.DATABASE_URL ? '\n集成测试将在 PGlite 和 PostgreSQL 上各运行一遍 / integration tests on PGlite and PostgreSQL' : '\n集成测试在 PGlite 上运行（设置 DATABASE_URL 可同时在 PostgreSQL 上运行）');
vitest('server tests', 'server');
if (!process.argv.includes('--no-e2e')) {
  await ensureWebBuilt();
  playwright('e2e tests (Chromium)', 'e2e');
}

const failed = results.filter(([, ok]) => !ok);
console.log('\n' + results.map(([n, ok]) => `${ok ? '✓' : '✗'} ${n}`).join('\n'));
// Tests counted from the runners' reports; a failed static check (dependency rule, lint, type check) counts as a failure too.
const failedChecks = failed.filter(([n]) => checks.some(([c]) => c === n)).length;
console.log(`${counts.passed} passed, ${counts.failed + failedChecks} failed`);
process.exit(failed.length ? 1 : 0);
