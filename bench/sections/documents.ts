import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { idNumberCheckChar } from '../../server/src/areas/people/rules/id-number';
import { ROSTER_COLUMNS } from '../../server/src/areas/people/rules/roster-import';
import type { Db } from '../../server/src/core/db/client';
import { settle } from '../generate/database';

/** Takes the imported people out again (raw SQL, the benchmark's own cleanup), so every run measures the same data. */
async function removeImported(db: Db, prefix: string) {
  const people = sql`(SELECT id FROM person WHERE staff_no LIKE ${`${prefix}%`})`;
  await db.transaction(async (tx) => {
    // Nothing but their tenures refers to the imported people; without the foreign-key checks of the dozens of
    // tables that could, the delete takes a second instead of half a minute (superuser, the benchmark's own database).
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql`DELETE FROM tenure WHERE person_id IN ${people}`);
    await tx.execute(sql`DELETE FROM person WHERE staff_no LIKE ${`${prefix}%`}`);
  });
  await db.execute(sql`DELETE FROM post WHERE NOT EXISTS (SELECT 1 FROM tenure WHERE tenure.post_id = post.id) AND title = '专任教师' AND created_at > now() - interval '1 day'`);
  await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
  await settle(db);
}

/** A roster file of `rows` new people in one department, as an office would fill the template. Deterministic. */
export async function rosterFile(rows: number, dept: string, prefix: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (let i = 0; i < rows; i++) {
    const first17 = `3203031${String(965 + (i % 30)).slice(-3)}${String(1 + (Math.floor(i / 30) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 360) % 28)).padStart(2, '0')}${String(Math.floor(i / 10080) % 100).padStart(2, '0')}${i % 2 ? 1 : 2}`;
    ws.addRow([`${prefix}${String(i).padStart(6, '0')}`, `测试${i}`.slice(0, 8), i % 2 ? '男' : '女', first17 + idNumberCheckChar(first17), null, '群众', '2015-09-01', null, dept, '专任教师', '一般职工', '2016-09-01']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The 10,000-row roster import (upload and check every row, then commit) and the roster export that follows (the
 * college then has 12,000 people), through the API as the browser calls it.
 */
export async function benchImportExport(app: FastifyInstance, db: Db, cookie: string, rows: number) {
  const headers = { cookie };
  const dept = (await app.inject({ method: 'GET', url: '/api/departments', headers })).json()[3].name as string;
  const prefix = 'BENCH';
  await removeImported(db, prefix);
  const file = await rosterFile(rows, dept, prefix);
  let t = performance.now();
  const preview = await app.inject({ method: 'POST', url: '/api/roster/imports', headers, payload: { fileName: 'bench.xlsx', contentBase64: file.toString('base64') } });
  const p = preview.json();
  if (preview.statusCode !== 200 && preview.statusCode !== 201) throw new Error(`roster preview failed: ${preview.statusCode} ${preview.body.slice(0, 300)}`);
  const previewMs = performance.now() - t;
  t = performance.now();
  const done = await app.inject({ method: 'POST', url: `/api/roster/imports/${p.id}/commit`, headers, payload: {} });
  if (done.statusCode >= 300) throw new Error(`roster commit failed: ${done.statusCode} ${done.body.slice(0, 300)}`);
  const commitMs = performance.now() - t;
  const exports: number[] = [];
  let exportRows = 0;
  let exportBytes = 0;
  for (let i = 0; i < 4; i++) {
    t = performance.now();
    const res = await app.inject({ method: 'GET', url: '/api/roster/export.xlsx', headers });
    if (i) exports.push(performance.now() - t);
    exportBytes = res.rawPayload.length;
    if (!i) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      exportRows = wb.worksheets[0].actualRowCount;
    }
  }
  exports.sort((a, b) => a - b);
  await removeImported(db, prefix);
  return { rows, fileKB: Math.round(file.length / 1024), previewMs, commitMs, importMs: previewMs + commitMs, exportRows, exportKB: Math.round(exportBytes / 1024), exportMs: exports[1] };
}
