import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { newPage as open, PASSWORD, screenshotPath, signIn as signInAt, useProduct } from './harness';

const ctx = useProduct();
const signIn = (page: Page, username: string, password = PASSWORD) => signInAt(page, ctx.server.url, username, password);

const newPage = (opts: { viewport?: { width: number; height: number } } = {}) => open(ctx.browser, opts.viewport);

/** Chooses an option of an Ant Design select in the open dialog, retrying while the dropdown animates. */
async function pickOption(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog');
  const item = dialog.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
  for (let attempt = 0; attempt < 4; attempt++) {
    await dialog.getByLabel(label).click();
    const opt = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
    await opt.waitFor({ state: 'visible' });
    await opt.click();
    await page.waitForTimeout(200);
    if ((await item.innerText()).includes(option)) return;
  }
  throw new Error(`could not choose ${option} for ${label}`);
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
  await page.getByText('动态口令已启用').first().waitFor();
}

describe('organization department officer', () => {
  it('signs in, sees rotation duties with their article, opens a person', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, 'org');
    await expect.poll(() => page.getByRole('heading', { name: '工作台' }).isVisible(), { timeout: 20_000 }).toBe(true);

    const myDuties = page.getByTestId('my-duties');
    await myDuties.getByText('轮岗交流', { exact: true }).first().waitFor({ timeout: 20_000 });
    await expect(myDuties.getByText('《激励担当作为实施意见》第8条').first().isVisible()).resolves.toBe(true);
    await expect(myDuties.getByText('已逾期').first().isVisible()).resolves.toBe(true);
    await page.getByTestId('chart-by-department').locator('canvas').first().waitFor();
    await page.screenshot({ path: screenshotPath('01-workbench-org'), fullPage: true });

    // The first duty names a cadre; open their page from the duty.
    const link = myDuties.locator('tbody a').first();
    const title = (await link.textContent()) ?? '';
    const name = title.split('（')[0];
    await link.click();
    await expect.poll(() => page.getByTestId('person-name').textContent(), { timeout: 20_000 }).toBe(name);
    await page.getByTestId('current-posts').getByText('任现职年限').waitFor();
    await expect(page.getByTestId('person-duties').getByText('《激励担当作为实施意见》第8条').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('02-person'), fullPage: true });
    await page.close();
  });

  it('browses the roster, departments, rules and calendar', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, 'org');
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByText(/共 \d+ 人/).waitFor();
    const total = Number((await page.getByText(/共 \d+ 人/).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(1500);
    await page.screenshot({ path: screenshotPath('03-people'), fullPage: false });

    await page.getByRole('menuitem', { name: '部门' }).click();
    await page.getByRole('link', { name: '财务处' }).click();
    await page.getByText('职位及在任人员').waitFor();
    await page.screenshot({ path: screenshotPath('04-department'), fullPage: true });

    await page.getByRole('menuitem', { name: '制度' }).click();
    await page.getByText('《谈心谈话规定》第八条（二）').first().waitFor();
    await expect(page.getByText('系统默认').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('05-policy'), fullPage: true });

    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await page.getByText('国庆节').first().waitFor();
    await page.screenshot({ path: screenshotPath('06-calendar'), fullPage: false });
    await page.close();
  });

  it('lets the auditor read the audit log, including the sign-ins above', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'auditor');
    // 三员: the auditor must set up the second factor first — scan (here: read the key), then confirm with a code.
    await enrolTotp(page);
    await page.getByRole('heading', { name: '审计日志' }).waitFor({ timeout: 20_000 });
    await page.getByRole('cell', { name: '登录', exact: true }).first().waitFor();
    await page.getByRole('cell', { name: '生成演示数据', exact: true }).first().waitFor();
    await expect(page.getByRole('menuitem', { name: '人员' }).count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('07-audit'), fullPage: false });
    await page.close();
  });

  it('refuses the security administrator a grant that breaks 三员分立, keeping the dialog and the choice', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, 'secadmin');
    await enrolTotp(page);
    await page.locator('.ant-card-head-title', { hasText: '账号管理' }).waitFor({ timeout: 20_000 });
    await page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'org', exact: true }) }).getByRole('button', { name: '授予角色' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="系统管理员"]').click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText(/系统管理员不能兼任业务角色.*GB\/T 22239/).first().waitFor();
    // Refused: the dialog stays open with what was chosen, and the account keeps its roles.
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.innerText()).resolves.toContain('系统管理员');
    await page.screenshot({ path: screenshotPath('07b-grant-refused'), fullPage: false });
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'org', exact: true }) }).innerText()).resolves.not.toContain('系统管理员');
    await page.close();
  });

  it('adds a person: a wrong ID number is refused on its field, the corrected entry is saved', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 1000 } });
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
      await expect.poll(() => dialog.getByLabel(label).inputValue(), { timeout: 15_000 }).toBe(date);
    }
    await pickOption(page, '政治面貌', '群众');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog
      .getByText('身份证号校验位不正确（GB 11643），请核对是否录错')
      .waitFor({ timeout: 20_000 })
      .catch(async (e) => {
        await page.screenshot({ path: screenshotPath('failed-person-form') });
        throw e;
      });
    await page.screenshot({ path: screenshotPath('08-person-form-error') });
    await dialog.getByLabel('身份证号').fill('11010519491231002X');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByTestId('person-name').textContent().catch(() => ''), { timeout: 20_000 }).toBe('欧阳明远');
    await page.close();
  });

  it('shows a college leader the departments they oversee', async () => {
    const page = await newPage({ viewport: { width: 1440, height: 1000 } });
    await signIn(page, 'leader');
    await page.getByRole('heading', { name: '工作台' }).waitFor({ timeout: 20_000 });
    await page.getByText('部门（单位）').waitFor();
    await page.getByRole('menuitem', { name: '人员' }).click();
    await page.getByText(/共 \d+ 人/).waitFor();
    const total = Number((await page.getByText(/共 \d+ 人/).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThan(1500);
    await page.screenshot({ path: screenshotPath('09-leader-people') });
    await page.close();
  });

  it('shows a staff member their own to-do list and no college dashboard', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(ctx.server.url);
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
    await page.screenshot({ path: screenshotPath('00-login') });
    await signIn(page, 'staff');
    await page.getByTestId('my-duties').waitFor({ timeout: 20_000 });
    await expect(page.getByText('各部门应办事项').count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: '应办事项' }).count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('10-staff-workbench') });
    await page.close();
  });

  it('refuses a wrong password with a Chinese message', async () => {
    const page = await newPage();
    await signIn(page, 'org', 'wrong-password');
    await expect.poll(() => page.getByTestId('login-error').textContent().catch(() => ''), { timeout: 10_000 }).toContain('用户名或密码不正确');
    await page.close();
  });
});
