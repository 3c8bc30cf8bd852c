import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { freshDatabase } from './support/database';
import { testApp } from './support/app';

/**
 * Issue 27: the web app's files as a browser gets them — the compressed copy the build wrote (brotli or gzip, as the
 * browser accepts), the hashed assets kept by the browser, index.html asked for again each time.
 */
describe('the built web app is served compressed and cached', () => {
  let database: Database;
  let app: FastifyInstance;
  const script = `console.log(${JSON.stringify('干部管理监督平台 '.repeat(200))});\n`;
  const page = `<!doctype html><title>干部管理监督平台</title><style>${'html, body { margin: 0; }\n'.repeat(60)}</style><script type="module" src="/assets/index-Ab12Cd34.js"></script>`;
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cadre-web-'));
    mkdirSync(path.join(dist, 'assets'));
    // As the build leaves it: the page (over 1 KB) with its compressed copies too.
    writeFileSync(path.join(dist, 'index.html'), page);
    writeFileSync(path.join(dist, 'index.html.br'), brotliCompressSync(page));
    writeFileSync(path.join(dist, 'index.html.gz'), gzipSync(page));
    const file = path.join(dist, 'assets', 'index-Ab12Cd34.js');
    writeFileSync(file, script);
    writeFileSync(`${file}.br`, brotliCompressSync(script));
    writeFileSync(`${file}.gz`, gzipSync(script));
    database = await freshDatabase('pglite', { seed: false });
    app = (await testApp(database, { webDist: dist })).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } });

  it.each([
    { accepts: 'gzip, deflate, br, zstd', sent: 'br', decode: (b: Buffer) => brotliDecompressSync(b).toString() },
    { accepts: 'gzip, deflate', sent: 'gzip', decode: (b: Buffer) => gunzipSync(b).toString() },
    { accepts: '', sent: undefined, decode: (b: Buffer) => b.toString() },
  ])('a script to a browser accepting “$accepts” comes as $sent, the same script once decoded, kept a year', async ({ accepts, sent, decode }) => {
    const res = await get('/assets/index-Ab12Cd34.js', accepts);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe(sent);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(decode(res.rawPayload)).toBe(script);
    if (sent) expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  it.each(['/', '/index.html', '/people/12', '/workbench'])('%s is the page itself, compressed, asked for again at every visit (a new deployment takes effect at once)', async (url) => {
    const res = await get(url, 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(page);
  });

  it('an API path stays JSON and uncached', async () => {
    const res = await get('/api/nothing-here', 'gzip, br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
