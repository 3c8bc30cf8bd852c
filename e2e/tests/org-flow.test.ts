import ExcelJS from 'exceljs';
import { Secret, TOTP } from 'otpauth';
import type { Page } from '@playwright/test';
import { expect, PASSWORD, screenshotPath, signIn, test, useProduct } from './harness';

useProduct();

/** Chooses an option of an Ant Design select in the open dialog; the field then shows it. */
async function pickOption(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  await expect(dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label) })).toContainText(option);
}

/**
 * 三员 must set up the second factor before anything else: confirm the password (a session alone cannot set a factor),
 * scan (here: read the key), then confirm with a code.
 */
async function enrolTotp(page: Page) {
  await page.getByTestId('totp-password').fill(PASSWORD);
  await page.getByRole('button', { name: '生成二维码' }).click();
  const key = (await page.getByText(/^密钥：/).textContent())!.replace(/^密钥：/, '').replace(/\s+/g, '');
  // The code of the current step: the server also takes the next one, so it stays good for 30–60 s however slow the
  // machine (the previous step's code could expire a moment after it was made).
  const code = new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() });
  await page.getByTestId('totp-code').fill(code);
  await page.getByRole('button', { name: '确认启用' }).click();
  await expect(page.getByText('动态口令已启用').first()).toBeVisible();
}

test.describe('organization department officer', () => {
  test('signs in, sees rotation duties with their article, opens a person', async ({ open }) => {
    const page = await open({ width: 1440, height: 1000 });
    await signIn(page, 'org');
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();

    const myDuties = page.getByTestId('my-duties');
    await expect(myDuties.getByText('轮岗交流', { exact: true }).first()).toBeVisible();
    await expect(myDuties.getByText('《激励担当作为实施意见》第8条').first()).toBeVisible();
    await expect(myDuties.getByText('已逾期').first()).toBeVisible();
    await expect(page.getByTestId('chart-by-department').locator('canvas').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('01-workbench-org'), fullPage: true });

    // 我的待办 shows ten duties a page; the next page shows others, and twenty a page can be chosen.
    const rows = myDuties.locator('tbody tr');
    await expect(rows).toHaveCount(10);
    const firstRow = (await rows.first().textContent()) ?? '';
    await myDuties.getByTitle('2', { exact: true }).click();
    await expect(rows.first()).not.toHaveText(firstRow);
    await myDuties.getByLabel('每页条数').selectOption('20');
    await expect(rows).toHaveCount(20);
    await expect(rows.first()).toHaveText(firstRow);

    // The first duty names a cadre; open their page from the duty.
    const link = myDuties.locator('tbody a').first();
    const title = (await link.textContent()) ?? '';
    const name = title.split('（')[0];
    await link.click();
    await expect(page.getByTestId('person-name')).toHaveText(name);
    await expect(page.getByTestId('current-posts').getByText('任现职年限')).toBeVisible();
    await expect(page.getByTestId('person-duties').getByText('《激励担当作为实施意见》第8条').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('02-person'), fullPage: true });
  });

  test('browses the roster, departments, rules and calendar', async ({ open }) => {
    const page = await open({ width: 1440, height: 1000 });
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '人员' }).click();
    await expect(page.getByText(/共 \d+ 人/)).toBeVisible();
    const total = Number((await page.getByText(/共 \d+ 人/).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(1500);
    await page.screenshot({ path: screenshotPath('03-people'), fullPage: false });

    await page.getByRole('menuitem', { name: '部门' }).click();
    await page.getByRole('link', { name: '财务处' }).click();
    await expect(page.getByText('职位及在任人员')).toBeVisible();
    await page.screenshot({ path: screenshotPath('04-department'), fullPage: true });

    await page.getByRole('menuitem', { name: '制度' }).click();
    await expect(page.getByText('《谈心谈话规定》第八条（二）').first()).toBeVisible();
    await expect(page.getByText('系统默认').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('05-policy'), fullPage: true });

    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await expect(page.getByText('国庆节').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('06-calendar'), fullPage: false });
  });

  test('lets the auditor read the audit log, including the sign-ins above', async ({ open }) => {
    const page = await open({ width: 1440, height: 900 });
    await signIn(page, 'auditor');
    // 三员: the auditor must set up the second factor first — scan (here: read the key), then confirm with a code.
    await enrolTotp(page);
    await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '登录', exact: true }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: '生成演示数据', exact: true }).first()).toBeVisible();
    await expect(page.getByRole('menuitem', { name: '人员' })).toHaveCount(0);
    // Readable at 1440 px: the page does not scroll sideways, and summaries are words, not JSON.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await expect(page.locator('.ant-table-tbody').getByText(/^\{"/)).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('07-audit'), fullPage: false });
    // The export is what the page shows, and is itself audited.
    const download = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/审计日志\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const ws = wb.getWorksheet('审计日志')!;
    expect(ws.getRow(3).getCell(4).value).toBe('操作');
    expect(ws.rowCount).toBeGreaterThan(4);
    await page.reload();
    await expect(page.getByRole('cell', { name: '下载文档', exact: true }).first()).toBeVisible();
  });

  test('refuses the security administrator a grant that breaks 三员分立, keeping the dialog and the choice', async ({ open }) => {
    const page = await open({ width: 1440, height: 900 });
    await signIn(page, 'secadmin');
    await enrolTotp(page);
    await expect(page.getByRole('heading', { name: '账号管理' })).toBeVisible();
    await page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'org', exact: true }) }).getByRole('button', { name: '授予角色' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="系统管理员"]').click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect(page.getByText(/系统管理员不能兼任业务角色.*GB\/T 22239/).first()).toBeVisible();
    // Refused: the dialog stays open with what was chosen, and the account keeps its roles.
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('系统管理员');
    await page.screenshot({ path: screenshotPath('07b-grant-refused'), fullPage: false });
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'org', exact: true }) })).not.toContainText('系统管理员');
  });

  test('adds a person: a wrong ID number is refused on its field, the corrected entry is saved', async ({ open }) => {
    const page = await open({ width: 1440, height: 1000 });
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByRole('button', { name: '新增人员' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('欧阳明远');
    await dialog.getByLabel('工号').fill('E2E2026');
    await dialog.getByLabel('身份证号').fill('110105194912310021');
    await pickOption(page, '性别', '女');
    for (const [label, date] of [['出生日期', '1949-12-31'], ['参加工作时间', '1970-09-01']]) {
      await dialog.getByLabel(label).fill(date);
      await dialog.getByLabel(label).press('Enter');
      await dialog.locator('.ant-modal-title').click(); // closes the picker; Escape would close the dialog
      await expect(dialog.getByLabel(label)).toHaveValue(date);
    }
    await pickOption(page, '政治面貌', '群众');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('身份证号校验位不正确（GB 11643），请核对是否录错')).toBeVisible();
    await page.screenshot({ path: screenshotPath('08-person-form-error') });
    await dialog.getByLabel('身份证号').fill('11010519491231002X');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('person-name')).toHaveText('欧阳明远');
  });

  test('shows a college leader the departments they oversee', async ({ open }) => {
    const page = await open({ width: 1440, height: 1000 });
    await signIn(page, 'leader');
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
    await expect(page.getByText('部门（单位）')).toBeVisible();
    await page.getByRole('menuitem', { name: '人员' }).click();
    await expect(page.getByText(/共 \d+ 人/)).toBeVisible();
    const total = Number((await page.getByText(/共 \d+ 人/).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThan(1500);
    await page.screenshot({ path: screenshotPath('09-leader-people') });
  });

  test('shows a staff member their own to-do list and no college dashboard', async ({ open }) => {
    const page = await open({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();
    await page.screenshot({ path: screenshotPath('00-login') });
    await signIn(page, 'staff');
    await expect(page.getByTestId('my-duties')).toBeVisible();
    await expect(page.getByText('各部门应办事项')).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: '应办事项' })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('10-staff-workbench') });
  });

  test('refuses a wrong password with a Chinese message', async ({ open }) => {
    const page = await open();
    await signIn(page, 'org', 'wrong-password');
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码不正确');
  });
});
