import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { institution } from '../db/schema';
import type { Db } from '../db/client';
import { writeAudit } from '../audit/audit.writer';
import { attachment, safeFileName } from './safe-cell';

export const DOCUMENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  lrmx: 'application/xml',
  json: 'application/json; charset=utf-8',
} as const;
export type DocumentExt = keyof typeof DOCUMENT_TYPES;

/**
 * Sends a generated document as a download under a safe file name, and audits the download (who, what, which record)
 * before a byte leaves. Every export of every area goes through here.
 */
export async function sendDocument(db: Db, req: FastifyRequest, reply: FastifyReply, d: { base: string; ext: DocumentExt; body: Buffer; entity?: { type: string; id: string | number }; detail?: Record<string, unknown> }) {
  const auth = req.auth!;
  const file = safeFileName(d.base, d.ext);
  await writeAudit(db, {
    institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'document.download',
    entityType: d.entity?.type ?? 'document', entityId: d.entity?.id ?? file, ip: req.ip, outcome: 'success', detail: { file, ...d.detail },
  });
  return reply.header('content-type', DOCUMENT_TYPES[d.ext]).header('content-disposition', attachment(file)).header('cache-control', 'no-store').send(d.body);
}

/** The college a document is issued in: full name for the heading, short name for file names. */
export async function collegeOf(db: Db, institutionId: number) {
  const [inst] = await db.select().from(institution).where(eq(institution.id, institutionId));
  return inst;
}
