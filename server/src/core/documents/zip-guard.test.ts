import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { entryName, readZip, safeEntryName, type ZipLimits } from './zip-guard';

const LIMITS: ZipLimits = { maxEntries: 10, maxTotalBytes: 5 * 1024 * 1024, maxEntryBytes: 4 * 1024 * 1024, maxRatio: 100 };
const zipOf = async (files: Record<string, Buffer | string>, encodeFileName?: (name: string) => Buffer) => {
  const z = new JSZip();
  for (const [n, d] of Object.entries(files)) z.file(n, d, { createFolders: false });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, encodeFileName: encodeFileName as never });
};
const error = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a refusal');
};

describe('zip uploads: limits before inflating, real sizes counted, names kept inside', () => {
  it('reads entries, decoding GBK names written by Chinese Windows', async () => {
    const bytes = await zipOf({ '干部任免审批表/张明远.lrmx': '<Person/>' }, (n) => iconv.encode(n, 'gbk'));
    const entries = await readZip(bytes, '任免表.zip', LIMITS);
    expect(entries.map((e) => e.name)).toEqual(['干部任免审批表/张明远.lrmx']);
    expect(entries[0].data.toString()).toBe('<Person/>');
  });

  it.each([
    ['../../etc/passwd', false], ['/abs/path.lrmx', false], ['C:\\Windows\\x.lrmx', false], ['a\\..\\..\\x', false], ['子目录/张三.lrmx', true], ['a..b.lrmx', true],
  ])('path traversal: %s is %s', (name, ok) => expect(safeEntryName(name)).toBe(ok));

  it('a `../` entry refuses the whole file, naming it', async () => {
    const e = await error(readZip(await zipOf({ 'ok.lrmx': 'x', '../evil.lrmx': 'y' }), '批量.zip', LIMITS));
    expect(e.code).toBe('ZIP.UNSAFE_NAME');
    expect(e.message).toContain('批量.zip');
    expect(e.message).toContain('../evil.lrmx');
  });

  it('zip bomb: a highly compressed entry is refused by its ratio before it is inflated', async () => {
    const e = await error(readZip(await zipOf({ 'bomb.xml': Buffer.alloc(3 * 1024 * 1024) }), 'bomb.zip', LIMITS));
    expect(e.code).toBe('ZIP.RATIO');
  });

  it('zip bomb: declared sizes over the total are refused', async () => {
    const noise = (n: number) => randomBytes(n);
    const e = await error(readZip(await zipOf({ 'a.bin': noise(3 * 1024 * 1024), 'b.bin': noise(3 * 1024 * 1024) }), 'big.zip', LIMITS));
    expect(e.code).toBe('ZIP.TOO_LARGE');
  });

  it('zip bomb: an entry that lies about its size is stopped while inflating', async () => {
    const bytes = await zipOf({ 'liar.xml': Buffer.alloc(200 * 1024, 65) });
    // Declare 1,000 bytes in the local header (offset 22) and the central directory (offset 24).
    const local = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(1000, local + 22);
    bytes.writeUInt32LE(1000, central + 24);
    const e = await error(readZip(bytes, 'liar.zip', LIMITS));
    expect(['ZIP.TOO_LARGE', 'ZIP.CORRUPT']).toContain(e.code);
    expect(e.message).toContain('liar.zip');
  });

  it('too many entries are refused from the directory alone', async () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`${i}.lrmx`, 'x']));
    expect((await error(readZip(await zipOf(files), 'many.zip', LIMITS))).code).toBe('ZIP.TOO_MANY_ENTRIES');
  });

  it('not a zip at all', async () => {
    expect((await error(readZip(Buffer.from('这不是压缩文件'), 'fake.zip', LIMITS))).code).toBe('ZIP.CORRUPT');
  });

  it('UTF-8 names pass through', () => expect(entryName(Buffer.from('张三.lrmx'), false)).toBe('张三.lrmx'));
});
