import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const artifacts = path.join(repoRoot, 'e2e', 'artifacts');
export const PASSWORD = 'Cadre@2026';

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Ports Chromium will not navigate to, of those near the range the tests use. */
const CHROMIUM_UNSAFE_PORTS = new Set([3659, 4045, 4190, 5060, 5061]);

/** Starts the product as a user would (`npm start`'s script) on a fresh data directory and a free port. */
/** A free-looking port for the product, off Chromium's unsafe list. */
export function productPort(): number {
  let port = 3400 + Math.floor(Math.random() * 500);
  // Chromium refuses to open ports on its unsafe list (ERR_UNSAFE_PORT); 3659 lies in this range.
  while (CHROMIUM_UNSAFE_PORTS.has(port)) port++;
  return port;
}

/** `opts.env`: settings beyond the defaults (e.g. 统一身份认证); `opts.port`: when the test must know it before the start. */
export async function startServer(opts: { port?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-e2e-'));
  const port = opts.port ?? productPort();
  // Every test signs in several people from one address: the sign-in rate limit is tested in the server's own tests.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOGIN_PER_MINUTE: '600', ...opts.env };
  delete env.DATABASE_URL; // the product's first impression: the embedded database
  const proc = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], { env, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), 170_000);
    const check = () => {
      if (out.includes('已启动')) {
        clearTimeout(t);
        resolve();
      }
    };
    proc.stdout!.on('data', check);
    proc.on('exit', (code, signal) => reject(new Error(`server exited with ${code ?? signal}:\n${out}`)));
  });
  return {
    url: `http://localhost:${port}`,
    proc,
    dataDir,
    output: () => out,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, `${name}.png`);
}

/** Starts the product and a browser for a test file, and stops both after it. */
export function useProduct() {
  const ctx = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    ctx.server = await startServer();
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

/** A page as a user with reduced motion sees it: no animations to wait out. */
export const newPage = (browser: Browser, viewport = { width: 1440, height: 1000 }) => browser.newPage({ reducedMotion: 'reduce', viewport });

/** Signs in through the sign-in page. */
export async function signIn(page: Page, url: string, username: string, password = PASSWORD) {
  await page.goto(url);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** A new page signed in as `username`, once the workbench shows. */
export async function signedIn(ctx: { server: RunningServer; browser: Browser }, username: string): Promise<Page> {
  const page = await newPage(ctx.browser);
  await signIn(page, ctx.server.url, username);
  await page.getByRole('heading', { name: '工作台' }).waitFor({ timeout: 20_000 });
  return page;
}
