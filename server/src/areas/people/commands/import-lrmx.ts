import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { decodeBase64 } from '../../../core/files/files';
import { readZip, type ZipLimits } from '../../../core/documents/zip-guard';
import { idNumberIndex } from '../../../core/db/blind-indexes';
import { LRMX_LABELS, LrmxError, lrmxDifferences, parseLrmx, type LrmxPerson } from '../rules/lrmx';
import { authorizePerson } from '../access';
import { currentLrmx, mergeLrmx, photoProblem } from './dossier';
import type { lrmxFileOut, lrmxImport } from '../http/people.schema';

/** Product limits: one form with its photo is well under 5 MB; a zip of a department's forms under 50 MB. */
const MAX_LRMX_BYTES = 5 * 1024 * 1024;
export const MAX_ZIP_BYTES = 50 * 1024 * 1024;
const LRMX_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 200 * 1024 * 1024, maxEntryBytes: MAX_LRMX_BYTES, maxRatio: 100 };

/**
 * 导入干部任免审批表: one .lrmx or a zip of many (recognized by content), each matched to a person by ID number and
 * compared with the record; without `commit` only this preview. Committed, the chosen matched files that differ are
 * merged in one audited change.
 */
export async function importLrmx({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof lrmxImport>) {
  const auth = req.auth!;
  const { fileName, contentBase64, commit } = b;
  const bytes = decodeBase64(contentBase64, MAX_ZIP_BYTES, fileName);
  const type = await fileTypeFromBuffer(bytes);
  let entries: { name: string; data: Buffer }[];
  if (type?.ext === 'zip') {
    entries = (await readZip(bytes, fileName, LRMX_ZIP_LIMITS, (n) => /\.lrmx$/i.test(n))).filter((e) => !e.name.split('/').pop()!.startsWith('.'));
    if (!entries.length) throw new AppError('LRMX.EMPTY_ZIP', `压缩包“${fileName}”中没有 .lrmx 文件`, 400, { field: 'contentBase64' });
  } else if (!type || type.ext === 'xml') {
    if (bytes.length > MAX_LRMX_BYTES) throw new AppError('FILE.TOO_LARGE', `文件“${fileName}”超过 ${MAX_LRMX_BYTES / 1024 / 1024} MB`, 400, { field: 'contentBase64' });
    entries = [{ name: fileName, data: bytes }];
  } else throw new AppError('LRMX.TYPE', `文件“${fileName}”不是干部任免审批表（.lrmx）或其 zip 压缩包（按文件内容识别，实为 ${type.ext}）`, 400, { field: 'contentBase64' });

  const today = todayIso();
  const parsed = entries.map((e) => {
    try {
      return { name: e.name, p: parseLrmx(e.data) };
    } catch (err) {
      if (err instanceof LrmxError) return { name: e.name, error: `${err.field ? `${LRMX_LABELS[err.field] ?? err.field}（${err.field}）：` : ''}${err.message}` };
      throw err;
    }
  });
  const ids = [...new Set(parsed.flatMap((x) => ('p' in x && x.p ? [x.p.idNumber] : [])))];
  const people = ids.length ? await db.select().from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.idNumberIndex, ids.map(idNumberIndex)))) : [];
  const seen = new Map<number, string>();
  const files: (z.infer<typeof lrmxFileOut> & { incoming?: LrmxPerson })[] = [];
  for (const x of parsed) {
    const base = { fileName: x.name, personId: null, name: null, staffNo: null, differences: [] };
    if (!('p' in x) || !x.p) {
      files.push({ ...base, status: 'error', message: x.error ?? '无法读取' });
      continue;
    }
    const p = people.find((r) => r.idNumberIndex === idNumberIndex(x.p.idNumber));
    if (!p) {
      files.push({ ...base, name: x.p.name, status: 'unmatched', message: `系统中没有身份证号为 ${x.p.idNumber.slice(0, 6)}********${x.p.idNumber.slice(-4)} 的人员；请先在花名册中登记` });
      continue;
    }
    if (seen.has(p.id)) {
      files.push({ ...base, name: x.p.name, status: 'error', message: `与“${seen.get(p.id)}”是同一人，请只保留一份` });
      continue;
    }
    seen.set(p.id, x.name);
    const photo = await photoProblem(x.p.photo);
    if (photo) {
      files.push({ ...base, personId: p.id, name: p.name, staffNo: p.staffNo, status: 'error', message: photo });
      continue;
    }
    const differences = lrmxDifferences(await currentLrmx(db, auth.institutionId, p, today), x.p);
    files.push({ ...base, personId: p.id, name: p.name, staffNo: p.staffNo, status: 'matched', message: differences.length ? null : '与系统中的信息一致', differences, incoming: x.p });
  }
  const chosen = files.filter((f) => f.status === 'matched' && f.differences.length && (!b.files || b.files.includes(f.fileName)));
  if (commit) for (const f of chosen) authorizePerson(auth, 'edit', { id: f.personId! });
  if (commit && chosen.length)
    await runCommand(db, req, async (tx) => {
      for (const f of chosen) await mergeLrmx(tx, auth.institutionId, f.personId!, f.incoming!, `lrmx:${fileName}${f.fileName === fileName ? '' : `/${f.fileName}`}`);
      return { result: null, audit: { action: 'roster.lrmx_merge', entityType: 'person', entityId: chosen.map((f) => f.personId).join(','), detail: { fileName, merged: chosen.map((f) => ({ personId: f.personId, file: f.fileName, fields: f.differences.map((d) => d.field) })) } } };
    });
  return { committed: commit, merged: commit ? chosen.length : 0, files: files.map(({ incoming: _incoming, ...f }) => f) };
}
