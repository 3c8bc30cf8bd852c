import { chromium } from '@playwright/test';
const base = 'http://localhost:3105';
const [user, ...paths] = process.argv.slice(2);
const width = Number(process.env.W ?? 390), height = width === 390 ? 844 : 900;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ baseURL: base, viewport: { width, height } });
const page = await ctx.newPage();
await page.goto('/');
await page.getByLabel('用户名').fill(user);
await page.getByLabel('密码').fill('Cadre@2026');
await page.getByRole('button', { name: /登\s*录/ }).click();
await page.getByRole('heading', { name: '工作台' }).waitFor();
for (const p of paths) {
  const [path, click] = p.split('|');
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'), null, { timeout: 60000 }).catch(() => {});
  if (click) { await page.getByText(click, { exact: false }).first().click(); await page.waitForTimeout(800); await page.waitForLoadState('networkidle'); }
  const m = await page.evaluate(() => {
    const d = document.documentElement;
    const inner = [...document.querySelectorAll('.ant-drawer-body, .ant-modal-body, .ant-table-content, .ant-table-body, .ant-card-body')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.className.split(' ')[0]}:${e.scrollWidth}/${e.clientWidth}`);
    return { doc: d.scrollWidth - d.clientWidth, inner, tables: document.querySelectorAll('table').length };
  });
  const name = `/tmp/wtE-shots/${user}-${width}-${path.replace(/[^a-z0-9]+/gi, '_')}${click ? '-click' : ''}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(path, click ?? '', JSON.stringify(m), name);
}
await browser.close();
