import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, getJson as get, screenshotPath, test, useProduct } from './harness';

useProduct();

/** GB 11643: the check character over the first 17 digits. */
const idWithCheck = (first17: string) => first17 + '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11];
const workbookOf = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
};
const texts = (ws: ExcelJS.Worksheet) => {
  const out: string[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
};

test.describe('documents and data exchange: the roster comes in from Excel, forms go out from their pages', () => {
  test('org downloads the template, uploads a roster with one bad ID number, imports the good rows and downloads the report', async ({ signedIn }) => {
    const page = await signedIn('org');
    const departments = await get<{ name: string; kind: string }[]>(page, '/api/departments');
    const dept = departments.find((d) => d.kind === 'academic')!.name;
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByTestId('roster-import').click();

    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载模板/ }).click()]);
    expect(template.suggestedFilename()).toContain('花名册导入模板');
    const wb = await workbookOf((await template.path())!);
    const headerRow = texts(wb.getWorksheet('花名册')!)[2];
    expect(headerRow.slice(0, 4)).toEqual(['工号*', '姓名*', '性别*', '身份证号*']);

    // Fill the template as a personnel officer would: two new teachers and one row with a mistyped ID number.
    const ws = wb.getWorksheet('花名册')!;
    const good1 = idWithCheck('51010719950312003');
    const good2 = idWithCheck('51010719960718004');
    const bad = idWithCheck('51010719970101005').slice(0, 17) + (idWithCheck('51010719970101005')[17] === '0' ? '1' : '0');
    ws.addRow(['E2E0001', '柏文轩', '男', good1, null, '中共党员', '2019-07-01', '13800001111', dept, '专任教师（导入）', '一般职工', '2019-07-01']);
    ws.addRow(['E2E0002', '祁雨桐', '女', good2, null, '群众', '2020-09-01', null, dept, '专任教师（导入）', '一般职工', '2020-09-01']);
    ws.addRow(['E2E0003', '庞书瑶', '女', bad, null, '群众', '2021-09-01']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await page.locator('.ant-drawer input[type=file]').setInputFiles({ name: '新进教师花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    const preview = page.getByTestId('roster-preview');
    await expect(preview.getByText('校验位不正确')).toBeVisible();
    await expect(preview.locator('tbody tr')).toHaveCount(3);
    await expect(page.getByRole('button', { name: '全部导入' })).toBeDisabled();
    await page.screenshot({ path: screenshotPath('35-roster-import-preview'), fullPage: true });
    await page.getByRole('button', { name: /只导入正确的 2 行/ }).click();
    await expect(page.getByText(/已导入：新增 2 人/)).toBeVisible();

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载结果报告/ }).click()]);
    const rows = texts((await workbookOf((await report.path())!)).getWorksheet('导入结果')!).slice(3);
    expect(rows.map((r) => [r[1], r[3]])).toEqual([['E2E0001', '新增'], ['E2E0002', '新增'], ['E2E0003', '有误，已跳过']]);
    expect(rows[2][4]).toContain('身份证号');

    const found = await get<{ items: { staffNo: string; currentPosts: { title: string }[] }[] }>(page, '/api/persons?q=E2E000');
    expect(found.items.map((p) => p.staffNo).sort()).toEqual(['E2E0001', 'E2E0002']);
    expect(found.items[0].currentPosts[0].title).toBe('专任教师（导入）');
  });

  test('the discipline office downloads a decided review\'s 反馈书 from its page, and it names the person and the outcome', async ({ signedIn }) => {
    const page = await signedIn('pc.discipline');
    const reviews = await get<{ id: number; status: string; outcome: string | null; subjectName: string }[]>(page, '/api/tolerance-reviews');
    const decided = reviews.find((r) => r.outcome === 'exempt')!;
    await page.goto(`/tolerance/reviews/${decided.id}`);
    await expect(page.getByTestId('doc-feedback')).toBeVisible();
    await page.screenshot({ path: screenshotPath('36-review-forms'), fullPage: false });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('doc-feedback').click()]);
    expect(download.suggestedFilename()).toBe(`容错认定反馈书-${decided.subjectName}-${decided.id}.docx`);
    const xml = await (await JSZip.loadAsync(fs.readFileSync((await download.path())!))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('容错认定反馈书');
    expect(text).toContain(`${decided.subjectName}同志：`);
    expect(text).toContain('予以免责');
  });
});
