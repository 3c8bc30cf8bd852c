import type { Page } from '@playwright/test';
import { expect, screenshotPath, test, useProduct } from './harness';

useProduct();
test.describe.configure({ mode: 'serial' }); // the discipline office takes up the application the first test made
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** Chooses the next step in the review's action form and waits for the page to record it. */
async function record(page: Page, action: string, fill: (form: ReturnType<Page['getByTestId']>) => Promise<void> = async () => {}) {
  const form = page.getByTestId('review-action-form');
  await form.getByText(action, { exact: true }).click();
  await fill(form);
  await form.getByTestId('review-action-submit').click();
  await expect(page.getByText(`已登记：${action}`)).toBeVisible();
}

/** Screenshots without the stacked success messages of the steps just recorded. */
const clearMessages = (page: Page) => page.evaluate(() => document.querySelectorAll('.ant-message-notice-wrapper').forEach((n) => n.remove()));

let reviewUrl = '';
let applicantName = '';

test.describe('容错 from application to protection (scitc-2025 附件3 第五条、第六条)', () => {
  test('a department head under investigation applies for tolerance with a ground, facts, evidence and the pledge', async ({ signedIn }) => {
    const page = await signedIn('depthead');
    applicantName = ((await page.getByTestId('user-menu').textContent()) ?? '').replace(/部门负责人|干部职工/g, '').trim();
    await page.getByRole('menuitem', { name: '容错纠错' }).click();
    const apply = page.locator('[data-testid^=apply-]').first();
    await expect(apply).toBeVisible();
    await page.screenshot({ path: screenshotPath('25-tolerance-mine'), fullPage: true });
    await apply.click();
    await page.getByText('先行先试出现探索性失误').click();
    await page.getByLabel('事实和理由').fill('承担实训基地设备更新试点任务，供应商停产导致验收延期，本人及时报告并启动替代方案，未谋取任何私利。');
    await page.locator('input[type=file]').setInputFiles({ name: '情况说明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('pledge').click();
    await page.getByTestId('submit-tolerance').click();
    await expect(page.getByTestId('review-status')).toHaveText('待受理');
    // The evidence is read in place: listed, and the PDF shown in the page.
    const evidence = page.getByTestId('review-evidence');
    await expect(evidence.getByRole('button', { name: '情况说明.pdf' })).toBeVisible();
    await expect(evidence.getByTestId('attachment-preview').locator('iframe')).toHaveAttribute('src', /\/api\/tolerance-reviews\/\d+\/files\/\d+\?inline=1$/);
    reviewUrl = page.url();
  });

  test('the discipline office accepts, investigates, hears the cadre, reports; the committee exempts; feedback, publication and filing are recorded', async ({ signedIn }) => {
    const page = await signedIn('discipline');
    const me = ((await page.getByTestId('user-menu').textContent()) ?? '').replace('纪委（纪检监察室）', '').trim();
    await page.goto(reviewUrl);
    await expect(page.getByTestId('review-action-form')).toBeVisible();
    await record(page, '受理');
    await record(page, '组成调查组', async (form) => {
      const picker = form.getByRole('combobox').first();
      await picker.click();
      await picker.fill(me);
      await page.locator('.ant-select-item-option').filter({ hasText: me }).first().click();
    });
    await record(page, '听取本人陈述', async (form) => {
      await form.getByLabel('本人陈述和申辩要点').fill('本人陈述：验收延期系供应商停产所致，已及时报告并启动替代方案');
    });
    await record(page, '形成调查报告', async (form) => {
      await form.getByLabel('调查报告', { exact: true }).fill('经调阅采购档案、个别谈话，查明验收延期系供应商停产所致，当事人出于公心、勤勉尽责，未谋取私利。');
      await form.getByText('未谋取私利', { exact: true }).click();
    });
    await record(page, '提出认定意见', async (form) => {
      await form.getByText('免责', { exact: true }).click();
      await form.getByLabel('认定意见及理由').fill('符合先行先试出现探索性失误情形，建议免责');
    });
    await record(page, '登记党委集体认定', async (form) => {
      await form.getByText('免责', { exact: true }).click();
      await form.getByLabel('党委会议纪要编号').fill('党委会议纪要〔2026〕35号');
    });
    await expect(page.getByTestId('review-status')).toHaveText('已作出认定');
    await record(page, '反馈本人', async (form) => {
      await form.getByLabel('反馈方式').fill('当面反馈并送达认定结论');
    });
    await record(page, '公开免责结论', async (form) => {
      await form.getByLabel('公开范围').fill('全院中层干部会议');
      await form.getByLabel('公开方式').fill('会议通报并在校内办公网公示');
    });
    await record(page, '报送备案');
    const schedule = page.getByTestId('review-schedule');
    await expect(schedule).toContainText('《容错纠错实施办法》第五条（五）');
    await expect(page.getByTestId('review-timeline')).toContainText('党委会议（党委会议纪要〔2026〕35号）认定：免责');
    await clearMessages(page);
    await page.screenshot({ path: screenshotPath('26-tolerance-decided'), fullPage: true });
    await record(page, '办结');
    await expect(page.getByTestId('review-status')).toHaveText('已办结');

    // The person page shows what the exemption protects.
    await page.getByRole('link', { name: /问责案件/ }).first().click();
    await page.getByRole('link', { name: applicantName }).first().click();
    const card = page.getByTestId('person-protections');
    await expect(card).toContainText('年度考核');
    await expect(card).toContainText('《容错纠错实施办法》第六条（一）');
    await clearMessages(page);
    await page.screenshot({ path: screenshotPath('27-person-protection'), fullPage: true });
  });
});
