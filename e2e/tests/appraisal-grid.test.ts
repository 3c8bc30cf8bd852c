import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';
import { newDepartment, thisYearsCycle } from './roster-setup';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const REASON = '全年两项重点任务未按期完成，经部门考核小组认定';

/** How far the page scrolls sideways: nothing, at either width. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The department the organization department appraises in this test: built for it, six people who all take part
 * (staff, none graded yet, not the organization department's own, so 回避 leaves no one out). Six at the quota's 20%
 * (系统默认, 第6条) rounds down to one 优秀.
 */
async function departmentOfSix(page: Page, name: string, people: string[]) {
  const cycle = await thisYearsCycle(page);
  const dept = await newDepartment(page, name, people);
  const progress = await getJson<{ departments: Dept[] }>(page, `/api/appraisal-cycles/${cycle.id}/progress`);
  expect(progress.departments.find((d) => d.departmentId === dept.departmentId)).toEqual({ departmentId: dept.departmentId, name, population: people.length, graded: 0, excellent: 0, adverse: 0, quota: 1 });
  return { cycle, dept };
}

type Dept = { departmentId: number; name: string; population: number; graded: number; excellent: number; adverse: number; quota: number };

/** Chooses a grade in one of the grid's inline selects (the option list opens in a layer of its own). */
async function choose(page: Page, personId: number, grade: string) {
  await page.getByTestId(`grid-grade-${personId}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${grade}$`) }).click();
}

/** Each test's department and its people: names a user would read on the grid and in the template. */
const DEPARTMENTS = {
  desk: ['考核一科（桌面）', ['邝思远', '邝若澜', '邝明哲', '邝清扬', '邝书宁', '邝望舒']],
  phone: ['考核二科（手机）', ['阙思远', '阙若澜', '阙明哲', '阙清扬', '阙书宁', '阙望舒']],
} as const;

for (const [name, size] of [['desk', DESK], ['phone', PHONE]] as const) {
  test(`${name}: org appraises a whole department — two exceptions inline, the rest 合格, one save, progress 100% (第6条; 第12条 basis)`, async ({ signedIn }) => {
    const page = await signedIn('org', size);
    const [deptName, people] = DEPARTMENTS[name];
    const { cycle, dept } = await departmentOfSix(page, deptName, [...people]);
    const [best, weak, ...rest] = dept.people;

    await page.goto('/incentives?tab=appraisal');
    await expect(page.getByTestId('appraisal-progress')).toBeVisible();
    await expect(page.getByTestId(`progress-${dept.departmentId}`)).toContainText(/0\s*\/\s*6/);
    await page.getByTestId(`progress-${dept.departmentId}`).click();
    const grid = page.getByTestId('appraisal-grid');
    await expect(grid.getByText(deptName).first()).toBeVisible();
    for (const p of dept.people) await expect(page.getByTestId(`grid-grade-${p.id}`)).toBeVisible();
    await expect(page.getByTestId('grid-quota')).toContainText('优秀 0 / 名额 1');

    // Two exceptions inline: one 优秀 (the quota counter follows), one 基本合格 with the facts it rests on.
    await choose(page, best.id, '优秀');
    await expect(page.getByTestId('grid-quota')).toContainText('优秀 1 / 名额 1');
    await choose(page, weak.id, '基本合格');
    await expect(page.getByTestId(`grid-reason-${weak.id}`)).toBeVisible();
    // Saved without the basis: refused, naming the person and the article; nothing saved.
    await page.getByTestId('grid-save').click();
    await expect(page.getByTestId('grid-refusal')).toContainText(`${weak.name}：评为“基本合格”须写明依据的事实`);
    await expect(page.getByTestId('grid-refusal')).toContainText('第12条');
    const refused = await getJson<{ rows: { personId: number; grade: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
    expect(refused.rows.map((r) => r.grade)).toEqual([null, null, null, null, null, null]);
    await page.getByTestId(`grid-reason-${weak.id}`).fill(REASON);

    // The four others to the default grade: six saved at once.
    await page.getByTestId('grid-rest').click();
    await expect(page.getByTestId('grid-save')).toContainText('保存（6 人）');
    await page.screenshot({ path: screenshotPath(`60-appraisal-grid-${name}`), fullPage: true });
    if (name === 'phone') expect(await sideways(page)).toBe(0);
    await page.getByTestId('grid-save').click();
    await expect(page.locator('.ant-message').getByText(/已保存：新登记 6 人/)).toBeVisible();
    await expect(page.getByTestId('grid-counts')).toContainText('参加考核 6 人，已登记 6 人');

    await page.getByTestId('grid-back').click();
    await expect(page.getByTestId(`progress-${dept.departmentId}`)).toContainText('100%');
    await expect(page.getByTestId(`progress-${dept.departmentId}`)).toContainText(/6\s*\/\s*6/);
    await page.screenshot({ path: screenshotPath(`61-appraisal-progress-${name}`), fullPage: true });
    if (name === 'phone') expect(await sideways(page)).toBe(0);

    const after = await getJson<{ rows: { personId: number; grade: string | null; reason: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
    const gradeOf = Object.fromEntries(after.rows.map((r) => [r.personId, r.grade]));
    expect(gradeOf).toEqual({ [best.id]: 'excellent', [weak.id]: 'basic', ...Object.fromEntries(rest.map((p) => [p.id, 'competent'])) });
    expect(after.rows.find((r) => r.personId === weak.id)!.reason).toBe(REASON);
  });
}

test('desk: org imports results from the template — a row without its basis is refused with the article, the good row imported alone', async ({ signedIn }) => {
  const page = await signedIn('org', DESK);
  const cycle = await thisYearsCycle(page);
  const dept = await newDepartment(page, '考核三科（导入）', ['沃思远', '沃若澜']);
  const [ok, weak] = dept.people;
  const tpl = await page.request.get(`/api/appraisal-cycles/${cycle.id}/import-template.xlsx`);
  expect(tpl.ok()).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await tpl.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('考核结果')!;
  const grades: Record<string, string> = { [ok.name]: '合格', [weak.name]: '基本合格' };
  const filled: string[] = [];
  ws.eachRow((row) => {
    const who = String(row.getCell(2).value);
    if (grades[who]) {
      row.getCell(5).value = grades[who];
      filled.push(who);
    }
  });
  expect(filled, 'the template lists both people of the department once each').toEqual([ok.name, weak.name]);
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
  // The import is a batch of the 年度考核结果 go-live template: withdrawable from the drawer the same day.
  await expect(page.getByTestId('appraisal-undo')).toBeVisible();

  const after = await getJson<{ rows: { personId: number; grade: string | null }[] }>(page, `/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${dept.departmentId}`);
  expect(Object.fromEntries(after.rows.map((r) => [r.personId, r.grade]))).toEqual({ [ok.id]: 'competent', [weak.id]: null });
});
