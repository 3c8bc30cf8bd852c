import { chromium } from 'playwright-core';
import { loadAllPacks } from '../server/src/core/policy/pack-loader';
import { DEMO_PASSWORD } from '../server/src/demo/seed';
import { todayIso } from '../server/src/core/shared/dates';
import { loadScale } from './generate/load';
import { openBenchDatabase } from './generate/database';
import { benchApp } from './app';
const [dist, tag] = process.argv.slice(2);
const packs = loadAllPacks();
const { database } = await openBenchDatabase('S');
await loadScale(database.db, packs, 'S', todayIso());
const { app } = await benchApp(database.db, packs, undefined, { webDist: dist });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const user of ['org', 'depthead']) for (const [w, h] of [[1440, 900], [390, 844]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByTestId('my-duties').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/wtB-shots/${tag}-${user}-${w}.png`, fullPage: true });
  if (w === 1440) { await page.getByTestId('user-menu').hover(); await page.waitForTimeout(800); await page.screenshot({ path: `/tmp/wtB-shots/${tag}-${user}-${w}-menu.png` }); }
  await ctx.close();
}
await browser.close(); await app.close(); await database.close(); process.exit(0);
