import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();
test.describe.configure({ mode: 'serial' }); // one interview from its plan to its closing, each step by its own role
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const TOPIC = '二级学院主要负责人专项廉政提醒';
const PLAN = '年末关键岗位专项集中约谈';

const me = (page: Page) => getJson<{ displayName: string; personId: number }>(page, '/api/auth/me');

/** Chooses a person in a PersonPicker by typing their name. */
async function pickPerson(page: Page, label: string, name: string) {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(name);
  await page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
}

let interviewUrl = '';
let head = '';

test.describe('a campaign interview (tongren-2016 四（三）、五（一）（三）、六（一）)', () => {
  test('discipline plans a campaign and schedules an interview; the lead is proposed by the rules with its article', async ({ signedIn }) => {
    const h = await signedIn('depthead');
    head = (await me(h)).displayName;

    const page = await signedIn('discipline');
    await page.getByRole('menuitem', { name: '干部约谈' }).click();
    await page.getByRole('tab', { name: '约谈计划' }).click();
    await page.getByTestId('new-plan').click();
    await page.getByLabel('计划名称').fill(PLAN);
    await page.getByLabel('问题线索梳理和约谈重点').fill('结合年度考核和巡察反馈，对二级学院主要负责人开展预防提醒谈话。');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect(page.getByText('计划已保存')).toBeVisible();
    await page.getByRole('row', { name: new RegExp(PLAN) }).getByRole('button', { name: '增加对象' }).click();

    await expect(page.getByTestId('save-interview')).toBeVisible();
    await pickPerson(page, '约谈对象', head);
    await page.getByLabel('约谈事由').fill(TOPIC);
    const leads = page.getByTestId('lead-options');
    await expect(leads.getByText('《干部约谈制度》五（一）2')).toBeVisible();
    await expect(leads.getByText('《干部约谈制度》五（一）6')).toBeVisible();
    await expect(page.getByText('组织实施：纪检监察室')).toBeVisible();
    await page.screenshot({ path: screenshotPath('28-interview-plan'), fullPage: true });
    await page.getByTestId('save-interview').click();
    await expect(page.getByText('约谈已安排')).toBeVisible();
    await expect(page).toHaveURL(/\/interviews\/\d+$/);
    interviewUrl = page.url();

    await page.goto('/interviews?tab=plans');
    await page.getByRole('row', { name: new RegExp(PLAN) }).getByRole('button', { name: /^报\s*批$/ }).click();
    await expect(page.getByText('已报学校领导小组审批')).toBeVisible();
  });

  test('the party secretary approves the plan for the leading group', async ({ signedIn }) => {
    const page = await signedIn('principal');
    await page.goto('/interviews?tab=plans');
    await page.getByRole('row', { name: new RegExp(PLAN) }).getByRole('button', { name: /^审\s*批$/ }).click();
    await page.getByLabel('会议纪要编号').fill('约谈领导小组〔2026〕7号');
    await page.screenshot({ path: screenshotPath('29-interview-approve'), fullPage: true });
    await page.getByRole('button', { name: /^批\s*准$/ }).click();
    await expect(page.getByText('领导小组已批准')).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(PLAN) }).getByText('已批准')).toBeVisible();
  });

  test('discipline holds the interview and records it; it cannot close before the pledge', async ({ signedIn }) => {
    const page = await signedIn('discipline');
    const self = (await me(page)).displayName;
    await page.goto(interviewUrl);
    await page.getByTestId('hold').click();
    await pickPerson(page, '记录人', self);
    await page.getByLabel('约谈记录').fill('主谈人通报高校系统典型案例，就落实一岗双责、规范招生和经费管理提出要求；约谈对象作廉政表态。');
    await page.getByRole('button', { name: /^(确\s*定|OK)$/ }).click();
    await expect(page.getByText('已约谈，待交材料').first()).toBeVisible();
    await page.getByTestId('close').click();
    await page.getByRole('button', { name: /^(确\s*定|OK)$/ }).click();
    await expect(page.getByText(/尚未提交廉政承诺/)).toBeVisible();
  });

  test('the interviewee hands in the integrity pledge with a signed scan', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    await page.getByRole('menuitem', { name: '干部约谈' }).click();
    await expect(page.getByText('请提交廉政承诺').first()).toBeVisible();
    await page.goto(interviewUrl);
    const form = page.getByTestId('hand-in');
    await form.getByLabel('廉政承诺内容').fill('本人郑重承诺：严守政治纪律和政治规矩，认真履行一岗双责，严格执行中央八项规定精神，自觉接受组织监督。');
    await page.locator('input[type=file]').setInputFiles({ name: '廉政承诺书.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('hand-in-submit').click();
    await expect(page.getByText('廉政承诺已提交')).toBeVisible();
    await expect(page.getByText('下载扫描件')).toBeVisible();
    await page.screenshot({ path: screenshotPath('30-interview-pledge'), fullPage: true });
  });

  test('discipline closes it; the supervision page and the ledger export show it', async ({ signedIn }) => {
    const page = await signedIn('discipline');
    await page.goto(interviewUrl);
    await page.getByTestId('close').click();
    await page.getByRole('button', { name: /^(确\s*定|OK)$/ }).click();
    await expect(page.getByText('已办结').first()).toBeVisible();
    await page.goto('/interviews?tab=supervision');
    await expect(page.getByTestId('interviews-by-month').locator('canvas')).toBeVisible();
    await page.screenshot({ path: screenshotPath('31-interview-supervision'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-download').click()]);
    expect(download.suggestedFilename()).toContain('约谈常态化工作台账');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const rows = (wb.getWorksheet('工作台账')!.getSheetValues() as unknown[][]).filter(Boolean);
    const row = rows.find((r) => r[3] === head && r[9] === TOPIC);
    expect(row).toBeDefined();
    expect(row![10]).toBe('廉政承诺');
    expect(row![13]).toBe('已办结');
  });
});
