import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { Executor, Tx } from '../db/client';
import { sidelineFile } from '../db/schema';
import { AppError, notFound } from '../shared/errors';
import { attachment } from '../documents/safe-cell';

/** What a scanned or written attachment may be: PDF, images, Word. Decided from the bytes, not the name. */
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  cfb: 'application/msword',
};
/** Product limit on one attachment (a scanned certificate or charter), not a regulation's number. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Base64 inflates by 4/3; the JSON around it is small. */
export const UPLOAD_BODY_LIMIT = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

/**
 * The bytes of an upload sent as base64 in JSON: refused with a Chinese message naming the file when the encoding is
 * wrong, the file is empty or larger than the limit. Every upload route decodes through here.
 */
export function decodeBase64(contentBase64: string, maxBytes: number, fileName?: string): Buffer {
  const named = fileName ? `文件“${fileName}”` : '文件';
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(contentBase64)) throw new AppError('FILE.BAD_ENCODING', `${named}内容编码不正确，请重新选择文件`, 400, { field: 'contentBase64' });
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('FILE.EMPTY', `${named}为空，请重新选择文件`, 400, { field: 'contentBase64' });
  if (bytes.length > maxBytes) throw new AppError('FILE.TOO_LARGE', `${fileName ? `${named}超过` : '单个文件不能超过 '}${maxBytes / 1024 / 1024} MB`, 400, { field: 'contentBase64' });
  return bytes;
}

export async function decodeUpload(contentBase64: string): Promise<{ bytes: Buffer; mimeType: string }> {
  const bytes = decodeBase64(contentBase64, MAX_FILE_BYTES);
  const type = await fileTypeFromBuffer(bytes);
  const mimeType = type && ALLOWED[type.ext];
  if (!mimeType) throw new AppError('FILE.TYPE_NOT_ALLOWED', '只能上传 PDF、JPG、PNG 或 Word 文件（按文件内容识别）', 400, { field: 'contentBase64' });
  return { bytes, mimeType };
}

export async function storeFile(tx: Tx, f: { institutionId: number; ownerType: string; ownerId: number; kind: string; fileName: string; bytes: Buffer; mimeType: string; uploadedBy: number }) {
  const [row] = await tx
    .insert(sidelineFile)
    .values({
      institutionId: f.institutionId, ownerType: f.ownerType, ownerId: f.ownerId, kind: f.kind, fileName: f.fileName, mimeType: f.mimeType,
      size: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex'), content: f.bytes, uploadedBy: f.uploadedBy,
    })
    .returning({ id: sidelineFile.id, sha256: sidelineFile.sha256 });
  return row;
}

/** What a browser may show inside the page (the decision page's preview): PDF and images only, never Word. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** `inline; filename=…` beside `attachment(…)`: the same names, shown instead of saved. */
const inlineDisposition = (fileName: string) => attachment(fileName).replace(/^attachment;/, 'inline;');

/**
 * Security headers of a file shown inline in the app's own frame: nothing in it may run or load anything (no scripts,
 * no connections), only the app's own pages may frame it. An image is also sandboxed; a PDF is not, since Chromium
 * refuses to render a PDF in a sandboxed document — its type is fixed by the bytes at upload and never sniffed.
 */
export function inlineFilePolicy(mimeType: string): string {
  const base = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
  return mimeType === 'application/pdf' ? base : `${base}; sandbox`;
}

/**
 * An attachment's bytes: a download by default; with `inline`, a PDF or an image is shown in the page (its checked type,
 * nosniff, a CSP that only the app may frame it and that nothing in it runs). Other types are downloads either way.
 */
export async function sendFile(ex: Executor, reply: FastifyReply, institutionId: number, ownerType: string, ownerId: number, fileId: number, opts: { inline?: boolean } = {}) {
  const [f] = await ex
    .select()
    .from(sidelineFile)
    .where(and(eq(sidelineFile.institutionId, institutionId), eq(sidelineFile.ownerType, ownerType), eq(sidelineFile.ownerId, ownerId), eq(sidelineFile.id, fileId)));
  if (!f) throw notFound('附件', 'FILE.NOT_FOUND');
  reply.header('content-type', f.mimeType).header('x-content-type-options', 'nosniff');
  if (opts.inline && PREVIEWABLE.has(f.mimeType)) {
    return reply.header('content-disposition', inlineDisposition(f.fileName)).header('content-security-policy', inlineFilePolicy(f.mimeType)).header('x-frame-options', 'SAMEORIGIN').send(f.content);
  }
  return reply.header('content-disposition', attachment(f.fileName)).send(f.content);
}
