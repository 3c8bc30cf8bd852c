import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';
import { newDepartment } from './roster-setup';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** GB 32100: a 统一社会信用代码 with its check character. */
function uscc(first17: string) {
  const set = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const c = 31 - ([...first17].reduce((s, ch, i) => s + set.indexOf(ch) * w[i], 0) % 31);
  return first17 + set[c === 31 ? 0 : c];
}
/** A date `years` years before today (the product runs on the real date). */
const yearsBefore = (years: number) => {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 20);
  return d.toISOString().slice(0, 10);
};

/** The college's 兼职台账 as an office fills it in: one post without terms at `org` held for 11 years. */
async function ledger(staffNo: string, name: string, org = '省职业技术教育学会（上线导入）'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('兼职台账');
  ws.addRow(['兼职台账']);
  ws.addRow(['上线前整理']);
  ws.addRow(['工号', '姓名*', '兼职单位名称*', '统一社会信用代码', '单位类型', '与学院或本人领域相关', '兼任职务*', '职务类别*', '是否实行任期制*', '首次任职日期*', '是否取酬*', '批准文号']);
  ws.addRow([staffNo, name, org, uscc(org === '省职业技术教育学会（上线导入）' ? '51340100MJ0000001' : '51340100MJ0000002'), '社会团体', '是', '理事', '其他职务', '否', yearsBefore(11), '否', '院党委〔2015〕8号']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test.describe('上线导入: the organization department brings its 兼职台账 and the 第十四条 limit shows at once', () => {
  test('org imports a post held 11 years without terms, sees the batch and the over-limit duty with 第十四条 (1440×900)', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    const { people: [cadre] } = await newDepartment(page, '上线一科', [{ name: '庹立诚', rank: 'middle_chief', title: '科长' }]);
    await page.getByRole('menuitem', { name: '上线导入' }).click();
    await expect(page.getByRole('heading', { name: '上线导入' })).toBeVisible();
    // One 尚未提供 mark per ledger whose template no area has registered yet (fewer as the areas add theirs).
    const ledgers = (await getJson<{ ledgers: { key: string; available: boolean; elsewhere: unknown }[] }>(page, '/api/imports')).ledgers;
    await expect(page.getByTestId('not-provided')).toHaveCount(ledgers.filter((l) => !l.available && !l.elsewhere).length);
    // 年度考核结果 is the seventh template (the appraisal page's import of a year is a batch of it too).
    await expect(page.getByTestId('ledger-appraisal_results').getByTestId('import-appraisal_results')).toBeVisible();
    await expect(page.getByTestId('ledger-held_sidelines').getByTestId('missing')).toBeVisible();

    await page.getByTestId('import-held_sidelines').click();
    await page.locator('.ant-drawer input[type=file]').setInputFiles({ name: '兼职台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await ledger(cadre.staffNo, cadre.name) });
    const preview = page.getByTestId('import-preview');
    await expect(preview.getByText(/已超过未实行任期制的兼职最长 10 年的规定（《领导干部兼职管理办法》第十四条）/)).toBeVisible();
    await expect(preview.locator('tbody tr')).toHaveCount(1);
    await page.screenshot({ path: screenshotPath('90-golive-preview'), fullPage: true });
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-done')).toContainText('已导入：新增 1 条');
    // The batch can be withdrawn from the drawer the same day (asked for a reason first).
    await page.getByTestId('import-undo').click();
    await expect(page.getByTestId('import-undo-reason')).toBeVisible();
    await page.screenshot({ path: screenshotPath('90b-golive-drawer-committed') });
    await page.getByRole('button', { name: '不撤销' }).click();
    await page.locator('.ant-drawer-close').click();

    const card = page.getByTestId('ledger-held_sidelines');
    await expect(card.getByText('已导入 1 条')).toBeVisible();
    await expect(card.getByText('兼职台账.xlsx')).toBeVisible();
    await expect(card.getByRole('button', { name: /撤\s*销/ })).toBeVisible();
    const duties = page.getByTestId('consequences-held_sidelines');
    const duty = duties.locator('.ant-list-item').filter({ hasText: '兼职满 10 年' }).filter({ hasText: '省职业技术教育学会（上线导入）理事' });
    await expect(duty).toContainText('已逾期');
    await expect(duty).toContainText('《领导干部兼职管理办法》第十四条');
    await expect(duty).toContainText(cadre.name);
    await page.screenshot({ path: screenshotPath('91-golive-desk'), fullPage: true });
    await duty.getByRole('link').click();
    await expect(page).toHaveURL(/\/sidelines\/\d+$/);
    await expect(page.getByText('省职业技术教育学会（上线导入）').first()).toBeVisible();
  });

  test('on a phone the go-live page is a list with nothing sideways (390×844)', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    // This test stands alone: its own cadre's post, imported through the API, whatever the desk test imported.
    const { people: [cadre] } = await newDepartment(page, '上线二科', [{ name: '庹立信', rank: 'middle_chief', title: '科长' }]);
    const preview = await page.request.post('/api/imports/held_sidelines', { data: { fileName: '兼职台账（二）.xlsx', contentBase64: (await ledger(cadre.staffNo, cadre.name, '省高等职业教育研究会（上线导入）')).toString('base64') } });
    expect(preview.status(), await preview.text()).toBe(201);
    const commit = await page.request.post(`/api/imports/batches/${(await preview.json()).id}/commit`, { data: { onlyGood: false } });
    expect(commit.status(), await commit.text()).toBe(200);
    await page.goto('/go-live');
    await expect(page.getByRole('heading', { name: '上线导入' })).toBeVisible();
    const duty = page.getByTestId('consequences-held_sidelines').locator('.ant-list-item').filter({ hasText: '兼职满 10 年' }).filter({ hasText: '省高等职业教育研究会（上线导入）理事' });
    await expect(duty).toHaveCount(1);
    await expect(duty).toContainText(cadre.name);
    await expect(duty).toContainText('《领导干部兼职管理办法》第十四条');
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('92-golive-phone'), fullPage: true });
    await page.getByTestId('import-held_sidelines').click();
    await expect(page.getByTestId('import-upload')).toBeVisible();
    expect(await sideways(page)).toBe(0);
    // The preview on a phone: each row a card, its error in full, nothing sideways.
    await page.locator('.ant-drawer input[type=file]').setInputFiles({ name: '兼职台账（三）.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await ledger(cadre.staffNo, cadre.name, '省高等职业教育研究会（上线导入）') });
    await expect(page.getByTestId('import-preview').locator('.ant-list-item')).toHaveCount(1);
    expect(await sideways(page)).toBe(0);
    expect(await page.locator('.ant-drawer-body').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await page.screenshot({ path: screenshotPath('93-golive-drawer-phone') });
  });
});
