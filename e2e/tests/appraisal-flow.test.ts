import { expect, getJson, screenshotPath, test, useProduct } from './harness';

useProduct();
test.describe.configure({ mode: 'serial' }); // the second test reads what the first recorded
const REASON = '全年两项课程建设任务未按期完成，学生评教连续两学期排名末位';

let department = '';
const weak = { id: 0, name: '' };

test.describe('the annual appraisal of a department (ahzaxy-2020 第6条; scitc-2025 附件1 第五条（四）)', () => {
  test('org records the year\'s grades for a department, one of them 基本合格', async ({ signedIn }) => {
    const h = await signedIn('depthead');
    const me = await getJson<{ personId: number }>(h, '/api/auth/me');
    const person = await getJson<{ currentPosts: { departmentName: string; rank: string }[] }>(h, `/api/persons/${me.personId}`);
    department = person.currentPosts.find((p) => p.rank === 'middle_chief')!.departmentName;

    const page = await signedIn('org');
    await page.getByRole('menuitem', { name: '激励担当作为' }).click();
    await expect(page.getByText(/年度考核：中层领导干部/)).toBeVisible();
    await page.getByTestId('appraisal-mode').getByText('逐人登记').click();
    const select = page.getByTestId('appraisal-department').locator('input');
    await select.click();
    await select.fill(department);
    await page.locator('.ant-select-item-option').filter({ hasText: department }).first().click();
    await expect(page.getByText(/本部门参加考核/)).toBeVisible();

    const rows = page.locator('tbody tr').filter({ has: page.getByRole('button', { name: '登记等次' }) });
    await expect(rows.first()).toBeVisible();
    // Two colleagues graded 合格, a third 基本合格 with the facts it rests on.
    for (let i = 0; i < 2; i++) {
      const before = await rows.count();
      await rows.first().getByRole('button', { name: '登记等次' }).click();
      await page.getByRole('button', { name: /^登\s*记$/ }).click();
      await expect(page.locator('.ant-message').getByText('已登记').first()).toBeVisible();
      await expect(rows).toHaveCount(before - 1); // the sheet of a 205-person department reloads after each grade
    }
    const target = rows.filter({ hasText: '一般职工' }).first();
    weak.name = (await target.locator('td').first().textContent())!.trim();
    await target.getByRole('button', { name: '登记等次' }).click();
    await page.locator('.ant-modal').getByText('基本合格', { exact: true }).click();
    await page.getByRole('button', { name: /^登\s*记$/ }).click();
    await expect(page.getByText('请写明依据的事实')).toBeVisible();
    await page.getByLabel('评定依据的事实').fill(REASON);
    await page.screenshot({ path: screenshotPath('32-appraisal-grade'), fullPage: true });
    await page.getByRole('button', { name: /^登\s*记$/ }).click();
    await expect(page.getByText(/已列入谈心谈话情形/)).toBeVisible();
    const row = page.locator('tbody tr').filter({ hasText: weak.name });
    await expect(row.getByText('基本合格')).toBeVisible();
    weak.id = Number((await row.getByRole('link', { name: weak.name }).getAttribute('href'))!.split('/').pop());
    await page.screenshot({ path: screenshotPath('33-appraisal-sheet'), fullPage: true });
  });

  test('the responsible talker finds the talk duty; the person\'s record shows the grade', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    const mine = await getJson<{ items: { title: string; citation: string }[] }>(page, '/api/duties/mine?pageSize=500');
    const duty = mine.items.find((d) => d.title.startsWith(`与${weak.name}谈心谈话`));
    expect(duty?.citation).toBe('scitc-2025 附件1 第五条（四）');
    await page.goto(`/people/${weak.id}`);
    await expect(page.getByTestId('person-appraisals').getByText('基本合格').first()).toBeVisible();
    await expect(page.getByTestId('person-duties').getByText(`与${weak.name}谈心谈话`).first()).toBeVisible();
    // 一人一档: the grade is on the person's timeline too.
    await expect(page.getByTestId('person-profile').getByText(new RegExp(`${new Date().getFullYear()} 年度考核：基本合格`))).toBeVisible();
    await page.screenshot({ path: screenshotPath('34-appraisal-person'), fullPage: true });
  });
});
