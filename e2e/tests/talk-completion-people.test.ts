import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';
import { newDepartment, todayIso } from './roster-setup';

useProduct();

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const PERCENT = /^\d+(\.\d)?%$/;

type Row = { personId: number; name: string; percent: number; total: number; behind: number; shared: number; owedNames: string[] };
type Quota = { subject: { id: number; name: string }; shared: boolean; recordLink: string; talks: { id: number }[] };
type Talker = { person: { id: number; name: string }; percent: number; owed: Quota[]; talkedWith: Quota[] };

/**
 * A department of the test's own since 1 January (a whole year's quota, no pro-rating): a chief and a deputy (its
 * middle cadres) and three staff, each owed one talk this year by the two together (第六条; 第八条（四）: once a year).
 */
async function departmentWithCadres(page: Page, name: string, surname: string) {
  const dept = await newDepartment(
    page,
    name,
    [{ name: `${surname}立诚`, rank: 'middle_chief', title: '科长' }, { name: `${surname}立信`, rank: 'middle_deputy', title: '副科长' }, `${surname}一鸣`, `${surname}二鸣`, `${surname}三鸣`],
    { since: `${todayIso().slice(0, 4)}-01-01` },
  );
  const [chief, deputy, ...staff] = dept.people;
  return { dept, chief, deputy, staff };
}

const talkerRow = async (page: Page, personId: number) => (await getJson<{ items: Row[] }>(page, '/api/talks/completion/people')).items.find((r) => r.personId === personId);
const detailOf = (page: Page, personId: number) => getJson<Talker>(page, `/api/talks/completion/people/${personId}`);
const names = (qs: Quota[]) => qs.map((q) => q.subject.name).sort();

test.describe('谈话完成情况 names people (scitc-2025 附件1 第六条, 第八条)', () => {
  test('on a desk: talkers least complete first, each with a percentage; a row opens whom they owe and whom they talked with; a talk held counts once', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    const { chief, deputy, staff } = await departmentWithCadres(page, '谈话一科', '鄢');
    const staffNames = staff.map((p) => p.name).sort();
    // Each cadre answers for the three staff together: three subjects behind, all 共同待谈, nothing held.
    expect(await talkerRow(page, chief.id)).toMatchObject({ name: chief.name, total: 3, behind: 3, shared: 3, percent: 0 });
    expect((await talkerRow(page, chief.id))!.owedNames.sort()).toEqual(staffNames);

    await page.goto('/talk-completion');
    const { items } = await getJson<{ items: Row[] }>(page, '/api/talks/completion/people');
    const rows = page.getByTestId('talker-row');
    await expect(rows.first()).toContainText(items[0].name);
    await expect(rows.first().getByTestId('talker-row-percent')).toHaveText(`${items[0].percent}%`);
    // Percentages everywhere: every talker and every group row shows its number, none an icon in its place.
    for (const testId of ['talker-row-percent', 'talker-group-percent']) {
      const bars = page.getByTestId(testId);
      await expect(bars.first()).toBeVisible();
      // One number per bar (antd 6 names it .ant-progress-indicator; none found would check nothing).
      await expect(bars.locator('.ant-progress-indicator')).toHaveCount(await bars.count());
      for (const text of await bars.locator('.ant-progress-indicator').allTextContents()) expect(text).toMatch(PERCENT);
      await expect(bars.locator('.anticon')).toHaveCount(0);
    }
    await page.screenshot({ path: screenshotPath('talk-completion-people-desk'), fullPage: true });

    // Search by name: only that talker, with the three staff still owed.
    await page.getByTestId('talkers-search').locator('input').fill(chief.name);
    await page.getByTestId('talkers-search').locator('input').press('Enter');
    await expect(rows).toHaveCount(1);
    for (const n of staffNames) await expect(rows.first()).toContainText(n);
    await expect(rows.first().getByTestId('talker-row-percent')).toHaveText('0%');

    // The talker's drawer: the three owed, each marked 共同待谈 with its article and linked to the person; none talked with.
    await rows.first().click();
    const drawer = page.getByTestId('talker-drawer');
    await expect(drawer).toContainText(`${chief.name}的`);
    await expect(drawer.getByTestId('talker-owed')).toHaveCount(3);
    await expect(drawer.getByTestId('talker-done')).toHaveCount(0);
    await expect(drawer.getByTestId('talker-percent')).toContainText('0%');
    for (const p of staff) {
      const owedItem = drawer.getByTestId('talker-owed').filter({ hasText: p.name });
      await expect(owedItem.getByText('共同待谈')).toBeVisible();
      await expect(owedItem.getByText('《谈心谈话规定》第八条（四）')).toBeVisible();
      await expect(owedItem.getByTestId('talker-subject')).toHaveAttribute('href', `/people/${p.id}`);
    }
    await expect(page).toHaveURL(new RegExp(`talker=${chief.id}`));
    await page.screenshot({ path: screenshotPath('talk-completion-talker-desk') });

    // The chief holds the year's talk with the first of them: it leaves both cadres' 共同待谈 (exactly one fewer each)
    // and shows under the chief's 已谈, linked to the talk; the deputy, who did not hold it, does not see it at all.
    const res = await page.request.post('/api/talks', {
      data: { kind: 'routine', form: 'individual', status: 'held', talkDate: todayIso(), talkTime: '10:00', place: '科长办公室', keyPoints: '交流全年工作和思想情况', talkerIds: [chief.id], subjectIds: [staff[0].id] },
    });
    expect(res.status(), await res.text()).toBe(201);
    const talkId = ((await res.json()) as { id: number }).id;
    const [afterChief, afterDeputy] = [await detailOf(page, chief.id), await detailOf(page, deputy.id)];
    expect(names(afterChief.owed)).toEqual(staffNames.filter((n) => n !== staff[0].name));
    expect(afterChief.talkedWith.map((q) => [q.subject.name, q.talks.map((t) => t.id)])).toEqual([[staff[0].name, [talkId]]]);
    expect(names(afterDeputy.owed)).toEqual(staffNames.filter((n) => n !== staff[0].name));
    expect(afterDeputy.talkedWith).toEqual([]);
    await page.reload();
    await expect(drawer.getByTestId('talker-owed')).toHaveCount(2);
    await expect(drawer.getByTestId('talker-owed').filter({ hasText: staff[0].name })).toHaveCount(0);
    await expect(drawer.getByTestId('talker-done')).toHaveCount(1);
    await expect(drawer.getByTestId('talker-done').filter({ hasText: staff[0].name }).getByTestId('talker-talk').first()).toHaveAttribute('href', `/talks/${talkId}`);
    await expect(drawer.getByTestId('talker-percent')).toContainText('33.3%');

    // 记录谈话 opens the form with the subject and the talker filled in, each picker naming its person from the roster
    // list by ids (one request for its chosen people), not from a request per person.
    const personRequests: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/api/persons')) personRequests.push(u.pathname + u.search);
    });
    await drawer.getByTestId('talker-owed').filter({ hasText: staff[1].name }).getByTestId('talker-record').click();
    await expect(page).toHaveURL(new RegExp(`/talks/new\\?subject=${staff[1].id}&talker=${chief.id}`));
    const form = page.getByTestId('talk-form');
    await expect(form.getByText(staff[1].name)).not.toHaveCount(0);
    await expect(form.getByText(chief.name)).not.toHaveCount(0);
    expect(personRequests.filter((u) => /^\/api\/persons\/\d+/.test(u))).toEqual([]);
    expect(personRequests.filter((u) => u.startsWith('/api/persons?ids=') || u.includes('&ids=')).map((u) => new URL(u, 'http://x').searchParams.get('ids')).sort()).toEqual([String(chief.id), String(staff[1].id)].sort());
  });

  test('a department\'s middle cadres (a group row) filter the talkers to that department', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    const { chief, deputy } = await departmentWithCadres(page, '谈话二科', '郦');
    await page.goto('/talk-completion');
    // The group rows go from the most behind; the department's row is on whichever page it falls.
    const groups = page.getByTestId('talker-groups');
    const group = groups.getByTestId('talker-group-row').filter({ hasText: '谈话二科中层干部' });
    await expect(groups.getByTestId('talker-group-row').first()).toBeVisible();
    for (let pageNo = 2; !(await group.count()); pageNo++) await groups.locator(`.ant-pagination-item-${pageNo}`).click();
    await group.click();
    await expect(page.getByTestId('talkers-department')).toContainText('谈话二科');
    // Exactly the department's two middle cadres, each once.
    const rows = page.getByTestId('talker-row');
    await expect(rows).toHaveCount(2);
    const texts = await rows.allTextContents();
    expect([chief.name, deputy.name].map((n) => texts.filter((t) => t.includes(n)).length)).toEqual([1, 1]);
  });

  test('on a phone: talkers as cards and the drawer, nothing sideways', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    const { chief } = await departmentWithCadres(page, '谈话三科', '亓');
    await page.goto('/talk-completion');
    const { items } = await getJson<{ items: Row[] }>(page, '/api/talks/completion/people');
    const cards = page.getByTestId('talker-row');
    await expect(cards.first()).toContainText(items[0].name);
    await expect(cards.first().getByTestId('talker-row-percent')).toContainText(`${items[0].percent}%`);
    await expect(page.getByTestId('talker-group-percent').first()).toContainText('%');
    await page.waitForLoadState('networkidle');
    expect(await sideways(page)).toBe(0);
    await page.getByTestId('talkers-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('talk-completion-people-phone') });
    await page.screenshot({ path: screenshotPath('talk-completion-people-phone-full'), fullPage: true });

    await page.goto(`/talk-completion?talker=${chief.id}`);
    const drawer = page.getByTestId('talker-drawer');
    await expect(drawer).toContainText(`${chief.name}的`);
    await expect(drawer.getByTestId('talker-owed')).toHaveCount(3);
    await expect(drawer.getByTestId('talker-done')).toHaveCount(0);
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('talk-completion-talker-phone') });
  });
});
