import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

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

/**
 * Starts the product as a user would (`npm start`'s script) on a fresh data directory and a free port.
 * `opts.env`: settings beyond the defaults (e.g. 统一身份认证); `opts.port`: when the test must know it before the start.
 */
/** How long a product may take to start: seeding four demo colleges takes a minute or more on a busy 2-core machine. */
const STARTUP_MS = 240_000;

export async function startServer(opts: { port?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-e2e-'));
  const port = opts.port ?? (await productPort());
  // Every test signs in several people from one address: the sign-in rate limit is tested in the server's own tests.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOGIN_PER_MINUTE: '600', ...opts.env };
  delete env.DATABASE_URL; // the product's first impression: the embedded database
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
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, `${name}.png`);
}

/** The product the running test file uses: a worker runs one file at a time, and each file starts its own. */
let product: RunningServer | undefined;

export interface Fixtures {
  /** This file's product (started by `useProduct()`). */
  server: RunningServer;
  /** A new page in a context of its own (its own cookies), signed out; closed after the test. */
  open: (viewport?: { width: number; height: number }) => Promise<Page>;
  /** A new page signed in as `username` through the sign-in page, once the workbench shows. */
  signedIn: (username: string, viewport?: { width: number; height: number }) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    if (!product) throw new Error('this file did not start the product: call useProduct()');
    await use(product);
  },
  // Pages open on this file's product: relative addresses (page.goto('/people')) are the product's.
  open: async ({ browser, server, viewport, reducedMotion }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (size) => {
      const context = await browser.newContext({ baseURL: server.url, viewport: size ?? viewport, reducedMotion });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  signedIn: async ({ open }, use) => {
    await use(async (username, size) => {
      const page = await open(size);
      await signIn(page, username);
      await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
      return page;
    });
  },
});

/**
 * Starts the product for this test file on a fresh data directory before its first test, and stops it after the last.
 * `opts.start` decides the settings when the product needs something started before it (the SSO provider).
 */
export function useProduct(opts: { start?: () => Promise<{ port?: number; env?: NodeJS.ProcessEnv }> } = {}) {
  test.beforeAll(async () => {
    test.setTimeout(STARTUP_MS);
    product = await startServer(opts.start ? await opts.start() : {});
  });
  test.afterAll(async ({}, testInfo) => {
    // What the product printed, beside the screenshots: the first thing to read when a test of this file failed.
    if (product) {
      fs.mkdirSync(path.join(artifacts, 'logs'), { recursive: true });
      fs.writeFileSync(path.join(artifacts, 'logs', `${path.basename(testInfo.file, '.test.ts')}.log`), product.output());
    }
    await product?.stop();
    product = undefined;
  });
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** A JSON API response as the signed-in user of `page` receives it (the page's cookies). */
export async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}
