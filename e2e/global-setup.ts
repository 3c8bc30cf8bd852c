import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { seedOnce } from './tests/product';

/**
 * Builds the web app once before the first product starts (as `npm start` would, if it is missing or stale), then seeds
 * the demo once: each test file's product starts on a copy of it (tests/product.ts). Returns the teardown.
 */
export default async function globalSetup() {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-web.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the web app failed (exit ${r.status ?? r.signal})`);
  return seedOnce();
}
