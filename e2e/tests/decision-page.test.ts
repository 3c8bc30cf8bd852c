import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, getJson, screenshotPath, test, useProduct } from './harness';
import { newDepartment, todayIso } from './roster-setup';

/**
 * Issue 25, item 5 — a decision on one page: a leader opens a waiting 兼职申请 from 待我办理 and finds on that one page
 * its attachments shown inline, the regulation's checks with their articles, its history, and the decision of their
 * step, taken in one action with a comment; it then leaves their inbox. The organization department does the next step
 * on a phone, where the decision comes first and the attachments are links.
 */
useProduct();
test.describe.configure({ mode: 'serial' });

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const ORG = '电子信息行业协会';
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A one-page PDF that says `text` (ASCII), with a correct cross-reference table. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 28 Tf 60 700 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 240×120 PNG, red on white: a scanned signature stands in for the written commitment. */
function png(): Buffer {
  const [w, h] = [240, 120];
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((w * 3 + 1) * h, 255);
  for (let y = 0; y < h; y++) {
    rows[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) if (Math.abs(y - h / 2 - 25 * Math.sin(x / 20)) < 4) rows.set([200, 20, 20], y * (w * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Chromium's PDF viewer has shown the framed PDF (its toolbar is up): what a screenshot should wait for. */
async function pdfShown(page: Page) {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);
  const viewer = page.frames().find((f) => f.url().startsWith('chrome-extension://'))!;
  await expect(viewer.locator('#toolbar').first()).toBeVisible();
}

let applicationId = 0;
type Count = { total: number; overdue: number };

test.describe('一页审批 of a part-time post (scitc-2025 附件2 第十三条)', () => {
  test('a department head applies with scanned attachments (set up through the API)', async ({ signedIn }) => {
    const page = await signedIn('depthead', DESK);
    const orgs = await getJson<{ id: number; name: string }[]>(page, `/api/outside-orgs?q=${encodeURIComponent(ORG)}`);
    const start = new Date(Date.now() + 30 * 86_400_000);
    const res = await page.request.post('/api/sideline-applications', {
      data: { orgId: orgs[0].id, postTitle: '理事', hasTerms: true, termYears: 5, startDate: iso(start), endDate: iso(new Date(start.getTime() + (5 * 365 - 1) * 86_400_000)), reason: '学院牵头专业群建设，兼任理事有利于对接行业标准', commitment: true },
    });
    expect(res.status(), await res.text()).toBe(201);
    applicationId = (await res.json()).id;
    const files: [string, string, Buffer][] = [
      ['leaders_list', 'leaders-list.pdf', pdf('Leaders list')],
      ['legal_person_certificate', 'certificate.pdf', pdf('Legal person certificate')],
      ['charter', 'charter.pdf', pdf('Charter')],
      ['invitation', 'invitation.pdf', pdf('Invitation')],
      ['commitment', '承诺书.png', png()],
    ];
    for (const [kind, fileName, bytes] of files) {
      const up = await page.request.post(`/api/sideline-applications/${applicationId}/files`, { data: { kind, fileName, contentBase64: bytes.toString('base64') } });
      expect(up.status(), await up.text()).toBe(201);
    }
    expect((await page.request.post(`/api/sideline-applications/${applicationId}/submit`)).status()).toBe(200);
  });

  test('the leader opens it from 待我办理: attachments inline, checks with articles, history — and approves with a comment in one action (1440)', async ({ signedIn }) => {
    const page = await signedIn('leader', DESK);
    const before = await getJson<Count>(page, '/api/inbox/count');
    await expect(page.getByTestId('inbox-count')).toContainText(String(before.total));
    await page.getByRole('menuitem', { name: /待我办理/ }).click();
    const item = page.getByTestId('inbox-item').filter({ hasText: `${ORG}理事` });
    await expect(item).toHaveCount(1);
    await item.getByRole('link', { name: '去办理' }).click();
    await expect(page).toHaveURL(new RegExp(`/sidelines/applications/${applicationId}$`));

    // The attachments: listed in the regulation's order, the first PDF shown in a frame, served inline; the image on a click.
    const attachments = page.getByTestId('sideline-attachments');
    await expect(attachments.getByTestId('attachment')).toHaveCount(5);
    await expect(attachments.getByTestId('attachment').first()).toContainText('leaders-list.pdf');
    const frame = attachments.getByTestId('attachment-preview').locator('iframe');
    await expect(frame).toHaveAttribute('src', new RegExp(`/api/sideline-applications/${applicationId}/files/\\d+\\?inline=1$`));
    await expect(frame).toHaveAttribute('title', /leaders-list\.pdf$/);
    const served = await page.request.get((await frame.getAttribute('src'))!);
    expect(served.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
    expect(served.headers()['content-disposition']).toMatch(/^inline;/);
    await pdfShown(page);
    // The checks, each with its article by the regulation's name; the history; the decision of this step only.
    const checks = page.getByTestId('sideline-checks');
    await expect(checks.getByTestId('check-pay')).toContainText('符合');
    await expect(checks.getByTestId('check-pay')).toContainText(/《.+》第十一条/);
    await expect(checks.getByTestId('check-terms')).toContainText(/《.+》第十四条/);
    await expect(checks).not.toContainText('scitc');
    await expect(page.getByTestId('sideline-history')).toContainText('申请人 · ');
    await expect(page.getByTestId('sideline-history')).toContainText('提交申请');
    const decide = page.getByTestId('sideline-decide');
    await expect(decide).toContainText('由我办理：分管（联系）院领导同意');
    await expect(decide.getByRole('radio')).toHaveCount(3);
    await expect(decide.getByLabel('党委会议日期')).toHaveCount(0);
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('80-decision-page-leader') });
    await page.screenshot({ path: screenshotPath('81-decision-page-leader-full'), fullPage: true });
    // Scrolled down to the history, the decision stays in view.
    await page.getByTestId('sideline-history').scrollIntoViewIfNeeded();
    const panel = await decide.boundingBox();
    expect(panel && panel.y >= 0 && panel.y + panel.height <= DESK.height, 'the decision panel in view').toBe(true);
    await page.screenshot({ path: screenshotPath('85-decision-page-leader-scrolled') });

    await attachments.getByRole('button', { name: /承诺书\.png/ }).click();
    const image = attachments.getByTestId('attachment-preview').locator('img');
    await expect(image).toHaveAttribute('alt', '本人书面承诺：承诺书.png');
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(240);
    await expect(attachments.locator('iframe')).toHaveCount(0);

    await decide.getByLabel('意见').fill('同意，注意处理好本职工作与兼职的关系');
    await decide.getByRole('button', { name: '提交意见' }).click();
    const decided = page.getByTestId('sideline-decided');
    await expect(decided).toContainText('您已在“分管（联系）院领导同意”环节同意');
    await expect(decided).toContainText('下一环节：学院党委审批（党委组织部）');
    await expect(page.getByTestId('sideline-decide')).toHaveCount(0);
    await expect(page.getByTestId('sideline-history')).toContainText('同意，注意处理好本职工作与兼职的关系');
    await expect(page.getByTestId('inbox-count')).toContainText(String(before.total - 1));
    await page.screenshot({ path: screenshotPath('82-decision-page-decided') });

    await page.getByRole('menuitem', { name: /待我办理/ }).click();
    await expect(page.getByTestId('inbox-summary')).toBeVisible();
    await expect(page.getByTestId('inbox-item').filter({ hasText: `${ORG}理事` })).toHaveCount(0);
    expect((await getJson<Count>(page, '/api/inbox/count')).total).toBe(before.total - 1);
  });

  test('the organization department records the committee\'s decision on a phone: the decision first, attachments as links, nothing sideways (390)', async ({ signedIn }) => {
    const page = await signedIn('org', PHONE);
    await page.goto(`/sidelines/applications/${applicationId}`);
    const decide = page.getByTestId('sideline-decide');
    await expect(decide).toContainText('由我办理：学院党委审批');
    const [panel, facts] = [await decide.boundingBox(), await page.getByText('申请内容').boundingBox()];
    expect(panel && facts && panel.y < facts.y, 'the decision above the file').toBe(true);
    const attachments = page.getByTestId('sideline-attachments');
    await expect(attachments.locator('iframe')).toHaveCount(0);
    await expect(attachments.getByRole('link', { name: '查看附件' })).toHaveCount(5);
    await expect(page.getByTestId('sideline-checks').getByTestId('check-pay')).toContainText(/《.+》第十一条/);
    await expect(page.getByTestId('sideline-history')).toContainText('同意，注意处理好本职工作与兼职的关系');
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('83-decision-page-phone') });
    await page.screenshot({ path: screenshotPath('84-decision-page-phone-full'), fullPage: true });

    const date = decide.getByLabel('党委会议日期');
    await date.click();
    await date.fill(iso(new Date()));
    await date.press('Enter');
    await decide.getByLabel('会议纪要编号').fill('党委会纪要〔2026〕36号');
    await decide.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('sideline-decided')).toContainText('下一环节：党委组织部登记备案');
    await expect(page.getByTestId('sideline-decide')).toContainText('由我办理：党委组织部登记备案');
    expect(await sideways(page)).toBe(0);
  });
});

const year = () => Number(todayIso().slice(0, 4));
/** Two campaign plans of the discipline office waiting for the leading group: the secretary's inbox holds both. */
const PLANS = [`${year()}年度重点岗位集中约谈计划（一）`, `${year()}年度重点岗位集中约谈计划（二）`];
const planIds: number[] = [];

test.describe('一页审批 of a campaign plan (tongren 四（三）)', () => {
  test('the discipline office drafts two campaign plans, each with an interview, and submits them to the leading group (set up through the API)', async ({ signedIn }) => {
    const org = await signedIn('org', DESK);
    const { people: [target] } = await newDepartment(org, '约谈一科', [{ name: '隗立诚', rank: 'middle_chief', title: '科长' }]);
    const page = await signedIn('discipline', DESK);
    const post = async (url: string, data: unknown, status: number) => {
      const res = await page.request.post(url, { data });
      expect(res.status(), `${url}: ${await res.text()}`).toBe(status);
      return (await res.json()) as { id: number };
    };
    const lead = await getJson<{ preselectedPersonId: number | null; candidates: { personId: number }[] }>(page, `/api/interviews/lead-options?personId=${target.id}&kind=prevention`);
    for (const title of PLANS) {
      const plan = await post('/api/interview-plans', { kind: 'campaign', year: year(), title, summary: '梳理重点岗位廉政风险问题线索，约谈重点为履行“一岗双责”情况' }, 201);
      await post('/api/interviews', {
        planId: plan.id, kind: 'prevention', form: 'individual', topic: '重点岗位廉政风险提醒', targets: [{ personId: target.id, reason: '重点岗位负责人' }],
        leadPersonId: lead.preselectedPersonId ?? lead.candidates[0].personId, scheduledOn: iso(new Date(Date.now() + 20 * 86_400_000)), place: '纪委办公室',
      }, 201);
      await post(`/api/interview-plans/${plan.id}/actions`, { action: 'submit' }, 200);
      planIds.push(plan.id);
    }
  });

  test('the secretary opens the plan waiting in 待我办理 on a phone: the decision first, the plan below, nothing sideways (390)', async ({ signedIn }) => {
    const page = await signedIn('principal', PHONE);
    await page.goto('/inbox');
    const item = page.getByTestId('inbox-item').filter({ hasText: `审批集中约谈计划：${PLANS[0]}` });
    await expect(item).toHaveCount(1);
    await item.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/interviews/plans/${planIds[0]}$`));
    const decide = page.getByTestId('plan-decide');
    await expect(decide).toBeVisible();
    const [panel, plan] = [await decide.boundingBox(), await page.getByText('计划内容').boundingBox()];
    expect(panel && plan && panel.y < plan.y, 'the decision above the plan').toBe(true);
    await expect(page.getByTestId('plan-interviews').locator('.ant-list-item')).toHaveCount(1);
    await expect(page.getByTestId('plan-interviews')).toContainText('隗立诚');
    expect(await sideways(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('86-plan-page-phone'), fullPage: true });
  });

  test('the secretary approves it in one action beside the plan; it leaves 待我办理, one fewer (1440)', async ({ signedIn }) => {
    const page = await signedIn('principal', DESK);
    const before = await getJson<Count>(page, '/api/inbox/count');
    await expect(page.getByTestId('inbox-count')).toContainText(String(before.total));
    const item = page.getByTestId('workbench-inbox').getByTestId('inbox-item').filter({ hasText: `审批集中约谈计划：${PLANS[0]}` });
    await expect(item).toHaveCount(1);
    await item.getByRole('link', { name: '去办理' }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/plans/${planIds[0]}$`));
    await expect(page.getByTestId('plan-history')).toContainText('纪检监察室报学校领导小组审批');
    await expect(page.getByTestId('plan-interviews').locator('.ant-list-item')).toHaveCount(1);
    const decide = page.getByTestId('plan-decide');
    await decide.getByLabel('会议纪要编号').fill('约谈领导小组〔2026〕9号');
    await page.screenshot({ path: screenshotPath('87-plan-page-desk') });
    await decide.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('plan-decided')).toContainText('领导小组已批准该计划');
    await expect(page.getByTestId('plan-decide')).toHaveCount(0);
    await expect(page.getByTestId('plan-history')).toContainText('约谈领导小组〔2026〕9号');
    await expect.poll(async () => (await getJson<Count>(page, '/api/inbox/count')).total).toBe(before.total - 1);
    // The other plan still waits, so the menu still counts: exactly one fewer.
    await expect(page.getByTestId('inbox-count')).toContainText(String(before.total - 1));
    await page.goto('/inbox');
    await expect(page.getByTestId('inbox-summary')).toContainText(`共 ${before.total - 1} 项`);
    await expect(page.getByTestId('inbox-item').filter({ hasText: `审批集中约谈计划：${PLANS[0]}` })).toHaveCount(0);
    await expect(page.getByTestId('inbox-item').filter({ hasText: `审批集中约谈计划：${PLANS[1]}` })).toHaveCount(1);
    await page.goto(`/interviews/plans/${planIds[0]}`);
    await expect(page.getByTestId('plan-standing')).toContainText('已批准');
  });
});
