import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { APIRequestContext } from '@playwright/test';
import { expect, getJson, PASSWORD, productPort, screenshotPath, test, useProduct } from './harness';

/**
 * Issue 23: 统一身份认证. The product is started with OpenID Connect pointed at a real provider (`oidc-provider`)
 * started here; a person signs in on the provider's own login page and lands on the workbench.
 */
const CLIENT_ID = 'cadre-platform';
const CLIENT_SECRET = 'e2e-client-secret-0123456789abcdef';

let provider: { issuer: string; server: http.Server };

useProduct({
  // The provider first: the product is started pointing at it, and the provider knows the product's callback.
  start: async () => {
    const port = await productPort();
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
    return {
      port,
      env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_REDIRECT_URI: `${app}/api/auth/sso/oidc/callback`, SSO_INSTITUTION: 'wanjiang' },
    };
  },
});

test.afterAll(async () => {
  provider?.server.closeAllConnections();
  await new Promise((r) => provider?.server.close(r));
});

/** The 工号 of the person behind a demo account, as the organization department reads it (through the API). */
async function staffNoOf(api: (username: string) => Promise<APIRequestContext>, username: string): Promise<string> {
  const [self, org] = [await api(username), await api('wj.org')];
  const me = await (await self.get('/api/auth/me')).json();
  const person = await (await org.get(`/api/persons/${me.personId}`)).json();
  await Promise.all([self.dispose(), org.dispose()]);
  return person.staffNo;
}

test.describe('统一身份认证 (OpenID Connect) in Chromium', () => {
  test('a person signs in on the provider’s own login page and lands on the workbench; an unknown 工号 is told why in Chinese', async ({ open, playwright, server }) => {
    const api = async (username: string) => {
      const context = await playwright.request.newContext({ baseURL: server.url });
      expect((await context.post('/api/auth/login', { data: { username, password: PASSWORD } })).status()).toBe(200);
      return context;
    };
    const staffNo = await staffNoOf(api, 'wj.depthead');
    const page = await open();
    await page.goto('/login');
    const sso = page.getByRole('link', { name: /统一身份认证登录/ });
    await expect(sso).toBeVisible();
    await page.screenshot({ path: screenshotPath('sso-login-page') });
    await sso.click();
    // The provider's own pages: its login form, then its consent.
    await expect(page).toHaveURL((u) => u.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').fill(staffNo);
    await page.locator('input[name="password"]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The provider may ask for consent first.
    const proceed = page.getByRole('button', { name: 'Continue' });
    const workbench = page.getByRole('heading', { name: '工作台' });
    await expect(proceed.or(workbench)).toBeVisible();
    if (await proceed.isVisible()) await proceed.click();
    await expect(workbench).toBeVisible();
    await expect(page).toHaveURL(/\/workbench/);
    expect((await getJson<{ username: string }>(page, '/api/auth/me')).username).toBe('wj.depthead');
    await page.screenshot({ path: screenshotPath('sso-workbench') });

    // Signing out here ends the provider's session too: the browser goes to the provider's sign-out page.
    await page.getByTestId('user-menu').hover();
    await page.getByText('退出登录').click();
    await expect(page).toHaveURL((u) => u.href.startsWith(`${provider.issuer}/session/end`));
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);

    // Someone the roster does not know: back at the login page with the reason.
    const other = await open();
    await other.goto('/login');
    await other.getByRole('link', { name: /统一身份认证登录/ }).click();
    await expect(other).toHaveURL((u) => u.href.startsWith(provider.issuer));
    await other.locator('input[name="login"]').fill('NOBODY-404');
    await other.locator('input[name="password"]').fill('any');
    await other.getByRole('button', { name: 'Sign-in' }).click();
    const next = other.getByRole('button', { name: 'Continue' });
    const error = other.getByTestId('sso-error');
    await expect(next.or(error)).toBeVisible();
    if (await next.isVisible()) await next.click();
    await expect(error).toContainText('本系统人员名册中没有该工号');
  });
});
