// Builds the web app with Vite when web/dist is missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const webDir = path.join(root, 'web');
const builtMarker = path.join(webDir, 'dist', 'index.html');

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

export async function ensureWebBuilt({ force = false } = {}) {
  const sources = ['src', 'build-plugins', 'index.html', 'vite.config.ts', 'package.json'].map((f) => path.join(webDir, f));
  const stale = force || !fs.existsSync(builtMarker) || Math.max(...sources.map(newestMtime)) > fs.statSync(builtMarker).mtimeMs;
  if (!stale) return false;
  console.log('正在构建前端 / building the web app …');
  const { build } = await import('vite');
  await build({ root: webDir, logLevel: 'warn', configFile: path.join(webDir, 'vite.config.ts') });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await ensureWebBuilt({ force: process.argv.includes('--force') });
}
