import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config';
import { lockDataDir, DataDirLockedError } from '../src/core/db/lock';

function runMain(dataDir: string, port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, PORT: String(port), SEED_DEMO: 'false' };
  delete env.DATABASE_URL;
  return spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'src', 'main.ts')], { env, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
}

function collect(p: ReturnType<typeof runMain>) {
  let out = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (out += d));
  return () => out;
}

describe('the PGlite data directory lock', () => {
  it('refuses a second process on the same data directory with a Chinese and English message', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-lock-')), 'pglite');
    const first = runMain(dir, 3900 + Math.floor(Math.random() * 50));
    const out1 = collect(first);
    await new Promise<void>((resolve, reject) => {
      const t = setInterval(() => {
        if (out1().includes('已启动')) {
          clearInterval(t);
          resolve();
        }
      }, 200);
      first.on('exit', (c) => reject(new Error(`first exited ${c}: ${out1()}`)));
    });
    const filesBefore = fs.readdirSync(dir).sort();
    const second = runMain(dir, 3960 + Math.floor(Math.random() * 30));
    const out2 = collect(second);
    const code = await new Promise<number | null>((r) => second.on('exit', r));
    expect(code).toBe(75);
    expect(out2()).toContain('正被另一个进程');
    expect(out2()).toContain('is in use by another process');
    expect(out2()).toContain(`PID ${first.pid}`);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);

    // SIGTERM closes PGlite and releases the lock: the directory opens again.
    const exited = new Promise<number | null>((r) => first.on('exit', r));
    first.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 120_000);

  it('takes over a lock whose holder is gone', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-lock-')), 'pglite');
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 7, host: os.hostname(), started: '1' }));
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
