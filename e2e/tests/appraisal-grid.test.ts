import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();
test.describe.configure({ mode: 'serial' }); // each test appraises a department of its own, picked from what is left

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const REASON = '全年两项重点任务未按期完成，经部门考核小组认定';

/** How far the page scrolls sideways: nothing, at either width. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

type Dept = { departmentId: number; name: string; population: number; graded: number; excellent: number; quota: number };

/**
 * A department of the demo college the organization department can appraise whole: still open, small enough to see,
 * room for one more 优秀 within its quota, and not the organization department's own (回避 leaves its member ungraded).
 */
async function pickDepartment(page: Page, taken: number[]) {
  const cycles = await getJson<{ id: number; status: string }[]>(page, '/api/appraisal-cycles');
  const cycle = cycles.find((c) => c.status === 'open')!;
  const me = await getJson<{ personId: number | null }>(page, '/api/auth/me');
  const mine = me.personId ? (await getJson<{ currentPosts: { departmentId: number }[] }>(page, `/api/persons/${me.personId}`)).currentPosts.map((p) => p.departmentId) : [];
  const progress = await getJson<{ departments: Dept[] }>(page, `/api/appraisal-cycles/${cycle.id}/progress`);
  const dept = progress.departments.find((d) => d.population >= 5 && d.population <= 40 && d.graded < d.population - 2 && d.excellent < d.quota && !mine.includes(d.departmentId) && !taken.includes(d.departmentId));
  expect(dept, 'a department left to appraise').toBeDefined();
  return { cycle, dept: dept! };
}

/** Chooses a grade in one of the grid's inline selects (the option list opens in a layer of its own). */
async function choose(page: Page, personId: number, grade: string) {
  await page.getByTestId(`grid-grade-${personId}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${grade}$`) }).click();
}

const taken: number[] = [];

for (const [name, size] of [['desk', DESK], ['phone', PHONE]] as const) {
  test(`${name}: org appraises a whole department — two exceptions inline, the rest 合格, one save, progress 100% (第6条; 第12条 basis)`, async ({ signedIn }) => {
    const page = await signedIn('org', size);
    const { cycle, dept } = await pickDepartment(page, taken);
    taken.push(dept.departmentId);
    const sheet = await getJson<{ rows: { personId: number; name: string; grade: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
    const [best, weak] = sheet.rows.filter((r) => !r.grade);

    await page.goto('/incentives?tab=appraisal');
    await expect(page.getByTestId('appraisal-progress')).toBeVisible();
    await page.getByTestId(`progress-${dept.departmentId}`).click();
    const grid = page.getByTestId('appraisal-grid');
    await expect(grid.getByText(dept.name).first()).toBeVisible();
    await expect(page.getByTestId('grid-quota')).toContainText(`优秀 ${dept.excellent} / 名额 ${dept.quota}`);

    // Two exceptions inline: one 优秀 (the quota counter follows), one 基本合格 with the facts it rests on.
    await choose(page, best.personId, '优秀');
    await expect(page.getByTestId('grid-quota')).toContainText(`优秀 ${dept.excellent + 1} / 名额 ${dept.quota}`);
    await choose(page, weak.personId, '基本合格');
    await expect(page.getByTestId(`grid-reason-${weak.personId}`)).toBeVisible();
    // Saved without the basis: refused, naming the person and the article; nothing saved.
    await page.getByTestId('grid-save').click();
    await expect(page.getByTestId('grid-refusal')).toContainText(`${weak.name}：评为“基本合格”须写明依据的事实`);
    await expect(page.getByTestId('grid-refusal')).toContainText('第12条');
    await page.getByTestId(`grid-reason-${weak.personId}`).fill(REASON);

    const rest = dept.population - dept.graded - 2;
    await page.getByTestId('grid-rest').click();
    await expect(page.getByTestId('grid-save')).toContainText(`保存（${rest + 2} 人）`);
    await page.screenshot({ path: screenshotPath(`60-appraisal-grid-${name}`), fullPage: true });
    if (name === 'phone') expect(await sideways(page)).toBe(0);
    await page.getByTestId('grid-save').click();
    await expect(page.locator('.ant-message').getByText(/已保存：新登记 \d+ 人/)).toBeVisible();
    await expect(page.getByTestId('grid-counts')).toContainText(`参加考核 ${dept.population} 人，已登记 ${dept.population} 人`);

    await page.getByTestId('grid-back').click();
    await expect(page.getByTestId(`progress-${dept.departmentId}`)).toContainText('100%');
    await expect(page.getByTestId(`progress-${dept.departmentId}`)).toContainText(new RegExp(`${dept.population}\\s*/\\s*${dept.population}`));
    await page.screenshot({ path: screenshotPath(`61-appraisal-progress-${name}`), fullPage: true });
    if (name === 'phone') expect(await sideways(page)).toBe(0);

    const after = await getJson<{ rows: { personId: number; grade: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
    expect(after.rows.filter((r) => !r.grade)).toEqual([]);
    expect(after.rows.find((r) => r.personId === best.personId)!.grade).toBe('excellent');
    expect(after.rows.find((r) => r.personId === weak.personId)!.grade).toBe('basic');
    expect(after.rows.filter((r) => r.grade === 'competent').length).toBe(sheet.rows.filter((r) => r.grade === 'competent').length + rest);
  });
}

test('desk: org imports results from the template — a row without its basis is refused with the article, the good row imported alone', async ({ signedIn }) => {
  const page = await signedIn('org', DESK);
  const { cycle, dept } = await pickDepartment(page, taken);
  const sheet = await getJson<{ rows: { personId: number; name: string; grade: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
  const [ok, weak] = sheet.rows.filter((r) => !r.grade);
  const tpl = await page.request.get(`/api/appraisal-cycles/${cycle.id}/import-template.xlsx`);
  expect(tpl.ok()).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await tpl.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('考核结果')!;
  ws.eachRow((row) => {
    if (row.getCell(2).value === ok.name) row.getCell(5).value = '合格';
    if (row.getCell(2).value === weak.name) row.getCell(5).value = '基本合格';
  });
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await page.goto('/incentives?tab=appraisal');
  await page.getByTestId('appraisal-import').click();
  await page.locator('.ant-drawer input[type=file]').setInputFiles({ name: '考核结果.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  const preview = page.getByTestId('appraisal-preview');
  await expect(preview.locator('tr').filter({ hasText: weak.name })).toContainText('评为“基本合格”须写明依据的事实');
  await expect(preview.locator('tr').filter({ hasText: weak.name })).toContainText('第12条');
  await expect(preview.locator('tr').filter({ hasText: ok.name })).toContainText('登记为“合格”');
  await expect(page.getByTestId('appraisal-commit')).toBeDisabled();
  await page.screenshot({ path: screenshotPath('62-appraisal-import-preview'), fullPage: true });
  await page.getByRole('button', { name: '只导入正确的 1 行' }).click();
  await expect(page.getByText('已导入：新登记 1 人，修改 0 人，跳过有误的 1 行')).toBeVisible();

  const after = await getJson<{ rows: { personId: number; grade: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
  expect(after.rows.find((r) => r.personId === ok.personId)!.grade).toBe('competent');
  expect(after.rows.find((r) => r.personId === weak.personId)!.grade).toBeNull();
});
