import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/src/core/db/client';
import { settle } from '../generate/database';
import { timedCaller } from '../app';

/** The benchmark's own appraisal year, far from the demo's: its grades and the notices they sent are taken out again. */
const BENCH_YEAR = 2099;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function clean(db: Db, cycleId: number | null, notificationsAfter: number) {
  await db.transaction(async (tx) => {
    if (cycleId) await tx.execute(sql`DELETE FROM appraisal WHERE cycle_id = ${cycleId}`);
    await tx.execute(sql`DELETE FROM notification_delivery WHERE notification_id > ${notificationsAfter}`);
    await tx.execute(sql`DELETE FROM notification WHERE id > ${notificationsAfter}`);
  });
}

/**
 * 年度考核（全院）through the API as the browser calls it, on the benchmark's own open year for the organization
 * department's college: the progress by department (the whole college's sheet), the grid of the biggest department
 * (load), its save (“其余人员设为 合格” for everyone, then a save of a few exceptions changed), every department saved in
 * turn and then every department's grid opened in turn (the whole college), and the whole college's results imported from the template (preview + commit).
 */
export async function benchAppraisal(app: FastifyInstance, db: Db, cookie: string, runs = 5) {
  const call = timedCaller(app, cookie);
  const cycles = (await call('GET', '/api/appraisal-cycles')).body as { id: number; year: number }[];
  const before = Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM notification`)).rows[0] as { m: number }).m);
  let cycleId = cycles.find((c) => c.year === BENCH_YEAR)?.id ?? null;
  await clean(db, cycleId, before);
  cycleId ??= ((await call('POST', '/api/appraisal-cycles', { year: BENCH_YEAR, dutyReportDue: `${BENCH_YEAR}-12-20` })).body as { id: number }).id;
  await settle(db);
  try {
    const progressRuns: number[] = [];
    let progress = (await call('GET', `/api/appraisal-cycles/${cycleId}/progress`)).body as { population: number; departments: { departmentId: number; name: string; population: number }[] };
    for (let i = 0; i < runs; i++) progressRuns.push((await call('GET', `/api/appraisal-cycles/${cycleId}/progress`)).ms);
    const biggest = [...progress.departments].sort((a, b) => b.population - a.population)[0];
    const sheetUrl = `/api/appraisal-cycles/${cycleId}/sheet?departmentId=${biggest.departmentId}`;
    const gridRuns: number[] = [];
    for (let i = 0; i < runs; i++) gridRuns.push((await call('GET', sheetUrl)).ms + (await call('GET', `/api/appraisal-cycles/${cycleId}/progress`)).ms);
    const sheet = (await call('GET', sheetUrl)).body as { rows: { personId: number }[] };

    // The biggest department: everyone at the default grade in one save, then a few exceptions changed.
    const restMs = (await call('POST', `/api/appraisal-cycles/${cycleId}/grades`, { departmentId: biggest.departmentId, rows: [], restGrade: 'competent' })).ms;
    const exceptions = sheet.rows.slice(0, 3).map((r) => ({ personId: r.personId, grade: 'excellent' }));
    const changeMs = (await call('POST', `/api/appraisal-cycles/${cycleId}/grades`, { departmentId: biggest.departmentId, rows: exceptions })).ms;

    // The whole college: every department saved in turn, as the organization department would go down the list.
    await clean(db, cycleId, before);
    const perDept: number[] = [];
    for (const d of progress.departments) perDept.push((await call('POST', `/api/appraisal-cycles/${cycleId}/grades`, { departmentId: d.departmentId, rows: [], restGrade: 'competent' })).ms);
    progress = (await call('GET', `/api/appraisal-cycles/${cycleId}/progress`)).body;
    // Every department's grid opened in turn, graded (its sheet and the progress, as the page loads them).
    const perDeptLoad: number[] = [];
    for (const d of progress.departments)
      perDeptLoad.push((await call('GET', `/api/appraisal-cycles/${cycleId}/sheet?departmentId=${d.departmentId}`)).ms + (await call('GET', `/api/appraisal-cycles/${cycleId}/progress`)).ms);

    // The whole college imported from the template (filled with everyone's grade), preview then commit (all updates).
    await clean(db, cycleId, before);
    const tpl = await call('GET', `/api/appraisal-cycles/${cycleId}/import-template.xlsx`);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('考核结果')!;
    const gradeLabel = ((await call('GET', '/api/appraisal/rules')).body as { grades: { key: string; label: string }[] }).grades.find((g) => g.key === 'competent')!.label;
    for (let r = 4; r <= ws.rowCount; r++) ws.getRow(r).getCell(5).value = gradeLabel;
    const file = { fileName: 'bench.xlsx', contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
    const preview = await call('POST', `/api/appraisal-cycles/${cycleId}/imports/preview`, file);
    const commit = await call('POST', `/api/appraisal-cycles/${cycleId}/imports`, { ...file, onlyGood: true });
    const counts = (commit.body as { counts: Record<string, number> }).counts;
    return {
      college: { population: progress.population, departments: progress.departments.length },
      biggest: { name: biggest.name, population: biggest.population },
      progressMs: median(progressRuns),
      gridLoadMs: median(gridRuns),
      gridSaveRestMs: restMs,
      gridSaveExceptionsMs: changeMs,
      collegeSaveMs: perDept.reduce((s, x) => s + x, 0),
      collegeSaveMaxMs: Math.max(...perDept),
      collegeLoadMs: perDeptLoad.reduce((s, x) => s + x, 0),
      collegeLoadMaxMs: Math.max(...perDeptLoad),
      importPreviewMs: preview.ms,
      importCommitMs: commit.ms,
      importRows: counts.new ?? 0,
      importSkipped: counts.skipped ?? 0,
    };
  } finally {
    await clean(db, cycleId, before);
    await db.execute(sql`DELETE FROM appraisal_cycle WHERE id = ${cycleId}`);
    await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
    await settle(db);
  }
}
