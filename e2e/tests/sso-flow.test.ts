import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { artifacts, launchBrowser, newPage, PASSWORD, productPort, screenshotPath, startServer, type RunningServer } from './harness';

/**
 * Issue 23: 统一身份认证. The product is started with OpenID Connect pointed at a real provider (`oidc-provider`)
 * started here; a person signs in on the provider's own login page and lands on the workbench.
 */
const CLIENT_ID = 'cadre-platform';
const CLIENT_SECRET = 'e2e-client-secret-0123456789abcdef';

let provider: { issuer: string; server: http.Server };
let product: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const port = productPort();
  const app = `http://localhost:${port}`;
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const oidc = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${app}/api/auth/sso/oidc/callback`], post_logout_redirect_uris: [`${app}/login`], token_endpoint_auth_method: 'client_secret_post' }],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'staff_no'] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, staff_no: id }) }),
    cookies: { keys: ['e2e-only-cookie-key'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  });
  server.on('request', oidc.callback());
  provider = { issuer, server };
  product = await startServer({
    port,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_REDIRECT_URI: `${app}/api/auth/sso/oidc/callback`, SSO_INSTITUTION: 'wanjiang' },
  });
  browser = await launchBrowser();
}, 200_000);

afterAll(async () => {
  if (product) fs.writeFileSync(path.join(artifacts, 'sso-flow-server.log'), product.output());
  await browser?.close();
  await product?.stop();
  provider?.server.closeAllConnections();
  await new Promise((r) => provider?.server.close(r));
});

/** The 工号 of the person behind a demo account, as the organization department reads it. */
async function staffNoOf(username: string): Promise<string> {
  const signIn = async (name: string) => {
    const res = await fetch(`${product.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: name, password: PASSWORD }) });
    expect(res.status).toBe(200);
    return /cadre_sid=([^;]+)/.exec(res.headers.get('set-cookie')!)![1];
  };
  const me = await (await fetch(`${product.url}/api/auth/me`, { headers: { cookie: `cadre_sid=${await signIn(username)}` } })).json();
  const person = await (await fetch(`${product.url}/api/persons/${me.personId}`, { headers: { cookie: `cadre_sid=${await signIn('wj.org')}` } })).json();
  return person.staffNo;
}

describe('统一身份认证 (OpenID Connect) in Chromium', () => {
  it('a person signs in on the provider’s own login page and lands on the workbench; an unknown 工号 is told why in Chinese', async () => {
    const staffNo = await staffNoOf('wj.depthead');
    const page = await newPage(browser);
    await page.goto(`${product.url}/login`);
    const sso = page.getByRole('link', { name: /统一身份认证登录/ });
    await sso.waitFor();
    await page.screenshot({ path: screenshotPath('sso-login-page') });
    await sso.click();
    // The provider's own pages: its login form, then its consent.
    await page.waitForURL((u) => u.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill(staffNo);
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    const proceed = page.getByRole('button', { name: 'Continue' });
    await Promise.race([proceed.waitFor({ timeout: 15_000 }).then(() => proceed.click()), page.waitForURL(/\/workbench/, { timeout: 15_000 })]).catch(() => undefined);
    await page.waitForURL(/\/workbench/, { timeout: 20_000 });
    await page.getByRole('heading', { name: '工作台' }).waitFor({ timeout: 20_000 });
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    expect(me.username).toBe('wj.depthead');
    await page.screenshot({ path: screenshotPath('sso-workbench') });

    // Signing out here ends the provider's session too: the browser goes to the provider's sign-out page.
    await page.getByTestId('user-menu').hover();
    await page.getByText('退出登录').click();
    await page.waitForURL((u) => u.href.startsWith(`${provider.issuer}/session/end`), { timeout: 20_000 });
    expect((await page.request.get(`${product.url}/api/auth/me`)).status()).toBe(401);

    // Someone the roster does not know: back at the login page with the reason.
    const other = await newPage(browser);
    await other.goto(`${product.url}/login`);
    await other.getByRole('link', { name: /统一身份认证登录/ }).click();
    await other.waitForURL((u) => u.href.startsWith(provider.issuer));
    await other.locator('input[name="login"]').fill('NOBODY-404');
    await other.locator('input[name="password"]').fill('any');
    await other.getByRole('button', { name: 'Sign-in' }).click();
    const next = other.getByRole('button', { name: 'Continue' });
    await Promise.race([next.waitFor({ timeout: 15_000 }).then(() => next.click()), other.waitForURL(/ssoError=/, { timeout: 15_000 })]).catch(() => undefined);
    await other.getByTestId('sso-error').waitFor({ timeout: 20_000 });
    expect(await other.getByTestId('sso-error').innerText()).toContain('本系统人员名册中没有该工号');
  }, 120_000);
});
