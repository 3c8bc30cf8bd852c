import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshotPath, signIn, useProduct } from './harness';

const ctx = useProduct();
const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways: nothing, on a phone. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function onPhone(username: string): Promise<Page> {
  const page = await newPage(ctx.browser, PHONE);
  await signIn(page, ctx.server.url, username);
  await page.getByRole('heading', { name: '工作台' }).waitFor({ timeout: 20_000 });
  return page;
}

describe('the shell on a phone (390×844)', () => {
  it('shows the header readable, the menu in a drawer, and duties as a list without sideways scrolling', async () => {
    const page = await onPhone('org');
    // The header keeps the product's name and the user's whole name; the college's name is in the drawer.
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json() as Promise<{ displayName: string }>));
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain(me.displayName);
    await expect(sideways(page)).resolves.toBe(0);
    await page.getByTestId('menu-button').click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('menuitem', { name: '应办事项' }).click();
    await page.getByRole('heading', { name: '应办事项' }).waitFor();
    await page.getByTestId('duty-item').first().waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('duty-item').first().getByTestId('citation').textContent()).resolves.toMatch(/^《.+》/);
    await expect(sideways(page)).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('40-phone-duties') });
    await page.close();
  });

  it('gives a department head their workbench on a phone without sideways scrolling', async () => {
    const page = await onPhone('depthead');
    await page.getByTestId('my-duties').waitFor({ timeout: 20_000 });
    await expect(sideways(page)).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('41-phone-depthead-workbench'), fullPage: true });
    await page.close();
  });

  it.each([
    ['org', ['/sidelines', '/tolerance', '/interviews', '/talk-completion', '/incentives', '/people']],
    ['discipline', ['/interviews?tab=supervision', '/tolerance']],
    ['staff', ['/talks', '/sidelines', '/tolerance']],
  ])('keeps %s\'s pages within the phone\'s width', async (username, paths) => {
    const page = await onPhone(username);
    for (const p of paths) {
      await page.goto(`${ctx.server.url}${p}`);
      await page.getByRole('heading').first().waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await expect(sideways(page), p).resolves.toBe(0);
    }
    await page.close();
  });
});
