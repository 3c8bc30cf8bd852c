import yauzl from 'yauzl';
import iconv from 'iconv-lite';
import { AppError } from '../shared/errors';
import type { ErrorCode } from '../shared/error-codes';

/**
 * Reading an uploaded zip (a .zip of .lrmx files, or an .xlsx, which is a zip) without trusting it: the entry count
 * and every declared size are checked against the limits before anything is inflated, and each entry is inflated in
 * memory with its real size counted, so an entry that lies about its size is stopped at the limit (zip bombs). Entry
 * names are decoded as UTF-8 when flagged, otherwise as GBK (Chinese Windows), and a name that is absolute or climbs
 * out with `..` is refused (path traversal). Nothing is written to disk, so there is no temporary file to leak.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Uncompressed / compressed, for entries above 1 MB. */
  maxRatio: number;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

const fail = (code: ErrorCode, message: string) => new AppError(code, message, 400, { field: 'contentBase64' });

/** An entry name as Chinese Windows and macOS write it. Pure. */
export function entryName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString('utf8');
  const asUtf8 = raw.toString('utf8');
  return asUtf8.includes('\uFFFD') ? iconv.decode(raw, 'gbk') : asUtf8;
}

/** Whether a name stays inside the folder it is extracted to. Pure. */
export function safeEntryName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.includes('\u0000')) return false;
  return !n.split('/').some((part) => part === '..');
}

const open = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false }, (err, zf) => (err ? reject(err) : resolve(zf!))));

/**
 * Every file entry of the zip, inflated within the limits; `wanted` picks the entries to keep (the others are still
 * checked and counted). Throws a Chinese message naming the file and the entry at the first breach.
 */
export async function readZip(bytes: Buffer, fileName: string, limits: ZipLimits, wanted: (name: string) => boolean = () => true): Promise<ZipEntry[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    throw fail('ZIP.CORRUPT', `文件“${fileName}”不是有效的压缩文件或已损坏`);
  }
  if (zip.entryCount > limits.maxEntries) {
    if (zip.isOpen) zip.close();
    throw fail('ZIP.TOO_MANY_ENTRIES', `文件“${fileName}”包含 ${zip.entryCount} 个文件，超过上限 ${limits.maxEntries} 个`);
  }
  const out: ZipEntry[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (e: yauzl.Entry) => {
        const name = entryName(e.fileName as unknown as Buffer, (e.generalPurposeBitFlag & 0x800) !== 0);
        if (!safeEntryName(name)) return reject(fail('ZIP.UNSAFE_NAME', `文件“${fileName}”中的“${name}”路径不安全（绝对路径或含“..”），已拒绝整个文件`));
        if (name.endsWith('/')) return zip.readEntry();
        total += e.uncompressedSize;
        if (e.uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes)
          return reject(fail('ZIP.TOO_LARGE', `文件“${fileName}”解压后超过 ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB（“${name}”），疑似压缩炸弹，已拒绝`));
        if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio)
          return reject(fail('ZIP.RATIO', `文件“${fileName}”中的“${name}”压缩比异常（${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1），疑似压缩炸弹，已拒绝`));
        zip.openReadStream(e, (err, stream) => {
          if (err || !stream) return reject(fail('ZIP.CORRUPT', `文件“${fileName}”中的“${name}”已损坏`));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (size > e.uncompressedSize || size > limits.maxEntryBytes) {
              stream.destroy();
              reject(fail('ZIP.TOO_LARGE', `文件“${fileName}”中的“${name}”实际大小与声明不符，疑似压缩炸弹，已拒绝`));
            } else if (wanted(name)) chunks.push(c);
          });
          stream.on('error', () => reject(fail('ZIP.CORRUPT', `文件“${fileName}”中的“${name}”已损坏或大小与声明不符`)));
          stream.on('end', () => {
            if (wanted(name)) out.push({ name, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    if (zip.isOpen) zip.close();
  }
  return out;
}

/** Limits for an Excel upload: a roster of 10,000 rows inflates to a few tens of MB. Product limits. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 200, maxTotalBytes: 100 * 1024 * 1024, maxEntryBytes: 80 * 1024 * 1024, maxRatio: 200 };
