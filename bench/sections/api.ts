import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  url: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** One endpoint under load on loopback: autocannon with 32 connections (unless told) for `seconds`, in a worker thread of its own. */
export async function load(name: string, url: string, opts: { cookie: string; seconds: number; method?: 'GET' | 'POST'; body?: unknown; connections?: number }): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: opts.connections ?? 32,
    duration: opts.seconds,
    method: opts.method ?? 'GET',
    headers: { cookie: opts.cookie, ...(opts.body ? { 'content-type': 'application/json' } : {}) },
    body: opts.body ? JSON.stringify(opts.body) : undefined,
    workers: 1,
  });
  return { name, url, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

export interface Pair {
  endpoint: string;
  product: LoadResult;
  baseline: LoadResult;
  /** Product throughput as a share of the baseline's. */
  ratio: number;
}

/**
 * Which load of a pair this is: its warm-up (not measured) or one of its two measured halves. A loader that uses up
 * records takes its own share for each (`shareOf`).
 */
export type Round = 'warm' | 0 | 1;

/**
 * Seconds of load each side of a pair gets before it is measured. A server just started, or a path not run for a
 * while, answers its first requests slowly (statements prepared on each connection, code not yet optimized): without
 * a warm-up, a command's p99 over a five-second half was its first second's (recording a talk: p99 468–636 ms cold,
 * 145–162 ms after two seconds of load; bench/README round ten).
 */
export const WARM_SECONDS = 2;

/**
 * A loader's share of the records it uses up, by time: the warm-up the first WARM_SECONDS / (WARM_SECONDS + seconds),
 * each measured half an equal part of the rest.
 */
export function shareOf<T>(records: readonly T[], round: Round, seconds: number): T[] {
  const warm = Math.floor((records.length * WARM_SECONDS) / (WARM_SECONDS + seconds));
  const half = Math.floor((records.length - warm) / 2);
  if (round === 'warm') return records.slice(0, warm);
  return records.slice(warm + round * half, warm + (round + 1) * half);
}
type Loader = (seconds: number, round: Round) => Promise<LoadResult>;

/** Two loads of equal length as one: mean throughput and p50, the worse p99, every failure. */
const merged = (a: LoadResult, b: LoadResult): LoadResult => ({
  ...a,
  rps: Math.round(((a.rps + b.rps) / 2) * 10) / 10,
  p50: (a.p50 + b.p50) / 2,
  p99: Math.max(a.p99, b.p99),
  non2xx: a.non2xx + b.non2xx,
  errors: a.errors + b.errors,
});

/**
 * The product and its baseline under the same load, each for `seconds` in all, in the order product, baseline,
 * baseline, product (half the time each), after a warm-up of each (WARM_SECONDS, not counted): whatever the machine
 * does meanwhile (a neighbour, PostgreSQL's own housekeeping) falls on both alike if it changes steadily over the row. One after the other, whichever ran second
 * met another machine: on round nine's machine one command's baseline ran at 440–1,870 req/s from run to run.
 */
export async function pair(endpoint: string, seconds: number, product: Loader, baseline: Loader): Promise<Pair> {
  const half = Math.max(1, Math.round(seconds / 2));
  await product(WARM_SECONDS, 'warm');
  await baseline(WARM_SECONDS, 'warm');
  const p0 = await product(half, 0);
  const b0 = await baseline(half, 0);
  const b1 = await baseline(half, 1);
  const p1 = await product(half, 1);
  const [p, b] = [merged(p0, p1), merged(b0, b1)];
  return { endpoint, product: p, baseline: b, ratio: p.rps / b.rps };
}
