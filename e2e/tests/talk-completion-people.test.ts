import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const PERCENT = /^\d+(\.\d)?%$/;

type Row = { personId: number; name: string; percent: number; behind: number; shared: number; owedNames: string[] };
type Quota = { subject: { id: number; name: string }; shared: boolean; recordLink: string; talks: { id: number }[] };
type Talker = { person: { id: number; name: string }; percent: number; owed: Quota[]; talkedWith: Quota[] };

/** The talker the organization department would open first: the least complete one who shares a department's backlog. */
async function talkers(page: Page) {
  const { items } = await getJson<{ items: Row[] }>(page, '/api/talks/completion/people');
  expect(items.length).toBeGreaterThan(1);
  const shared = items.find((r) => r.shared > 0 && r.behind > 0)!;
  expect(shared, 'a middle cadre with a 共同待谈 subject in the demo').toBeDefined();
  return { items, shared, detail: await getJson<Talker>(page, `/api/talks/completion/people/${shared.personId}`) };
}

test.describe('谈话完成情况 names people (scitc-2025 附件1 第六条, 第八条)', () => {
  test('on a desk: talkers least complete first, each with a percentage; a row opens whom they owe and whom they talked with', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    await page.goto('/talk-completion');
    const { items, shared, detail } = await talkers(page);
    const rows = page.getByTestId('talker-row');
    await expect(rows.first()).toContainText(items[0].name);
    await expect(rows.first().getByTestId('talker-row-percent')).toHaveText(`${items[0].percent}%`);
    // Percentages everywhere: every talker and every group row shows its number, none an icon in its place.
    for (const testId of ['talker-row-percent', 'talker-group-percent']) {
      const bars = page.getByTestId(testId);
      await expect(bars.first()).toBeVisible();
      for (const text of await bars.locator('.ant-progress-indicator, .ant-progress-text').allTextContents()) expect(text).toMatch(PERCENT);
      await expect(bars.locator('.anticon')).toHaveCount(0);
    }
    await page.screenshot({ path: screenshotPath('talk-completion-people-desk'), fullPage: true });

    // Search by name: only that talker.
    await page.getByTestId('talkers-search').locator('input').fill(shared.name);
    await page.getByTestId('talkers-search').locator('input').press('Enter');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(shared.owedNames[0]);

    // The talker's drawer: each subject still owed (the department's shared ones marked), each talked with.
    await rows.first().click();
    const drawer = page.getByTestId('talker-drawer');
    await expect(drawer).toContainText(`${shared.name}的`);
    await expect(drawer.getByTestId('talker-owed')).toHaveCount(detail.owed.length);
    await expect(drawer.getByTestId('talker-done')).toHaveCount(detail.talkedWith.length);
    await expect(drawer.getByTestId('talker-percent')).toContainText(`${detail.percent}%`);
    const firstShared = detail.owed.find((q) => q.shared)!;
    const owedItem = drawer.getByTestId('talker-owed').filter({ hasText: firstShared.subject.name }).first();
    await expect(owedItem.getByText('共同待谈')).toBeVisible();
    await expect(owedItem.getByText('《谈心谈话规定》第八条（四）')).toBeVisible();
    await expect(owedItem.getByTestId('talker-subject')).toHaveAttribute('href', `/people/${firstShared.subject.id}`);
    const talked = detail.talkedWith.find((q) => q.talks.length);
    if (talked) await expect(drawer.getByTestId('talker-done').filter({ hasText: talked.subject.name }).getByTestId('talker-talk').first()).toHaveAttribute('href', `/talks/${talked.talks[0].id}`);
    await expect(page).toHaveURL(new RegExp(`talker=${shared.personId}`));
    await page.screenshot({ path: screenshotPath('talk-completion-talker-desk') });

    // 记录谈话 opens the form with the subject and the talker filled in.
    await owedItem.getByTestId('talker-record').click();
    await expect(page).toHaveURL(new RegExp(`/talks/new\\?subject=${firstShared.subject.id}&talker=${shared.personId}`));
    const form = page.getByTestId('talk-form');
    await expect(form.getByText(firstShared.subject.name)).not.toHaveCount(0);
    await expect(form.getByText(shared.name)).not.toHaveCount(0);
  });

  test('a department\'s middle cadres (a group row) filter the talkers to that department', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    await page.goto('/talk-completion');
    const group = page.getByTestId('talker-group-row').filter({ hasText: '中层干部' }).first();
    const label = (await group.locator('a, .ant-typography-link').first().textContent())!.replace(/中层干部$/, '');
    await group.click();
    await expect(page.getByTestId('talkers-department')).toContainText(label);
    const rows = page.getByTestId('talker-row');
    await expect(rows.first()).toContainText(label);
    for (const text of await rows.allTextContents()) expect(text).toContain(label);
  });

  test('on a phone: talkers as cards and the drawer, nothing sideways', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    await page.goto('/talk-completion');
    const { items, shared, detail } = await talkers(page);
    const cards = page.getByTestId('talker-row');
    await expect(cards.first()).toContainText(items[0].name);
    await expect(cards.first().getByTestId('talker-row-percent')).toContainText(`${items[0].percent}%`);
    await expect(page.getByTestId('talker-group-percent').first()).toContainText('%');
    await page.waitForLoadState('networkidle');
    expect(await sideways(page)).toBe(0);
    await page.getByTestId('talkers-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('talk-completion-people-phone') });
    await page.screenshot({ path: screenshotPath('talk-completion-people-phone-full'), fullPage: true });

    await page.goto(`/talk-completion?talker=${shared.personId}`);
    const drawer = page.getByTestId('talker-drawer');
    await expect(drawer.getByTestId('talker-owed')).toHaveCount(detail.owed.length);
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('talk-completion-talker-phone') });
  });
});
