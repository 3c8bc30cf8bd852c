import type { Page } from '@playwright/test';
import { expect, screenshotPath, test, useProduct } from './harness';

useProduct();

const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways: nothing, on a phone. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Each list a user opens, by who opens it: the address, the cards it shows on a phone, and the screenshot's name.
 * A list marked `mayBeEmpty` holds nothing of this user in the demo: it shows an empty list, still no table.
 */
const LISTS: Record<string, [path: string, card: string, shot: string, mayBeEmpty?: 'mayBeEmpty'][]> = {
  staff: [
    ['/talks', 'talk-card', 'talks'],
    ['/sidelines?tab=mine', 'sideline-card', 'sidelines-mine', 'mayBeEmpty'],
    ['/tolerance?tab=mine', 'tolerance-case-card', 'tolerance-mine', 'mayBeEmpty'],
    ['/interviews?tab=inquiries', 'inquiry-card', 'inquiries', 'mayBeEmpty'],
  ],
  depthead: [
    ['/talks', 'talk-card', 'talks'],
    ['/sidelines?tab=mine', 'sideline-card', 'sidelines-mine'],
    ['/interviews?tab=mine', 'interview-card', 'interviews-mine'],
    ['/tolerance?tab=mine', 'tolerance-case-card', 'tolerance-mine', 'mayBeEmpty'],
  ],
  leader: [
    ['/talks', 'talk-card', 'talks'],
    ['/sidelines?tab=mine', 'sideline-card', 'sidelines-mine', 'mayBeEmpty'],
    ['/sidelines?tab=todo', 'application-card', 'sidelines-todo', 'mayBeEmpty'],
    ['/interviews?tab=plans', 'plan-card', 'interview-plans'],
  ],
  org: [
    ['/talks', 'talk-card', 'talks'],
    ['/sidelines?tab=ledger', 'sideline-card', 'sideline-ledger'],
    ['/sidelines?tab=all', 'application-card', 'sideline-applications'],
    ['/tolerance?tab=cases', 'tolerance-case-card', 'tolerance-cases'],
    ['/tolerance?tab=reviews', 'tolerance-review-card', 'tolerance-reviews'],
    ['/tolerance?tab=corrections', 'correction-card', 'tolerance-corrections'],
    ['/interviews?tab=work', 'interview-card', 'interviews-work'],
    ['/interviews?tab=suggestions', 'suggestion-card', 'interview-suggestions'],
    ['/interviews?tab=plans', 'plan-card', 'interview-plans'],
    ['/interviews?tab=inquiries', 'inquiry-card', 'inquiries', 'mayBeEmpty'],
    ['/interviews?tab=statistics', 'statistics-card', 'interview-statistics', 'mayBeEmpty'],
    ['/incentives?tab=reserve', 'reserve-card', 'incentives-reserve'],
    ['/incentives?tab=commendation', 'nomination-card', 'incentives-commendation'],
    ['/incentives?tab=training', 'training-hours-card', 'incentives-training'],
    ['/incentives?tab=inaction', 'inaction-card', 'incentives-inaction'],
    ['/incentives?tab=care', 'care-card', 'incentives-care'],
    ['/people', 'person-card', 'people'],
  ],
  discipline: [['/tolerance?tab=petitions', 'petition-card', 'tolerance-petitions']],
};

test.describe('lists on a phone (390×844): each row a card, nothing scrolls sideways (issue 24)', () => {
  for (const [user, lists] of Object.entries(LISTS)) {
    test(`${user}: every list shows cards, not a narrow table`, async ({ signedIn }) => {
      const page = await signedIn(user, PHONE);
      for (const [path, card, shot, mayBeEmpty] of lists) {
        await page.goto(path);
        await expect(page.getByTestId('page-header'), path).toBeVisible();
        if (mayBeEmpty) await expect(page.locator('.ant-list').first(), path).toBeVisible();
        else await expect(page.getByTestId(card).first(), path).toBeVisible();
        await page.waitForLoadState('networkidle');
        // The list is cards: no table row of it is left on the page.
        await expect(page.getByRole('tabpanel').locator('tr.ant-table-row'), path).toHaveCount(0);
        await expect(page.locator('.ant-card-body > .ant-table-wrapper tr.ant-table-row'), path).toHaveCount(0);
        expect(await sideways(page), path).toBe(0);
        await page.screenshot({ path: screenshotPath(`g-phone-${user}-${shot}`), fullPage: true });
      }
    });
  }

  test('on a desk the same lists stay tables', async ({ signedIn }) => {
    const page = await signedIn('org', { width: 1440, height: 900 });
    for (const path of ['/talks', '/sidelines?tab=ledger', '/tolerance?tab=cases', '/interviews?tab=work', '/incentives?tab=reserve', '/people']) {
      await page.goto(path);
      await expect(page.locator('tr.ant-table-row').first(), path).toBeVisible();
      await expect(page.locator('[data-testid$="-card"]'), path).toHaveCount(0);
    }
  });
});
