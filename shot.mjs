import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3999';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(base + '/login');
await page.getByLabel('用户名').fill(process.argv[2] ?? 'org');
await page.getByLabel('密码').fill('Cadre@2026');
await page.getByRole('button', { name: /登\s*录/ }).click();
await page.waitForTimeout(1500);
for (const [url, file, action] of JSON.parse(process.argv[3])) {
  await page.goto(base + url);
  await page.waitForTimeout(1800);
  if (action) { await page.locator(action).first().click(); await page.waitForTimeout(1200); }
  await page.screenshot({ path: `/tmp/shots/${file}.png`, fullPage: true });
}
await browser.close();
