/**
 * Documents benchmark: a 10,000-row roster import (upload and preview, then commit) and the time to render the
 * forms users download most. Run: `npx tsx bench/documents.bench.ts` (PGlite) or with DATABASE_URL (an empty database).
 * Prints the times; nothing is asserted (speed is measured, not tested).
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { benchDatabase } from './support';
import { loadAllPacks } from '../server/src/policy/pack-loader';
import { seedDemoIfEmpty, DEMO_PASSWORD } from '../server/src/demo/seed';
import { todayIso } from '../server/src/shared/dates';
import { idNumberCheckChar } from '../server/src/people/id-number';
import { ROSTER_COLUMNS } from '../server/src/people/roster-import';
import { COLLEGES } from '../server/src/demo/colleges';

const ROWS = Number(process.env.BENCH_ROWS ?? 10000);
const packs = loadAllPacks();
const { database, engine } = await benchDatabase();
console.log(`engine: ${engine}`);
await seedDemoIfEmpty(database.db, packs, todayIso(), [COLLEGES[0]]);
const { app } = await buildApp({ db: database.db, packs, config: { ...loadConfig({}), webDist: '/nonexistent' } });
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'org', password: DEMO_PASSWORD } });
const headers = { cookie: `cadre_sid=${login.cookies.find((c) => c.name === 'cadre_sid')!.value}` };
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

const dept = (await app.inject({ method: 'GET', url: '/api/departments', headers })).json()[3].name as string;
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('花名册');
ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
for (let i = 0; i < ROWS; i++) {
  const first17 = `3203031${String(965 + (i % 30)).slice(-3)}${String(1 + (Math.floor(i / 30) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 360) % 28)).padStart(2, '0')}${String(Math.floor(i / 10080) % 100).padStart(2, '0')}${i % 2 ? 1 : 2}`;
  ws.addRow([`B${String(i).padStart(6, '0')}`, `测试${i}`.slice(0, 8), i % 2 ? '男' : '女', first17 + idNumberCheckChar(first17), null, '群众', '2015-09-01', null, dept, '专任教师', '一般职工', '2016-09-01']);
}
const file = Buffer.from(await wb.xlsx.writeBuffer());
console.log(`roster file: ${ROWS} rows, ${(file.length / 1024).toFixed(0)} KB`);

let t = performance.now();
const preview = await app.inject({ method: 'POST', url: '/api/roster/imports', headers, payload: { fileName: 'bench.xlsx', contentBase64: file.toString('base64') } });
const p = preview.json();
console.log(`upload + read + check every row (preview): ${ms(t)}  ${JSON.stringify(p.counts)}`);
t = performance.now();
const done = await app.inject({ method: 'POST', url: `/api/roster/imports/${p.id}/commit`, headers, payload: {} });
console.log(`commit (insert people, posts, tenures, audit): ${ms(t)}  ${JSON.stringify(done.json().counts)}`);
t = performance.now();
const again = await app.inject({ method: 'POST', url: '/api/roster/imports', headers, payload: { fileName: 'bench.xlsx', contentBase64: file.toString('base64') } });
console.log(`re-import of the same file (preview, all unchanged): ${ms(t)}  ${JSON.stringify(again.json().counts)}`);

const person = (await app.inject({ method: 'GET', url: '/api/persons?rank=middle_chief&pageSize=1', headers })).json().items[0].id;
for (const url of [`/api/persons/${person}/appointment-form.pdf`, `/api/persons/${person}/appointment-form.docx`, `/api/persons/${person}/profile.pdf`, '/api/sidelines/ledger.xlsx', '/api/training/totals', '/api/training/totals.xlsx']) {
  await app.inject({ method: 'GET', url, headers });
  const xs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const s = performance.now();
    await app.inject({ method: 'GET', url, headers });
    xs.push(performance.now() - s);
  }
  xs.sort((a, b) => a - b);
  console.log(`${url.replace(/\/\d+\//, '/:id/')}: median ${xs[5].toFixed(0)} ms`);
}
await app.close();
await database.close();
