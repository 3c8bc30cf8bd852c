import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { todayIso } from '../shared/dates';
import { ledgerWorkbook } from './excel';
import { collegeOf, sendDocument } from './send';

/**
 * A list page's 导出 (talks, interviews, part-time applications, accountability cases): the rows the list shows under
 * its own filters and visibility, as one titled sheet of the college — “<college><title>”, noted with the day and the
 * count — downloaded as “<short name><sheet><day>.xlsx” and audited with the list's filters.
 */
export async function sendListWorkbook(
  db: Db,
  req: FastifyRequest,
  reply: FastifyReply,
  l: { sheet: string; title: string; unit: string; columns: readonly (readonly [header: string, width: number])[]; rows: (string | number | null)[][] },
) {
  const inst = await collegeOf(db, req.auth!.institutionId);
  const today = todayIso();
  const body = await ledgerWorkbook([{
    name: l.sheet, title: `${inst.name}${l.title}`, note: `导出日期 ${today}　共 ${l.rows.length} ${l.unit}`,
    headers: l.columns.map(([h]) => h), widths: l.columns.map(([, w]) => w), rows: l.rows,
  }]);
  return sendDocument(db, req, reply, { base: `${inst.shortName}${l.sheet}${today}`, ext: 'xlsx', body, detail: { filters: req.query, count: l.rows.length } });
}
