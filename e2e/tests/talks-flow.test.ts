import { describe, expect, it } from 'vitest';
import { screenshotPath, signedIn as signInAs, useProduct } from './harness';

const ctx = useProduct();

const signedIn = (username: string) => signInAs(ctx, username);

async function completionPercent() {
  const page = await signedIn('org');
  await page.getByRole('menuitem', { name: '谈话完成情况' }).click();
  const stat = page.getByTestId('completion-percent');
  await stat.waitFor({ timeout: 20_000 });
  const value = Number((await stat.locator('.ant-statistic-content-value').textContent())!.replace(/[^\d.]/g, ''));
  return { page, value };
}

describe('a department head and the talks they owe (scitc-2025 附件1 第八条（四）)', () => {
  let before = 0;
  it('shows the organization department the year\'s completion', async () => {
    const { page, value } = await completionPercent();
    before = value;
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(100);
    await page.getByTestId('chart-completion-by-department').locator('canvas').first().waitFor();
    await page.screenshot({ path: screenshotPath('14-talk-completion'), fullPage: true });
    await page.close();
  });

  it('opens a talk duty, records the talk, and the duty is done', async () => {
    const page = await signedIn('depthead');
    const mine = page.getByTestId('my-duties');
    // This year's quota (last year's, if unfinished, is carried beside it as overdue).
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    const row = mine.locator('tbody tr').filter({ hasText: `${year} 年度谈心谈话` }).filter({ hasNotText: '已完成' }).first();
    await row.waitFor({ timeout: 20_000 });
    await expect(row.getByText('《谈心谈话规定》第八条（四）').isVisible()).resolves.toBe(true);
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
    await duties.locator('tbody tr').filter({ hasText: `${year} 年度谈心谈话` }).filter({ hasText: '已完成' }).first().waitFor({ timeout: 20_000 });
    await page.close();
  });

  it('raises the completion rate on the organization department\'s page, whose reminder reaches the head', async () => {
    const { page, value } = await completionPercent();
    expect(value).toBeGreaterThan(before);
    await page.getByRole('button', { name: '提醒未完成的谈话人' }).click();
    await page.getByRole('button', { name: /发\s*送/ }).click();
    await page.getByText(/已向 \d+ 名谈话人发送提醒/).waitFor({ timeout: 10_000 });
    // 第十一条: the reminder is kept in the page's own 提醒和批评教育记录, naming whom each talker still owes.
    await page.getByText(/^一键提醒：尚未完成与 \d+ 人的谈心谈话——/).first().waitFor({ timeout: 10_000 });
    await page.close();

    const head = await signedIn('depthead');
    await head.getByTestId('workbench-reminder').first().waitFor({ timeout: 10_000 });
    await expect(head.getByTestId('workbench-reminder').first().textContent()).resolves.toContain('第十一条');
    await head.getByTestId('bell').click();
    await head.getByText('谈心谈话提醒').first().waitFor();
    await head.screenshot({ path: screenshotPath('15-reminder') });
    await head.close();
  });
});
