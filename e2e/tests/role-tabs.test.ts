import type { Page } from '@playwright/test';
import { expect, screenshotPath, test, useProduct } from './harness';

useProduct();

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };

/** The tabs of a page as the user reads them. */
const tabsOf = (page: Page) => page.locator('.ant-tabs-tab').allInnerTexts();

/**
 * Issue 24: each role sees only its tabs — by its permissions (demo accounts; a role's tabs are fixed by code, not by
 * the demo's data) — and a link to a tab it may not see says so (who may) above the first tab it may see.
 */
const TABS: Record<string, Record<string, string[]>> = {
  staff: { '/tolerance': ['我的容错', '纠错整改'], '/incentives': ['述职述廉'], '/interviews': ['我的约谈', '谈话函询'], '/sidelines': ['我的兼职'] },
  depthead: {
    '/tolerance': ['我的容错', '纠错整改'],
    '/incentives': ['述职述廉'],
    '/interviews': ['我的约谈', '约谈工作', '建议对象', '约谈计划', '谈话函询', '统计报送'],
    '/sidelines': ['我的兼职'],
  },
  leader: { '/tolerance': ['我的容错', '纠错整改'], '/incentives': ['述职述廉'], '/interviews': ['我的约谈', '约谈计划', '谈话函询', '督导检查'], '/sidelines': ['我的兼职', '待我审批'] },
  principal: {
    '/tolerance': ['我的容错', '问责案件', '调查认定', '纠错整改'],
    '/incentives': ['述职述廉'],
    '/interviews': ['我的约谈', '约谈计划', '谈话函询', '督导检查'],
    '/sidelines': ['我的兼职', '待我审批', '兼职台账', '全部申请'],
  },
  discipline: {
    '/tolerance': ['我的容错', '问责案件', '调查认定', '纠错整改', '澄清保护'],
    '/incentives': ['述职述廉'],
    '/interviews': ['我的约谈', '约谈工作', '建议对象', '约谈计划', '谈话函询', '统计报送', '督导检查'],
    '/sidelines': ['我的兼职', '兼职台账', '全部申请'],
  },
  org: {
    '/tolerance': ['我的容错', '问责案件', '调查认定', '纠错整改'],
    '/incentives': ['年度考核', '述职述廉', '后备干部', '表彰奖励', '教育培训', '为官不为', '关怀帮扶'],
    '/interviews': ['我的约谈', '约谈工作', '建议对象', '约谈计划', '谈话函询', '统计报送'],
    '/sidelines': ['我的兼职', '待我审批', '兼职台账', '全部申请'],
  },
};

/** For each role, a link to a tab it may not see: the tab's name, who may see it, and the tab shown instead. */
const REFUSED: Record<string, [path: string, tab: string, who: string, shown: string]> = {
  staff: ['/tolerance?tab=cases', '问责案件', '仅党委组织部、纪委（纪检监察室）、党委书记、院长可以查看', '我的容错'],
  depthead: ['/tolerance?tab=reviews', '调查认定', '仅党委组织部、纪委（纪检监察室）、党委书记、院长可以查看', '我的容错'],
  leader: ['/incentives?tab=reserve', '后备干部', '仅党委组织部可以查看', '述职述廉'],
  principal: ['/tolerance?tab=petitions', '澄清保护', '仅纪委（纪检监察室）可以查看', '调查认定'],
  discipline: ['/incentives?tab=appraisal', '年度考核', '仅党委组织部可以查看', '述职述廉'],
  org: ['/interviews?tab=supervision', '督导检查', '仅纪委（纪检监察室）、党委书记、院长、院领导可以查看', '我的约谈'],
};

test.describe('tabs a role may not see (issue 24)', () => {
  for (const [user, pages] of Object.entries(TABS)) {
    test(`${user}: sees only its tabs; a link to another says who may see it`, async ({ signedIn }) => {
      test.setTimeout(600_000); // every tab of four pages
      const page = await signedIn(user, DESK);
      for (const [path, tabs] of Object.entries(pages)) {
        await page.goto(path);
        await expect(page.locator('.ant-tabs-tab').first(), path).toBeVisible();
        expect(await tabsOf(page), path).toEqual(tabs);
        // Every tab the role sees opens without an error.
        for (const tab of tabs) {
          await page.locator('.ant-tabs-tab', { hasText: tab }).click();
          await page.waitForLoadState('networkidle');
          await expect(page.getByRole('tabpanel').locator('.ant-alert-error'), `${path} ${tab}`).toHaveCount(0);
          await expect(page.getByRole('tabpanel'), `${path} ${tab}`).not.toBeEmpty();
        }
      }
      const [path, tab, who, shown] = REFUSED[user];
      for (const [size, name] of [[DESK, 'desk'], [PHONE, 'phone']] as const) {
        await page.setViewportSize(size);
        await page.goto(path);
        const notice = page.getByTestId('tab-not-allowed');
        await expect(notice.getByText(`您不能查看「${tab}」`)).toBeVisible();
        await expect(notice).toContainText(`「${tab}」${who}。`);
        await expect(notice).toContainText(`下面显示「${shown}」`);
        await expect(page.locator('.ant-tabs-tab-active')).toHaveText(shown);
        await expect(page.getByRole('tabpanel')).not.toBeEmpty();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), name).toBe(0);
        await page.screenshot({ path: screenshotPath(`e-tabs-${user}-refused-${name}`), fullPage: true });
      }
      // Choosing a tab, even the one shown, clears the notice.
      await page.locator('.ant-tabs-tab', { hasText: shown }).click();
      await expect(page.getByTestId('tab-not-allowed')).toHaveCount(0);
    });
  }

  test('a link to no tab of the page opens the first and says so', async ({ signedIn }) => {
    const page = await signedIn('staff', DESK);
    await page.goto('/tolerance?tab=nonsense');
    await expect(page.getByTestId('tab-not-allowed')).toContainText('链接中的栏目不存在');
    await expect(page.locator('.ant-tabs-tab-active')).toHaveText('我的容错');
  });

  test('choosing a tab changes only the tab in the address: the page\'s other parameters (a filter) stay', async ({ signedIn }) => {
    const page = await signedIn('org', DESK);
    await page.goto('/incentives?tab=reserve&status=nominated&year=2025');
    await expect(page.locator('.ant-tabs-tab-active')).toHaveText('后备干部');
    await page.locator('.ant-tabs-tab', { hasText: '年度考核' }).click();
    await expect(page.locator('.ant-tabs-tab-active')).toHaveText('年度考核');
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ tab: 'appraisal', status: 'nominated', year: '2025' });
  });
});
