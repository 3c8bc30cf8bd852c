import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/src/core/db/client';
import type { Pack } from '../../server/src/core/policy/pack-schema';
import { policyFor } from '../../server/src/core/services/policy.service';
import { rankScope } from '../../server/src/core/roster/rank-scope';
import { heldPostLookup } from '../../server/src/areas/sidelines/queries/held-post-lookup';
import { heldPostColumns, type HeldPostKey } from '../../server/src/areas/sidelines/rules/held-post-import';
import { usccCheckChar } from '../../server/src/areas/sidelines/rules/uscc';
import { settle } from '../generate/database';
import { timedCaller } from '../app';

const uscc = (prefix: string, n: number) => {
  const first17 = `${prefix}${String(n).padStart(17 - prefix.length, '0')}`;
  return first17 + usccCheckChar(first17);
};

/** The benchmark's outside organizations, a third of each kind the ledger holds (named so that no college has them). */
function organization(k: number): Partial<Record<HeldPostKey, string>> {
  switch (k % 3) {
    case 0: // an association with terms: the second term, the first written in 往届起止
      return { orgName: `省基准测试学会第${k}专业委员会`, uscc: uscc('5133000050', k), orgKind: '社会团体', relatedField: '是', postTitle: '副会长', postKind: '社会团体领导职务', hasTerms: '是', termNumber: '2', termStart: '2021-06-01', termEnd: '2026-05-31', pastTerms: '2016-06-01至2021-05-31', firstHeldSince: '2016-06-01', pay: '否' };
    case 1: // an academic journal: no code, no terms
      return { orgName: `基准测试学报（第${k}卷）`, orgKind: '高水平学术期刊', relatedField: '是', postTitle: '编委', postKind: '其他职务', hasTerms: '否', firstHeldSince: '2022-03-01', pay: '否' };
    default: // an enterprise: independent director, paid
      return { orgName: `基准测试科技有限公司${k}`, uscc: uscc('9133000070', k), orgKind: '企业', relatedField: '是', postTitle: '独立董事', postKind: '其他职务', hasTerms: '是', termNumber: '1', termStart: '2024-01-01', termEnd: '2027-12-31', firstHeldSince: '2024-01-01', pay: '是', payAmount: '60000' };
  }
}

/**
 * The 兼职台账 of `rows` rows through the go-live import API, as the organization department would bring it: the template
 * downloaded, filled with posts of the college's cadres in the scope of the sideline rules (several posts each, at 60
 * organizations of three kinds, all new to the college), uploaded (every row checked: the preview), committed, and
 * withdrawn the same day (the undo takes out the posts and organizations; the batch record is then deleted here).
 */
export async function benchSidelineImport(app: FastifyInstance, db: Db, packs: ReadonlyMap<string, Pack>, cookie: string, asOf: string, rows = 500) {
  const call = timedCaller(app, cookie);
  const me = (await call('GET', '/api/auth/me')).body as { personId: number | null; institution: { id: number } };
  const institutionId = me.institution.id;
  const { policy } = await policyFor(db, packs, institutionId);
  const lookup = await heldPostLookup(db, institutionId, asOf, policy, packs);
  const orgs = 60;
  const cadres = [...lookup.people.byStaffNo.values()].map((p) => ({ ...p, rank: lookup.rankOf.get(p.id) ?? null })).filter((p) => p.active && p.id !== me.personId && rankScope(lookup.rules.scopeRanks, p.rank).covered).sort((a, b) => a.staffNo.localeCompare(b.staffNo));
  if (cadres.length * orgs < rows) throw new Error(`${cadres.length} cadres in the scope of the sideline rules: too few for ${rows} rows`);

  // The template as downloaded, filled below its header row (row 3) in the template's own column order.
  const tpl = await call('GET', '/api/imports/held_sidelines/template.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(tpl.raw as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const keyOf = new Map(heldPostColumns([]).map((c) => [c.header, c.key]));
  const columns = (ws.getRow(3).values as unknown[]).slice(1).map((h) => keyOf.get(String(h)));
  for (let i = 0; i < rows; i++) {
    // Person i mod n, at a different organization for each of their rows.
    const cadre = cadres[i % cadres.length];
    const row: Partial<Record<HeldPostKey, string>> = { staffNo: cadre.staffNo, name: cadre.name, ...organization(((i % cadres.length) + Math.floor(i / cadres.length)) % orgs), approvalNo: `院党委〔2024〕${(i % 90) + 1}号` };
    ws.getRow(4 + i).values = columns.map((k) => (k ? (row[k] ?? null) : null));
  }
  const file = { fileName: `兼职台账（${rows} 行）.xlsx`, contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
  const fileKB = Math.round((file.contentBase64.length * 3) / 4 / 1024);

  const notificationsBefore = Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM notification`)).rows[0] as { m: number }).m);
  let batchId: number | null = null;
  try {
    const preview = await call('POST', '/api/imports/held_sidelines', file);
    const previewed = preview.body as { id: number; counts: Record<string, number>; results: { result: string; detail: string }[] };
    batchId = previewed.id;
    const bad = previewed.results.filter((r) => r.result === 'bad');
    if (bad.length) throw new Error(`${bad.length} rows refused, e.g. ${bad[0].detail}`);
    const commit = await call('POST', `/api/imports/batches/${batchId}/commit`, { onlyGood: false });
    const written = Number(((await db.execute(sql`SELECT count(*)::int AS n FROM sideline WHERE id = ANY(SELECT jsonb_array_elements_text(sideline_ids)::int FROM held_post_import WHERE batch_id = ${batchId})`)).rows[0] as { n: number }).n);
    const overview = await call('GET', '/api/imports');
    const undo = await call('POST', `/api/imports/batches/${batchId}/undo`, { reason: '基准测试：撤销本批次' });
    return {
      rows,
      cadres: cadres.length,
      fileKB,
      counts: previewed.counts,
      sidelinesWritten: written,
      previewMs: preview.ms,
      commitMs: commit.ms,
      overviewMs: overview.ms,
      undoMs: undo.ms,
    };
  } finally {
    // The undo took out the posts and organizations (taken out here too if it failed); the batch record and any notice
    // are the benchmark's to take out.
    await db.transaction(async (tx) => {
      if (batchId) await tx.execute(sql`DELETE FROM sideline WHERE id = ANY(SELECT jsonb_array_elements_text(sideline_ids)::int FROM held_post_import WHERE batch_id = ${batchId})`);
      if (batchId) await tx.execute(sql`DELETE FROM held_post_import WHERE batch_id = ${batchId}`);
      await tx.execute(sql`DELETE FROM outside_org WHERE name LIKE '%基准测试%' AND institution_id = ${institutionId}`);
      if (batchId) await tx.execute(sql`DELETE FROM import_batch WHERE id = ${batchId}`);
      await tx.execute(sql`DELETE FROM notification_delivery WHERE notification_id > ${notificationsBefore}`);
      await tx.execute(sql`DELETE FROM notification WHERE id > ${notificationsBefore}`);
    });
    await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
    await settle(db);
  }
}
