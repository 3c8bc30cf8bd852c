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

export async function pair(endpoint: string, product: () => Promise<LoadResult>, baseline: () => Promise<LoadResult>): Promise<Pair> {
  const p = await product();
  const b = await baseline();
  return { endpoint, product: p, baseline: b, ratio: p.rps / b.rps };
}
