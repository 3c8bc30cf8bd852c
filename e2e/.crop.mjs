import { chromium } from '@playwright/test';
// Crops a tall screenshot into pieces by rendering it in a page (no image library on this machine).
const [file, ...tops] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 1400 } });
const fs = await import('node:fs');
const data = fs.readFileSync(file).toString('base64');
await page.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}"></body>`);
for (const t of tops) { await page.evaluate((t) => window.scrollTo(0, t), Number(t)); await page.screenshot({ path: file.replace('.png', `-${t}.png`) }); }
await browser.close();
