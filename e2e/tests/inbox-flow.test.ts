import type { Locator, Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';
import { SIDELINE_ORG, submitSidelineApplication } from './sideline-setup';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways: nothing, on a phone. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** Whether `a` begins above `b` on the page. */
async function above(a: Locator, b: Locator) {
  const [ta, tb] = [await a.boundingBox(), await b.boundingBox()];
  expect(ta && tb && ta.y < tb.y, 'in page order').toBe(true);
}

type Count = { total: number; overdue: number };

test.describe('待我办理 and the workbench, mine first (1440×900)', () => {
  test('a leader sees the application waiting for their decision first, counted in the menu, and decides it where it opens', async ({ signedIn }) => {
    const page = await signedIn('leader', DESK);
    const before = (await getJson<Count>(page, '/api/inbox/count')).total;
    // A department head of a department the leader oversees applies for a part-time post: one more step for the leader.
    const applicationId = await submitSidelineApplication(await signedIn('depthead', DESK), '理事');
    await page.reload();
    const inbox = page.getByTestId('workbench-inbox');
    const waiting = inbox.getByTestId('inbox-item').filter({ hasText: `${SIDELINE_ORG}理事` });
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText('待分管（联系）院领导同意');
    await above(inbox, page.getByTestId('my-duties'));
    // The departments they oversee, each listed; no 院领导 bar beside them and no 领导班子 count of 0.
    const overview = page.getByTestId('overview-departments');
    await expect(overview.getByTestId('overview-department').first()).toBeVisible();
    await expect(overview.getByText('院领导')).toHaveCount(0);
    await expect(page.getByTestId('overview-number').first()).toBeVisible();
    await expect(page.getByTestId('overview-number').filter({ hasText: '领导班子' })).toHaveCount(0);
    await expect(page.getByText('分管部门（单位）')).toBeVisible();
    await page.screenshot({ path: screenshotPath('60-workbench-leader'), fullPage: true });

    // The menu's count is the inbox's: exactly one more than before the application.
    expect((await getJson<Count>(page, '/api/inbox/count')).total).toBe(before + 1);
    await expect(page.getByTestId('inbox-count')).toContainText(String(before + 1));
    await page.getByRole('menuitem', { name: /待我办理/ }).click();
    await expect(page.getByRole('heading', { name: '待我办理' })).toBeVisible();
    await expect(page.getByTestId('inbox-summary')).toContainText(`共 ${before + 1} 项`);
    const item = page.getByTestId('inbox-item').filter({ hasText: `${SIDELINE_ORG}理事` });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('兼职管理');
    await expect(item.getByTestId('citation')).toHaveText(/^《.+》第十三条/);
    await page.screenshot({ path: screenshotPath('61-inbox-leader'), fullPage: true });
    await item.getByRole('link', { name: '去办理' }).click();
    await expect(page).toHaveURL(new RegExp(`/sidelines/applications/${applicationId}$`));
    await expect(page.getByTestId('sideline-decide')).toBeVisible();
    await expect(page.getByTestId('sideline-decide').getByText('同意', { exact: true })).toBeVisible();
  });

  test('the discipline office sees the tolerance steps waiting for it, the overdue first', async ({ signedIn }) => {
    const page = await signedIn('discipline', DESK);
    await page.getByRole('menuitem', { name: /待我办理/ }).click();
    const first = page.getByTestId('inbox-item').first();
    await expect(first).toContainText('容错纠错');
    await expect(first).toContainText('已逾期');
    await first.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/tolerance\/reviews\/\d+$/);
    await page.goto('/inbox');
    await expect(page.getByTestId('inbox-item').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('62-inbox-discipline'), fullPage: true });
  });

  test('the secretary sees the campaign plan waiting for the leading group\'s approval', async ({ signedIn }) => {
    const page = await signedIn('principal', DESK);
    const item = page.getByTestId('workbench-inbox').getByTestId('inbox-item').filter({ hasText: '审批集中约谈计划' }).first();
    await expect(item.getByTestId('citation')).toHaveText(/^《.+》四（三）/);
    await item.getByRole('link', { name: '去办理' }).click();
    await expect(page).toHaveURL(/\/interviews\/plans\/\d+$/);
    await expect(page.getByTestId('plan-decide')).toBeVisible();
    await page.screenshot({ path: screenshotPath('68-plans-principal') });
  });

  test('a department head sees their own duties apart from those the department\'s middle cadres share', async ({ signedIn }) => {
    const page = await signedIn('depthead', DESK);
    const mine = page.getByTestId('my-duties');
    const shared = page.getByTestId('shared-duties');
    await expect(shared.getByText('年度谈心谈话').first()).toBeVisible();
    await expect(mine.locator('tbody tr').first()).toBeVisible();
    await expect(mine.getByRole('cell', { name: /中层干部$/ })).toHaveCount(0);
    await above(page.getByTestId('workbench-inbox'), mine);
    await above(mine, shared);
    // What is done stays out of the way until asked for.
    await expect(shared.getByText('已完成')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('63-workbench-depthead'), fullPage: true });
  });

  test('a staff member sees what they can do, not an empty page', async ({ signedIn }) => {
    const page = await signedIn('staff', DESK);
    await expect(page.getByTestId('inbox-empty')).toHaveText('目前没有等待您办理的环节');
    const actions = page.getByTestId('quick-actions');
    await expect(actions.getByRole('link', { name: '我的谈心谈话记录' })).toBeVisible();
    await expect(actions.getByRole('link', { name: '我的档案' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('64-workbench-staff') });
    await actions.getByTestId('ask-talk').click();
    await expect(page.getByRole('dialog')).toContainText('谈话责任人');
  });
});

test.describe('待我办理 and the workbench on a phone (390×844)', () => {
  for (const username of ['depthead', 'leader', 'staff']) {
    test(`${username}'s workbench shows what waits for them first, within the phone's width`, async ({ signedIn }) => {
      const page = await signedIn(username, PHONE);
      await expect(page.getByTestId('my-duties')).toBeVisible();
      await above(page.getByTestId('workbench-inbox'), page.getByTestId('my-duties'));
      await page.waitForLoadState('networkidle');
      expect(await sideways(page)).toBe(0);
      await page.screenshot({ path: screenshotPath(`65-phone-workbench-${username}`), fullPage: true });
    });
  }

  test('an approver finds the step in the drawer menu with its count, opens it and lands where it is decided', async ({ signedIn }) => {
    const page = await signedIn('leader', PHONE);
    const before = (await getJson<Count>(page, '/api/inbox/count')).total;
    const applicationId = await submitSidelineApplication(await signedIn('depthead', PHONE), '副理事长');
    await page.reload();
    expect((await getJson<Count>(page, '/api/inbox/count')).total).toBe(before + 1);
    await page.getByTestId('menu-button').click();
    const entry = page.locator('.ant-drawer').getByRole('menuitem', { name: /待我办理/ });
    await expect(entry.getByTestId('inbox-count')).toContainText(String(before + 1));
    await entry.click();
    await expect(page.getByRole('heading', { name: '待我办理' })).toBeVisible();
    const item = page.getByTestId('inbox-item').filter({ hasText: `${SIDELINE_ORG}副理事长` });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('兼职管理');
    await expect(item).toContainText('期限');
    await page.waitForLoadState('networkidle');
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('66-phone-inbox-leader') });
    await item.getByRole('link', { name: '去办理' }).click();
    await expect(page).toHaveURL(new RegExp(`/sidelines/applications/${applicationId}$`));
    await expect(page.getByTestId('sideline-decide')).toBeVisible();
  });

  test('an empty inbox says so', async ({ signedIn }) => {
    const page = await signedIn('staff', PHONE);
    await page.getByTestId('menu-button').click();
    await page.locator('.ant-drawer').getByRole('menuitem', { name: /待我办理/ }).click();
    await expect(page.getByTestId('inbox-summary')).toHaveText('各项程序中没有等待您办理的环节。');
    await expect(page.getByText('目前没有等待您办理的环节')).toBeVisible();
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('67-phone-inbox-staff') });
  });
});
