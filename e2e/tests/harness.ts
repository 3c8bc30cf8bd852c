import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { repoRoot, startServer, STARTUP_MS, type RunningServer } from './product';

export { expect };
export { productPort, repoRoot, startServer, type RunningServer } from './product';

export const artifacts = path.join(repoRoot, 'e2e', 'artifacts');
export const PASSWORD = 'Cadre@2026';

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
  // When a test fails, CI shows only its output: the refused requests, the browser's errors and the form messages on
  // screen are printed with the failure, so that a failure there can be read without the trace.
  open: async ({ browser, server, viewport, reducedMotion }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const seen: string[] = [];
    await use(async (size) => {
      const context = await browser.newContext({ baseURL: server.url, viewport: size ?? viewport, reducedMotion });
      contexts.push(context);
      const page = await context.newPage();
      page.on('response', (res) => {
        if (res.status() >= 400) void res.text().then((body) => seen.push(`${res.request().method()} ${new URL(res.url()).pathname} → ${res.status()} ${body.slice(0, 300)}`), () => undefined);
      });
      page.on('requestfailed', (req) => seen.push(`${req.method()} ${req.url()} failed: ${req.failure()?.errorText}`));
      page.on('pageerror', (err) => seen.push(`page error: ${err.message}`));
      return page;
    });
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const context of contexts)
        for (const page of context.pages()) {
          const shown = await page.locator('.ant-form-item-explain-error, .ant-message-notice, .ant-alert-message, .light-alert-title').allTextContents().catch(() => []);
          if (shown.length) seen.push(`on ${page.url()}: ${shown.join(' | ')}`);
        }
      console.log(`— ${testInfo.title}: what the browser saw —\n${seen.join('\n') || '(no refused request, no page error)'}`);
    }
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
 * Starts the product for this test file before its first test (on its own copy of the demo the global setup seeded), and
 * stops it after the last.
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

/**
 * Types a date into the date picker labelled `label` and confirms it; waits until the field shows it (a picker that
 * did not take the date, a disabled day or a slow popup, fails here and not later as a missing field).
 */
export async function pickDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}
