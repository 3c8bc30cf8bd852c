import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';
import { newDepartment, todayIso } from './roster-setup';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways: nothing, on a phone. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

type Duty = { key: string; title: string; status: string; subjectPersonId: number | null };
type List = { total: number; items: Duty[] };

const open = (d: Duty) => d.status !== 'done' && d.status !== 'waived';

/**
 * A department of the test's own since 1 January: a chief and a deputy (its middle cadres) and `staff` staff. Each staff
 * member is owed one talk this year by the two cadres together (第六条; 第八条（四）), a duty titled with their name.
 */
async function department(page: Page, name: string, surname: string, staff: string[]) {
  const dept = await newDepartment(page, name, [{ name: `${surname}立诚`, rank: 'middle_chief', title: '科长' }, { name: `${surname}立信`, rank: 'middle_deputy', title: '副科长' }, ...staff.map((s) => surname + s)], {
    since: `${todayIso().slice(0, 4)}-01-01`,
  });
  const [chief, , ...people] = dept.people;
  const talkTitle = (p: { name: string }) => `与${p.name}（${name}科员）${todayIso().slice(0, 4)} 年度谈心谈话`;
  return { chief, people, talkTitle };
}

const listed = (page: Page, q: string, status = '') => getJson<List>(page, `/api/duties?q=${encodeURIComponent(q)}${status && `&status=${status}`}&pageSize=100`);

test.describe('应办事项 at college scale (issue 25, item 3)', () => {
  test('at 1440: the organization department finds a person\'s duties, exports them and waives two with a reason', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    const { chief, people, talkTitle } = await department(page, '应办一科', '祁', ['一鸣', '二鸣']);
    // Searched by the chief's name: the talks the chief owes the two staff are among what the list finds.
    const list = await listed(page, chief.name);
    const owed = people.map((p) => list.items.find((d) => d.title === talkTitle(p))!);
    expect(owed.map((d) => d && d.status !== 'done' && d.status !== 'waived')).toEqual([true, true]);
    const openBefore = list.items.filter(open).length;

    await page.goto('/duties');
    await expect(page.getByRole('heading', { name: '应办事项' })).toBeVisible();
    const all = await getJson<List>(page, '/api/duties?pageSize=1');
    await expect(page.getByTestId('duties-total')).toHaveText(`共 ${all.total} 项`);

    await page.getByTestId('duties-search').locator('input').fill(chief.name);
    await page.getByTestId('duties-search').locator('input').press('Enter');
    await expect(page.getByTestId('duties-total')).toHaveText(`共 ${list.total} 项`);
    const rows = page.locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(list.total);
    await expect(rows.first()).toContainText(list.items[0].title);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('duties-export').click()]);
    expect(download.suggestedFilename()).toMatch(/应办事项\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.screenshot({ path: screenshotPath('c1-duties-search-desk'), fullPage: true });

    // The two talks, ticked and waived with one reason.
    for (const d of owed) await rows.filter({ hasText: d.title }).getByRole('checkbox').check();
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
    // Exactly those two are waived now, and the chief's open duties are two fewer.
    expect((await listed(page, chief.name, 'waived')).items.map((w) => w.key).sort()).toEqual(owed.map((d) => d.key).sort());
    expect((await listed(page, chief.name)).items.filter(open).length).toBe(openBefore - 2);
    await expect(bar).toHaveCount(0);
  });

  test('at 390: the list is cards, a search finds the person, a ticked card can be reminded, nothing scrolls sideways', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    const { people, talkTitle } = await department(page, '应办二科', '蒯', ['一鸣']);
    const [person] = people;
    // Searched by the staff member's name: the one talk owed them this year, nothing else.
    const list = await listed(page, person.name);
    expect(list.items.map((d) => d.title)).toEqual([talkTitle(person)]);
    await page.goto('/duties');
    await page.getByTestId('duties-search').locator('input').fill(person.name);
    await page.getByTestId('duties-search').locator('input').press('Enter');
    await expect(page.getByTestId('duties-total')).toHaveText('共 1 项');
    const cards = page.getByTestId('duty-item');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText(talkTitle(person));
    expect(await sideways(page)).toBe(0);
    await cards.first().getByRole('checkbox').check();
    const bar = page.getByTestId('duty-batch-bar');
    await expect(bar).toContainText('已选 1 项');
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('c4-duties-select-phone'), fullPage: true });
    await bar.getByRole('button', { name: /^提\s*醒$/ }).click();
    await expect(page.getByTestId('batch-report')).toContainText('已提醒 1 项');
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
