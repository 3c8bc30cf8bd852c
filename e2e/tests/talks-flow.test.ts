import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, PASSWORD, screenshotPath, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a department head and the talks they owe (scitc-2025 附件1 第八条（四）)', () => {
  it('opens a talk duty, records the talk, and the duty is done', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.getByLabel('用户名').fill('depthead');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const mine = page.getByTestId('my-duties');
    const row = mine.locator('tbody tr').filter({ hasText: '年度谈心谈话' }).filter({ hasNotText: '已完成' }).first();
    await row.waitFor({ timeout: 20_000 });
    await expect(row.getByText('scitc-2025 附件1 第八条（四）').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('11-depthead-workbench') });
    const title = (await row.locator('a').first().textContent())!;
    const subjectName = title.replace(/^与/, '').split('（')[0];
    await row.locator('a').first().click();

    const form = page.getByTestId('talk-form');
    await form.waitFor();
    await expect.poll(() => form.getByText(subjectName).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await form.getByLabel('谈话时间').fill('15:30');
    await form.getByLabel('谈话时间').press('Enter');
    await form.getByLabel('谈话地点').fill('学院办公室');
    await form.getByLabel('内容要点（第十条）').fill('了解本学期教学任务完成情况和个人发展打算，肯定工作成绩，提出加强课程思政建设的要求。');
    await page.screenshot({ path: screenshotPath('12-talk-form') });
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('key-points').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('13-talk-detail') });

    // The subject's duty is now done: their person page says so.
    await page.getByRole('link', { name: subjectName }).first().click();
    const duties = page.getByTestId('person-duties');
    await duties.locator('tbody tr').filter({ hasText: '年度谈心谈话' }).filter({ hasText: '已完成' }).first().waitFor({ timeout: 20_000 });
    await page.close();
  });
});
