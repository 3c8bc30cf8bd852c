import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/seed';
import { ENGINES } from './support/database';

const serverDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The real server in its own process, as `npm start` runs it (without the web build). */
async function start(env: NodeJS.ProcessEnv): Promise<{ proc: ChildProcess; url: string }> {
  const port = 4400 + Math.floor(Math.random() * 400);
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOGIN_PER_MINUTE: '1000' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 150_000);
    proc.stdout!.on('data', () => out.includes('已启动') && (clearTimeout(t), resolve()));
    proc.on('exit', (code) => (clearTimeout(t), reject(new Error(`server exited ${code}:\n${out}`))));
  });
  return { proc, url: `http://127.0.0.1:${port}` };
}

const exited = (p: ChildProcess) => (p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => p.once('exit', () => r())));

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'org', password: DEMO_PASSWORD }) });
  return res.headers.get('set-cookie')!.split(';')[0];
}

/**
 * Crash safety: a stream of writes, the server killed with SIGKILL in the middle of it, restarted on the same data;
 * every write that was acknowledged is there. (A crash of the process, not of the machine: PGlite does not fsync,
 * which is why production runs on PostgreSQL.)
 */
async function drill(env: NodeJS.ProcessEnv) {
  let server = await start(env);
  const cookie = await signIn(server.url);
  const acked: string[] = [];
  let n = 0;
  const write = async () => {
    const code = `K${process.pid % 1000}${n++}`;
    const res = await fetch(`${server.url}/api/departments`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ code, name: `崩溃演练部门${code}`, kind: 'admin' }) });
    if (res.status === 201) acked.push(code);
  };
  for (let i = 0; i < 25; i++) await write();
  // Five writes in flight when the process dies.
  const inFlight = Array.from({ length: 5 }, () => write().catch(() => undefined));
  await new Promise((r) => setTimeout(r, 5));
  const killed = exited(server.proc);
  server.proc.kill('SIGKILL');
  await Promise.all(inFlight);
  await killed;

  server = await start(env);
  try {
    const c2 = await signIn(server.url);
    const depts = (await (await fetch(`${server.url}/api/departments`, { headers: { cookie: c2 } })).json()) as { code: string }[];
    const codes = new Set(depts.map((d) => d.code));
    expect(acked.length).toBeGreaterThanOrEqual(25);
    expect(acked.filter((c) => !codes.has(c))).toEqual([]);
  } finally {
    const done = exited(server.proc);
    server.proc.kill('SIGTERM');
    await done;
  }
}

describe('crash safety: SIGKILL during a stream of acknowledged writes', () => {
  it('PGlite: after a restart on the same data directory, every acknowledged write is there (and the stale lock is taken over)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-crash-'));
    try {
      await drill({ DATA_DIR: dir, DATABASE_URL: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it.runIf(ENGINES.includes('postgres'))('PostgreSQL: after a restart, every acknowledged write is there', async () => {
    const base = new URL(process.env.DATABASE_URL!);
    const name = `cadre_crash_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-crash-'));
    try {
      await drill({ DATABASE_URL: url.toString(), DATA_DIR: dir });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
