import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { median } from '../report';

/** JS and CSS a navigation loads, by gzip size (as the server would send them compressed), counted once each. */
function collectAssets(page: Page) {
  const assets = new Map<string, { type: 'js' | 'css'; raw: number; gzip: number }>();
  const pending: Promise<void>[] = [];
  page.on('response', (res) => void pending.push(record(res)));
  async function record(res: import('playwright-core').Response) {
    const url = res.url();
    const type = /\.js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : null;
    if (!type || assets.has(url)) return;
    try {
      const body = await res.body();
      assets.set(url, { type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      /* a response without a body (redirect) */
    }
  }
  return async () => {
    await Promise.all(pending);
    const sum = (t: 'js' | 'css', k: 'raw' | 'gzip', only: (url: string) => boolean = () => true) => [...assets].filter(([url, a]) => a.type === t && only(url)).reduce((s, [, a]) => s + a[k], 0);
    // The chart library is a chunk of its own that loads after the page has shown its figures (LazyChart).
    const beforeCharts = (url: string) => !/\/Chart-[^/]*\.js/.test(url);
    return {
      files: assets.size,
      jsGzipKB: sum('js', 'gzip') / 1024,
      initialJsGzipKB: sum('js', 'gzip', beforeCharts) / 1024,
      cssGzipKB: sum('css', 'gzip') / 1024,
      jsRawKB: sum('js', 'raw') / 1024,
    };
  };
}

/**
 * Where a navigation spent its time, in ms from its start (the browser's own timings): the entry script arrived, the
 * first paint, the session (/api/auth/me) and the dashboard's figures answered, the chart chunk arrived, now (charts drawn).
 */
// A string, not a function: tsx's compiled functions call a helper (__name) the page does not have.
const milestones = `(() => {
  const res = performance.getEntriesByType('resource');
  const end = (re) => Math.round(Math.max(0, ...res.filter((r) => re.test(new URL(r.name).pathname)).map((r) => r.responseEnd)));
  const start = (re) => Math.round(Math.min(...res.filter((r) => re.test(new URL(r.name).pathname)).map((r) => r.startTime)));
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    entryScript: end(/^\\/assets\\/index-[^/]*\\.js$/),
    firstPaint: Math.round(paint ? paint.startTime : 0),
    session: end(/\\/api\\/auth\\/me$/),
    shellChunk: end(/\\/shell-[^/]*\\.js$/),
    pageChunk: end(/\\/WorkbenchPage-[^/]*\\.js$/),
    pageAsks: start(/\\/api\\/inbox$/),
    figuresAsked: start(/\\/api\\/duties\\/summary$/),
    figures: end(/\\/api\\/duties\\/summary$/),
    lastApi: end(/\\/api\\//),
    chartChunk: end(/\\/Chart-[^/]*\\.js$/),
    chartsDrawn: Math.round(performance.now()),
  };
})()`;

/** The pause before each timed navigation, for the one before it to finish (Chart.js animates for 1 s). */
const SETTLE_MS = 2000;

/**
 * The web as a user meets it, in Debian's Chromium: what the sign-in page and the dashboard load, and the time from
 * navigating to the dashboard until both charts are drawn (median of `runs` cold navigations, cache off).
 */
export async function benchWeb(base: string, username: string, password: string, runs = 5) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const login = await context.newPage();
    const signIn = collectAssets(login);
    await login.goto(`${base}/login`, { waitUntil: 'networkidle' });
    const signInAssets = await signIn();
    await login.getByLabel('用户名').fill(username);
    await login.getByLabel('密码').fill(password);
    await login.keyboard.press('Enter');
    await login.waitForURL((u) => !u.pathname.startsWith('/login'));
    await login.close();

    // What the dashboard loads, counted on a navigation of its own: reading every body and compressing it while the
    // timed navigations ran took the cores they were timed on.
    const counted = await context.newPage();
    const collect = collectAssets(counted);
    await counted.goto(`${base}/`);
    await counted.locator('[data-testid="chart-by-status"] canvas').waitFor();
    await counted.waitForLoadState('networkidle');
    const dashboardAssets = await collect();
    await counted.close();

    // The timed navigations run in one tab, as a user's would: each new tab of this Chromium starts its own omnibox
    // popup (a WebUI renderer), which kept one of the two cores busy through a navigation made right after it opened.
    const times: number[] = [];
    const steps: Record<string, number>[] = [];
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      // The previous navigation's work is done (its charts animate for a second) before the next one starts.
      await page.waitForTimeout(SETTLE_MS);
      const t = Date.now();
      await page.goto(`${base}/`);
      await page.locator('[data-testid="chart-by-department"] canvas').waitFor();
      await page.locator('[data-testid="chart-by-status"] canvas').waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      times.push(Date.now() - t);
      steps.push(await page.evaluate<Record<string, number>>(milestones));
      await page.waitForLoadState('networkidle');
    }
    await page.close();
    return { signIn: signInAssets, dashboard: dashboardAssets, chartsDrawnMs: median(times), chartsDrawnRunsMs: times, steps };
  } finally {
    await browser.close();
  }
}
