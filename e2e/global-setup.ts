import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Builds the web app once before the first product starts (as `npm start` would, if it is missing or stale). */
export default function globalSetup() {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-web.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the web app failed (exit ${r.status ?? r.signal})`);
}
