import { expect, getJson, screenshotPath, test, useProduct, type Fixtures } from './harness';

useProduct();
test.describe.configure({ mode: 'serial' }); // the rate before, the talk recorded, the rate after

async function completionPercent(signedIn: Fixtures['signedIn']) {
  const page = await signedIn('org');
  await page.getByRole('menuitem', { name: '谈话完成情况' }).click();
  const stat = page.getByTestId('completion-percent');
  await expect(stat).toBeVisible();
  const value = Number((await stat.locator('.ant-statistic-content-value').textContent())!.replace(/[^\d.]/g, ''));
  return { page, value };
}

test.describe('a department head and the talks they owe (scitc-2025 附件1 第八条（四）)', () => {
  let before = 0;
  test('shows the organization department the year\'s completion', async ({ signedIn }) => {
    const { page, value } = await completionPercent(signedIn);
    before = value;
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(100);
    await expect(page.getByTestId('chart-completion-by-department').locator('canvas').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('14-talk-completion'), fullPage: true });
  });

  test('opens a talk duty, records the talk, and the duty is done', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    // The quota is owed by the department's middle cadres together (any of them may hold the talk): the workbench lists
    // it apart from the head's own duties.
    const mine = page.getByTestId('shared-duties');
    // This year's quota (last year's, if unfinished, is carried beside it as overdue).
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    const row = mine.locator('tbody tr').filter({ hasText: `${year} 年度谈心谈话` }).filter({ hasNotText: '已完成' }).first();
    await expect(row).toBeVisible();
    await expect(row.getByText('《谈心谈话规定》第八条（四）')).toBeVisible();
    await page.screenshot({ path: screenshotPath('11-depthead-workbench') });
    const title = (await row.locator('a').first().textContent())!;
    const subjectName = title.replace(/^与/, '').split('（')[0];
    await row.locator('a').first().click();

    const form = page.getByTestId('talk-form');
    await expect(form).toBeVisible();
    await expect(form.getByText(subjectName)).not.toHaveCount(0);
    await form.getByLabel('谈话时间').fill('15:30');
    await form.getByLabel('谈话时间').press('Enter');
    await form.getByLabel('谈话地点').fill('学院办公室');
    await form.getByLabel('内容要点（第十条）').fill('了解本学期教学任务完成情况和个人发展打算，肯定工作成绩，提出加强课程思政建设的要求。');
    await page.screenshot({ path: screenshotPath('12-talk-form') });
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByTestId('key-points')).toBeVisible();
    await page.screenshot({ path: screenshotPath('13-talk-detail') });

    // The subject's duty is now done: their person page says so.
    await page.getByRole('link', { name: subjectName }).first().click();
    const duties = page.getByTestId('person-duties');
    await expect(duties.locator('tbody tr').filter({ hasText: `${year} 年度谈心谈话` }).filter({ hasText: '已完成' }).first()).toBeVisible();
  });

  test('raises the completion rate on the organization department\'s page, whose reminder reaches the head', async ({ signedIn }) => {
    const { page, value } = await completionPercent(signedIn);
    expect(value).toBeGreaterThan(before);
    await page.getByRole('button', { name: '提醒未完成的谈话人' }).click();
    await page.getByRole('button', { name: /发\s*送/ }).click();
    await expect(page.getByText(/已向 \d+ 名谈话人发送提醒/)).toBeVisible();
    // 第十一条: the reminder is kept in the page's own 提醒和批评教育记录, naming whom each talker still owes.
    await expect(page.getByText(/^一键提醒：尚未完成与 \d+ 人的谈心谈话——/).first()).toBeVisible();

    const head = await signedIn('depthead');
    await expect(head.getByTestId('workbench-reminder').first()).toContainText('第十一条');
    await head.getByTestId('bell').click();
    const list = head.getByTestId('bell-list');
    await expect(list.getByText('谈心谈话提醒').first()).toBeVisible();
    await head.screenshot({ path: screenshotPath('15-reminder') });
    // The bell closes and opens again as often as it is clicked (the first click also loads the list's code).
    await head.getByTestId('bell').click();
    await expect(list).toBeHidden();
    await head.getByTestId('bell').click();
    await expect(list.getByText('谈心谈话提醒').first()).toBeVisible();
  });
});

test.describe('warnings before saving a talk (scitc-2025 附件1 第六条)', () => {
  type Person = { id: number; currentPosts: { departmentId: number }[] };
  /** The department head's person, and an active member of another department, read as the organization department. */
  async function strangerToTheHead(signedIn: Fixtures['signedIn']) {
    const org = await signedIn('org');
    const head = await signedIn('depthead');
    const me = await getJson<{ personId: number }>(head, '/api/auth/me');
    const headPerson = await getJson<Person>(org, `/api/persons/${me.personId}`);
    const headDepts = new Set(headPerson.currentPosts.map((p) => p.departmentId));
    const staff = await getJson<{ items: Person[] }>(org, '/api/persons?status=active&pageSize=200');
    const other = staff.items.find((p) => p.currentPosts.length > 0 && p.currentPosts.every((post) => !headDepts.has(post.departmentId)))!;
    return { org, head, headId: me.personId, otherId: other.id };
  }

  test('warns the department head when the person is picked, and lets the organization department name the talker there', async ({ signedIn }) => {
    const { org, head, headId, otherId } = await strangerToTheHead(signedIn);
    await head.goto(`/talks/new?subject=${otherId}`);
    const warning = head.getByTestId('responsibility-warning');
    await expect(warning).toContainText('不计入年度谈话次数');
    await expect(warning).toContainText('《谈心谈话规定》第六条');
    await expect(warning).toContainText('请党委组织部指定谈话人');
    await expect(warning.getByTestId('assign-talker')).toHaveCount(0);
    await head.screenshot({ path: screenshotPath('16-talk-warning-before-saving') });

    await org.goto(`/talks/new?talker=${headId}&subject=${otherId}`);
    await org.getByTestId('responsibility-warning').getByTestId('assign-talker').click();
    await org.getByTestId('assign-reason').fill('跨部门联合课题，由其负责日常谈心谈话');
    const rechecked = org.waitForResponse((r) => r.url().endsWith('/api/talks/check'));
    await org.getByRole('dialog').getByRole('button', { name: /指\s*定/ }).click();
    await expect(org.getByText(/已指定为.+的谈话人/)).toBeVisible();
    expect((await (await rechecked).json()).unanswered).toEqual([]);
    await expect(org.getByTestId('responsibility-warning')).toHaveCount(0);
    // The head's form no longer warns about that person.
    const checked = head.waitForResponse((r) => r.url().endsWith('/api/talks/check'));
    await head.reload();
    expect((await checked).ok()).toBe(true);
    await expect(head.getByTestId('responsibility-warning')).toHaveCount(0);
  });
});
