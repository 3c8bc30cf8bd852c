import { expect, pickDate, screenshotPath, test, useProduct } from './harness';

useProduct();
test.describe.configure({ mode: 'serial' }); // one application through its chain, each step by its own role
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const ATTACHMENTS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
const iso = (d: Date) => d.toISOString().slice(0, 10);

let applicationUrl = '';
let applicant = '';
const ORG = '电子信息行业协会';

test.describe('a middle cadre\'s sideline through its chain (scitc-2025 附件2 第十三条)', () => {
  test('lets a department head apply, checked against the rules as they type, with the five attachments', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    applicant = (await page.locator('header').textContent()) ?? '';
    await page.getByRole('menuitem', { name: '领导干部兼职' }).click();
    await page.getByRole('button', { name: '申请兼职' }).click();
    const form = page.getByTestId('sideline-form');
    await expect(form).toBeVisible();
    const orgSelect = form.getByRole('combobox').first();
    await orgSelect.click();
    await orgSelect.fill(ORG);
    await page.locator('.ant-select-item-option').filter({ hasText: ORG }).first().click();
    await form.getByLabel('拟任职务').fill('常务理事');
    const start = new Date(Date.now() + 30 * 86_400_000);
    const end = new Date(start.getTime() + (5 * 365 - 1) * 86_400_000);
    await pickDate(page, '开始日期', iso(start));
    await pickDate(page, '本届结束日期', iso(end));
    await form.getByLabel('兼职理由').fill('学院牵头电子信息类专业群建设，兼任常务理事有利于对接行业标准和企业资源');
    await form.getByText('本人承诺').click();
    const inputs = page.locator('input[type=file]');
    for (const [i, kind] of ATTACHMENTS.entries()) await inputs.nth(i).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
    const check = page.getByTestId('sideline-check');
    await expect(check.getByText('分管（联系）院领导同意')).toBeVisible();
    await expect(check.getByText('学院党委审批')).toBeVisible();
    await page.screenshot({ path: screenshotPath('21-sideline-apply'), fullPage: true });
    await page.getByRole('button', { name: '提交申请' }).click();
    const steps = page.getByTestId('sideline-steps');
    await expect(steps.locator('.ant-steps-item-process')).toContainText('分管（联系）院领导同意');
    applicationUrl = page.url();
    await page.screenshot({ path: screenshotPath('22-sideline-submitted'), fullPage: true });
  });

  test('the overseeing leader finds it waiting and agrees', async ({ signedIn }) => {
    const page = await signedIn('leader');
    await page.getByRole('menuitem', { name: '领导干部兼职' }).click();
    await page.getByRole('tab', { name: '待我审批' }).click();
    await page.getByRole('link', { name: new RegExp(ORG) }).first().click();
    const decide = page.getByTestId('sideline-decide');
    await expect(decide).toBeVisible();
    await decide.getByLabel('意见').fill('同意，注意处理好本职工作与兼职的关系');
    await decide.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByText('审批意见已登记')).toBeVisible();
    await expect(page.getByTestId('sideline-steps').locator('.ant-steps-item-process')).toContainText('学院党委审批');
  });

  test('the organization department records the committee\'s decision and registers it; the post is in the ledger', async ({ signedIn }) => {
    const page = await signedIn('org');
    await page.goto(applicationUrl);
    const decide = page.getByTestId('sideline-decide');
    await expect(decide).toBeVisible();
    await pickDate(page, '党委会议日期', iso(new Date()));
    await decide.getByLabel('会议纪要编号').fill('党委会纪要〔2026〕35号');
    await page.screenshot({ path: screenshotPath('23-sideline-committee'), fullPage: true });
    await decide.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByText('审批意见已登记').first()).toBeVisible();
    await expect(page.getByTestId('sideline-steps').locator('.ant-steps-item-process')).toContainText('党委组织部登记备案');
    await page.getByTestId('sideline-decide').getByLabel('备案编号').fill('兼职备〔2026〕41号');
    await page.getByTestId('sideline-decide').getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByRole('link', { name: '查看登记的兼职' })).toBeVisible();

    await page.getByRole('menuitem', { name: '领导干部兼职' }).click();
    await page.getByRole('tab', { name: '兼职台账' }).click();
    const ledger = page.getByTestId('sideline-ledger');
    await expect(ledger.locator('tbody tr').first()).toBeVisible();
    await page.getByPlaceholder('姓名或单位').fill(ORG);
    await page.getByPlaceholder('姓名或单位').press('Enter');
    const row = ledger.locator('tbody tr').filter({ hasText: '常务理事' });
    await expect(row.first()).toBeVisible();
    const holder = (await row.first().locator('td').first().textContent())!.trim();
    expect(applicant).toContain(holder);
    await page.screenshot({ path: screenshotPath('24-sideline-ledger'), fullPage: true });
  });
});

test.describe('applicability before effort (scitc-2025 附件2 第二条)', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`tells a staff member who is no leading cadre, before any form, that the approval does not apply (${viewport.width} px)`, async ({ signedIn }) => {
      const page = await signedIn('staff', viewport);
      await page.goto('/sidelines');
      const note = page.getByTestId('sideline-not-applicable');
      await expect(note).toContainText('无需申请领导干部兼职审批');
      await expect(note).toContainText('《领导干部兼职管理办法》第二条');
      await expect(page.getByRole('button', { name: '申请兼职' })).toHaveCount(0);
      // The form's own address says the same instead of leading them through it.
      await page.goto('/sidelines/apply');
      await expect(page.getByTestId('sideline-not-applicable')).toContainText('您现任');
      await expect(page.getByTestId('sideline-form')).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await page.screenshot({ path: screenshotPath(`24-sideline-not-applicable-${viewport.width}`) });
    });
  }
});
