import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();
test.use({ viewport: { width: 390, height: 844 } });

/** How far the page scrolls sideways: nothing, on a phone. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('the shell on a phone (390×844)', () => {
  test('shows the header readable, the menu in a drawer, and duties as a list without sideways scrolling', async ({ signedIn }) => {
    const page = await signedIn('org');
    // The header keeps the product's name and the user's whole name; the college's name is in the drawer.
    const me = await getJson<{ displayName: string }>(page, '/api/auth/me');
    await expect(page.getByTestId('user-menu')).toContainText(me.displayName);
    expect(await sideways(page)).toBe(0);
    await page.getByTestId('menu-button').click();
    await page.locator('.ant-drawer').getByRole('menuitem', { name: '应办事项' }).click();
    await expect(page.getByRole('heading', { name: '应办事项' })).toBeVisible();
    await expect(page.getByTestId('duty-item').first().getByTestId('citation')).toHaveText(/^《.+》/);
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('40-phone-duties') });
  });

  test('gives a department head their workbench on a phone without sideways scrolling', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    await expect(page.getByTestId('my-duties')).toBeVisible();
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('41-phone-depthead-workbench'), fullPage: true });
  });

  for (const [username, paths] of [
    ['org', ['/sidelines', '/tolerance', '/interviews', '/talk-completion', '/incentives', '/people']],
    ['discipline', ['/interviews?tab=supervision', '/tolerance']],
    ['staff', ['/talks', '/sidelines', '/tolerance']],
  ] as const) {
    test(`keeps ${username}'s pages within the phone's width`, async ({ signedIn }) => {
      const page = await signedIn(username);
      for (const p of paths) {
        await page.goto(p);
        await expect(page.getByRole('heading').first()).toBeVisible();
        // Measured once the page's data has arrived and its tables are drawn.
        await page.waitForLoadState('networkidle');
        expect(await sideways(page), p).toBe(0);
      }
    });
  }
});
