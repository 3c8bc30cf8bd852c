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

export async function sendFile(ex: Executor, reply: FastifyReply, institutionId: number, ownerType: string, ownerId: number, fileId: number) {
  const [f] = await ex
    .select()
    .from(sidelineFile)
    .where(and(eq(sidelineFile.institutionId, institutionId), eq(sidelineFile.ownerType, ownerType), eq(sidelineFile.ownerId, ownerId), eq(sidelineFile.id, fileId)));
  if (!f) throw notFound('附件', 'FILE.NOT_FOUND');
  return reply.header('content-type', f.mimeType).header('content-disposition', attachment(f.fileName)).header('x-content-type-options', 'nosniff').send(f.content);
}
