import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways: nothing, on a phone. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

type Duty = { key: string; title: string; status: string; subjectPersonId: number | null };
type List = { total: number; items: Duty[] };

/** A person of the demo college with at least `open` duties still owed about them, and those duties as the list orders them. */
async function personWithDuties(page: Page, open: number): Promise<{ name: string; list: List }> {
  const overdue = await getJson<List>(page, '/api/duties?kind=talk_quota&status=overdue&pageSize=100');
  for (const d of overdue.items) {
    if (!d.subjectPersonId) continue;
    const { name } = await getJson<{ name: string }>(page, `/api/persons/${d.subjectPersonId}?masked=true`);
    const list = await getJson<List>(page, `/api/duties?q=${encodeURIComponent(name)}&pageSize=100`);
    if (list.items.filter((x) => x.status !== 'done' && x.status !== 'waived').length >= open) return { name, list };
  }
  throw new Error('no person of the demo college owes enough duties');
}

test.describe('应办事项 at college scale (issue 25, item 3)', () => {
  test('at 1440: the organization department finds a person\'s duties, exports them and waives two with a reason', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    const { name, list } = await personWithDuties(page, 2);
    await page.goto('/duties');
    await expect(page.getByRole('heading', { name: '应办事项' })).toBeVisible();
    const all = await getJson<List>(page, '/api/duties?pageSize=1');
    await expect(page.getByTestId('duties-total')).toHaveText(`共 ${all.total} 项`);

    await page.getByTestId('duties-search').locator('input').fill(name);
    await page.getByTestId('duties-search').locator('input').press('Enter');
    await expect(page.getByTestId('duties-total')).toHaveText(`共 ${list.total} 项`);
    const rows = page.locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(Math.min(list.total, 20));
    await expect(rows.first()).toContainText(list.items[0].title);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('duties-export').click()]);
    expect(download.suggestedFilename()).toMatch(/应办事项\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.screenshot({ path: screenshotPath('c1-duties-search-desk'), fullPage: true });

    // The first two still owed, ticked and waived with one reason.
    const open = list.items.filter((d) => d.status !== 'done' && d.status !== 'waived').slice(0, 2);
    for (const d of open) await rows.filter({ hasText: d.title }).first().getByRole('checkbox').check();
    const bar = page.getByTestId('duty-batch-bar');
    await expect(bar).toContainText('已选 2 项');
    await bar.getByRole('button', { name: '豁免（填写理由）' }).click();
    const dialog = page.getByRole('dialog', { name: /豁免所选的 2 项应办事项/ });
    await dialog.getByLabel('豁免理由').fill('本人长期援外支教，经组织部研究同意');
    await page.screenshot({ path: screenshotPath('c2-duties-batch-waive-desk'), fullPage: true });
    await dialog.getByRole('button', { name: /确认豁免/ }).click();
    await expect(page.getByTestId('batch-report')).toContainText('已豁免 2 项，未办理 0 项');
    await page.screenshot({ path: screenshotPath('c3-duties-batch-report-desk'), fullPage: true });
    await page.getByRole('button', { name: '知道了' }).click();
    const waived = await getJson<List>(page, `/api/duties?q=${encodeURIComponent(name)}&status=waived&pageSize=100`);
    for (const d of open) expect(waived.items.map((w) => w.key)).toContain(d.key);
    await expect(bar).toHaveCount(0);
  });

  test('at 390: the list is cards, a search finds the person, a ticked card can be reminded, nothing scrolls sideways', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    const { name, list } = await personWithDuties(page, 1);
    await page.goto('/duties');
    await page.getByTestId('duties-search').locator('input').fill(name);
    await page.getByTestId('duties-search').locator('input').press('Enter');
    await expect(page.getByTestId('duties-total')).toHaveText(`共 ${list.total} 项`);
    const cards = page.getByTestId('duty-item');
    await expect(cards.first()).toContainText(list.items[0].title);
    expect(await sideways(page)).toBe(0);
    const owed = list.items.find((d) => d.status !== 'done' && d.status !== 'waived')!;
    await cards.filter({ hasText: owed.title }).first().getByRole('checkbox').check();
    const bar = page.getByTestId('duty-batch-bar');
    await expect(bar).toContainText('已选 1 项');
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('c4-duties-select-phone'), fullPage: true });
    await bar.getByRole('button', { name: /^提\s*醒$/ }).click();
    await expect(page.getByTestId('batch-report')).toContainText(/已提醒 [01] 项/);
    await page.screenshot({ path: screenshotPath('c5-duties-remind-phone'), fullPage: true });
    expect(await sideways(page)).toBe(0);
  });

  for (const [size, viewport] of [['1440', DESK], ['390', PHONE]] as const)
    test(`at ${size}: 谈心谈话, 问责案件, 兼职申请 and 约谈 each have a search box and an export under their filters`, async ({ signedIn }) => {
      const page = await signedIn('org', viewport);
      for (const [path, label, name] of [
        ['/talks', '导出谈话记录', 'talks'],
        ['/tolerance?tab=cases', '导出问责案件', 'cases'],
        ['/sidelines?tab=all', '导出兼职申请', 'applications'],
        ['/interviews?tab=work', '导出约谈列表', 'interviews'],
      ] as const) {
        await page.goto(path);
        const link = page.getByRole('link', { name: new RegExp(`${label}（Excel）`) });
        await expect(link).toBeVisible();
        await expect(page.getByPlaceholder(/姓名|申请人|约谈对象/).first()).toBeVisible();
        expect(await link.getAttribute('href')).toMatch(/\.xlsx(\?|$)/);
        if (size === '390') expect(await sideways(page), path).toBe(0);
        await page.screenshot({ path: screenshotPath(`c6-${name}-${size}`), fullPage: false });
      }
    });
});
