import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const median = (xs: number[]) => percentile(xs, 0.5);
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

/** A plain-text table: the first row is the header; columns padded to their widest cell (CJK counted double). */
export function table(rows: (string | number)[][]): string {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(1)) : c)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function machine() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` };
}

/** Writes the run's results as JSON: bench/results/<scale>-<engine>.json, the latest run of that scale and engine. */
export function writeResults(result: { scale: string; engine: string } & Record<string, unknown>): string {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.scale}-${result.engine}.json`);
  // Sections left out of this run (--skip) keep the figures of the last run that measured them.
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...result };
  for (const k of ['api', 'documents', 'appraisal', 'digest', 'sidelines', 'colleges', 'web']) if ((merged[k] === undefined || (Array.isArray(merged[k]) && !(merged[k] as unknown[]).length)) && previous[k] !== undefined) merged[k] = previous[k];
  fs.writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  return file;
}
