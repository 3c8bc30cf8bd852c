import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();

const PHONE = { width: 390, height: 844 };

/** How far the page, and each drawer's or dialog's body, scrolls sideways, for those that do: none, on a phone. */
const sideways = (page: Page) =>
  page.evaluate(() => [document.documentElement, ...Array.from(document.querySelectorAll('.ant-drawer-body, .ant-modal-body'))].map((e) => e.scrollWidth - e.clientWidth).filter((d) => d > 0));
/** No table row is left where a card should be. */
const noTableRows = (page: Page, where: string) => expect(page.locator('tr.ant-table-row'), where).toHaveCount(0);

/**
 * Issue 24, phone: the tables on record pages and inside drawers become cards at 390 px — a review's deadlines, the
 * person page's posts, tenures and training, an interview's targets, an outside post's reports, a plan's drawer — and
 * neither the page nor the drawer scrolls sideways. Each record is the first of its list as the user opens it.
 */
test.describe('record pages and drawers on a phone (390×844): cards, nothing sideways (issue 24)', () => {
  test.setTimeout(300_000);

  test('org: a tolerance review, an interview and an outside post', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    const [review] = await getJson<{ id: number }[]>(page, '/api/tolerance-reviews');
    const [interview] = await getJson<{ id: number }[]>(page, '/api/interviews');
    const { items: [post] } = await getJson<{ items: { id: number }[] }>(page, '/api/sidelines?scope=all&pageSize=1');
    for (const [path, card, shot] of [
      [`/tolerance/reviews/${review.id}`, 'review-step-card', 'review'],
      [`/interviews/${interview.id}`, 'interview-target-card', 'interview'],
      [`/sidelines/${post.id}`, null, 'sideline'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByTestId('page-header'), path).toBeVisible();
      if (card) await expect(page.getByTestId(card).first(), path).toBeVisible();
      await page.waitForLoadState('networkidle');
      await noTableRows(page, path);
      expect(await sideways(page), path).toEqual([]);
      await page.screenshot({ path: screenshotPath(`e-phone-org-${shot}`), fullPage: true });
    }
  });

  test('leader: their own person page and a plan\'s drawer', async ({ signedIn }) => {
    const page = await signedIn('leader', PHONE);
    const me = await getJson<{ personId: number }>(page, '/api/auth/me');
    await page.goto(`/people/${me.personId}`);
    await expect(page.getByTestId('current-post-card').first()).toBeVisible();
    await expect(page.getByTestId('tenure-card').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await noTableRows(page, 'person page');
    expect(await sideways(page), 'person page').toEqual([]);
    await page.screenshot({ path: screenshotPath('e-phone-leader-person'), fullPage: true });

    await page.goto('/interviews?tab=plans');
    await page.getByTestId('plan-card').first().locator('a').first().click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The drawer covers the screen, not wider than it.
    expect(await drawer.evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(PHONE.width);
    await expect(drawer.locator('tr.ant-table-row')).toHaveCount(0);
    expect(await sideways(page), 'plan drawer').toEqual([]);
    await page.screenshot({ path: screenshotPath('e-phone-leader-plan-drawer') });
  });
});
