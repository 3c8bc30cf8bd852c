import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Starting the product as a user does (`npm start`'s script), without Playwright: the harness starts one per test file,
 * the global setup one to seed the demo once.
 */
export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  dataDir: string;
  output: () => string;
  stop(keepData?: boolean): Promise<void>;
}

/** Ports Chromium will not navigate to (ERR_UNSAFE_PORT); the system's ephemeral range lies above them all. */
const CHROMIUM_UNSAFE_PORTS = new Set([3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

/** A port free on this machine right now (other test runs may share it), and one Chromium will open. */
export async function productPort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = net.createServer();
      probe.once('error', reject);
      probe.listen(0, () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    if (!CHROMIUM_UNSAFE_PORTS.has(port)) return port;
  }
}

/** How long a product may take to start: seeding four demo colleges takes a minute or more on a busy 2-core machine. */
export const STARTUP_MS = 240_000;

/**
 * The demo as the global setup seeded it (a stopped product's data directory) and the date in China it was seeded on:
 * a file's product starts on a copy of it — the same first start a user gets, without seeding four colleges again for
 * each of the ~20 files (about 12 s each on a quiet machine, a minute on a busy one). Where there is none, or the date
 * has turned since (the demo's histories are dated from the day they were seeded), the product seeds its own.
 */
const SEEDED_DIR = 'E2E_SEEDED_DATA_DIR';
const SEEDED_ON = 'E2E_SEEDED_ON';
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function seededCopy(): string | undefined {
  const dir = process.env[SEEDED_DIR];
  if (!dir || !fs.existsSync(dir) || process.env[SEEDED_ON] !== chinaToday()) return undefined;
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-e2e-'));
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

/**
 * Starts the product on a free port: on a copy of the seeded demo, or (`fresh`, or none seeded today) on an empty data
 * directory where it seeds the demo itself. `opts.env`: settings beyond the defaults (e.g. 统一身份认证); `opts.port`:
 * when the test must know it before the start.
 */
export async function startServer(opts: { port?: number; env?: NodeJS.ProcessEnv; fresh?: boolean } = {}): Promise<RunningServer> {
  const dataDir = (!opts.fresh && seededCopy()) || fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-e2e-'));
  const port = opts.port ?? (await productPort());
  // Every test signs in several people from one address: the sign-in rate limit is tested in the server's own tests.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOGIN_PER_MINUTE: '600', ...opts.env };
  delete env.DATABASE_URL; // the product's first impression: the embedded database
  delete env[SEEDED_DIR];
  delete env[SEEDED_ON];
  const proc = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], { env, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  // The product prints "已启动" once it listens (the same line a user reads after `npm start`); given up on before the
  // file's hook times out, to show what it printed.
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), STARTUP_MS - 10_000);
    proc.stdout!.on('data', () => out.includes('已启动') && (clearTimeout(t), resolve()));
    proc.on('exit', (code, signal) => (clearTimeout(t), reject(new Error(`server exited with ${code ?? signal}:\n${out}`))));
  });
  return {
    url: `http://localhost:${port}`,
    proc,
    dataDir,
    output: () => out,
    async stop(keepData = false) {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Seeds the demo once for the whole run: starts the product on an empty data directory, stops it, and leaves the
 * directory for `startServer` to copy. Returns the teardown that removes it.
 */
export async function seedOnce(): Promise<() => void> {
  const seeded = await startServer({ fresh: true });
  // It says so a few lines after "已启动"; stopped whatever happens (a product left running would hold the run open).
  const said = () => seeded.output().includes('已生成演示数据');
  try {
    for (let waited = 0; !said() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  } finally {
    await seeded.stop(said());
  }
  if (!said()) throw new Error(`the product did not seed its demo:\n${seeded.output()}`);
  process.env[SEEDED_DIR] = seeded.dataDir;
  process.env[SEEDED_ON] = chinaToday();
  return () => fs.rmSync(seeded.dataDir, { recursive: true, force: true });
}
