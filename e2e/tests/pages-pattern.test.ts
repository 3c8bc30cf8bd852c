import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();

/** How far the page scrolls sideways: nothing, at either width. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const SIZES = [
  { name: 'desk', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The organization department's main pages, each with the title its one header shows. */
const PAGES = [
  ['/workbench', '工作台'],
  ['/duties', '应办事项'],
  ['/talks', '谈心谈话'],
  ['/talk-completion', '谈心谈话完成情况'],
  ['/sidelines', '领导干部兼职'],
  ['/tolerance', '容错纠错'],
  ['/interviews', '干部约谈'],
  ['/incentives', '激励担当作为'],
  ['/people', '人员'],
  ['/departments', '部门'],
  ['/policy', '制度'],
  ['/calendar', '工作日历'],
] as const;

for (const size of SIZES) {
  test.describe(`one page pattern at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('every main page has one header with its title, and none scrolls sideways', async ({ signedIn }) => {
      const page = await signedIn('org');
      for (const [path, title] of PAGES) {
        await page.goto(path);
        await expect(page.getByTestId('page-header'), path).toHaveCount(1);
        await expect(page.getByTestId('page-header').getByRole('heading', { level: 4 }), path).toHaveText(title);
        await page.waitForLoadState('networkidle');
        expect(await sideways(page), path).toBe(0);
      }
      // Downloads say what they give: no bare “PDF” or “Excel”.
      await page.goto('/sidelines');
      await expect(page.getByTestId('page-header')).toBeVisible();
      await page.waitForLoadState('networkidle');
      for (const name of await page.locator('a.ant-btn').allInnerTexts()) expect(name.trim()).toMatch(/^(下载|导出).+（(PDF|Word|Excel|zip|lrmx)）$/);
    });

    test('the person page shows the ID and mobile numbers masked, and one click reveals a number', async ({ signedIn }) => {
      const page = await signedIn('org');
      const { items } = await getJson<{ items: { id: number; name: string }[] }>(page, '/api/persons?pageSize=1');
      await page.goto(`/people/${items[0].id}`);
      await expect(page.getByTestId('person-name')).toHaveText(items[0].name);
      const id = page.getByTestId('value-idNumber');
      const phone = page.getByTestId('value-phone');
      await expect(id).toHaveText(/^\d{6}\*{8}[\dX]{4}$/);
      await expect(phone).toHaveText(/^1\d{2}\*{4}\d{4}$/);
      await page.screenshot({ path: screenshotPath(`50-person-masked-${size.name}`), fullPage: size.name === 'phone' });
      await page.getByTestId('reveal-idNumber').getByRole('button', { name: /查看/ }).click();
      await expect(id).toHaveText(/^\d{17}[\dX]$/);
      await expect(phone).toHaveText(/\*{4}/);
      expect(await sideways(page)).toBe(0);
      await page.screenshot({ path: screenshotPath(`51-person-revealed-${size.name}`), fullPage: size.name === 'phone' });
    });

    test('the 制度 page names regulations, never a pack id or an internal identifier', async ({ signedIn }) => {
      const page = await signedIn('org');
      await page.goto('/policy');
      await expect(page.getByText('《干部职工谈心谈话规定》').first()).toBeVisible();
      const text = await page.locator('main, .ant-layout-content').first().innerText();
      expect(text).not.toMatch(/[a-z]+-\d{4}/);
      expect(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).toEqual([]);
      expect(await sideways(page)).toBe(0);
      await page.screenshot({ path: screenshotPath(`52-policy-${size.name}`) });
    });
  });
}
