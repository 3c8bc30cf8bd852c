import { expect, pickDate, screenshotPath, test, useProduct } from './harness';

useProduct();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
// A program renamed to .pdf: the server tells files by their content, not their name.
const NOT_A_PDF = Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this is not a document');
const ATTACHMENTS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const ORG = '电子信息行业协会';


test.describe('an upload that fails names its file and keeps the others (issue 24: nothing entered is lost silently)', () => {
  test('one bad file of five: the application is kept as a draft, the four others uploaded, the bad one named with why; replacing it submits', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    await page.goto('/sidelines/apply');
    const form = page.getByTestId('sideline-form');
    await expect(form).toBeVisible();
    const orgSelect = form.getByRole('combobox').first();
    await orgSelect.click();
    await orgSelect.fill(ORG);
    await page.locator('.ant-select-item-option').filter({ hasText: ORG }).first().click();
    await form.getByLabel('拟任职务').fill('理事');
    const start = new Date(Date.now() + 40 * 86_400_000);
    await pickDate(page, '开始日期', iso(start));
    await pickDate(page, '本届结束日期', iso(new Date(start.getTime() + (5 * 365 - 1) * 86_400_000)));
    await form.getByLabel('兼职理由').fill('参与行业协会专业建设指导工作，促进校企合作');
    await form.getByText('本人承诺').click();
    const inputs = page.locator('input[type=file]');
    for (const [i, kind] of ATTACHMENTS.entries())
      await inputs.nth(i).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: kind === 'charter' ? NOT_A_PDF : PDF });
    await page.getByRole('button', { name: '提交申请' }).click();

    const failures = page.getByTestId('upload-failures');
    await expect(failures).toContainText('1 个文件未能上传');
    await expect(failures).toContainText('已保存为草稿');
    await expect(failures).toContainText('“charter.pdf”');
    await expect(failures).toContainText('只能上传 PDF、JPG、PNG 或 Word 文件');
    await expect(page.getByTestId('failed-charter')).toContainText('charter.pdf');
    // The four good files were kept: each shows as uploaded, and the page did not move on to the submitted application.
    await expect(page.getByText('已上传', { exact: true })).toHaveCount(4);
    expect(page.url()).toContain('/sidelines/apply');
    await page.screenshot({ path: screenshotPath('25-sideline-upload-failure'), fullPage: true });

    await inputs.nth(ATTACHMENTS.indexOf('charter')).setInputFiles({ name: '章程.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByTestId('upload-failures')).toHaveCount(0);
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect(page.getByTestId('sideline-steps')).toBeVisible();
    expect(page.url()).toMatch(/\/sidelines\/applications\/\d+$/);
  });
});
