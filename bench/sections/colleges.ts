import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/core/db/client';
import { writeAudit } from '../../server/src/core/audit/audit.writer';
import { percentile } from '../report';
import { load, type LoadResult } from './api';
import { dropTalksAfter, lastTalkId } from './recorded-talks';

export interface CollegeWrites {
  colleges: number;
  connectionsPerCollege: number;
  seconds: number;
  /** Talks recorded per second in the whole deployment, every college's load at once. */
  rps: number;
  p50: number;
  /** The worst college's p99. */
  p99: number;
  non2xx: number;
  perCollege: LoadResult[];
}

/** The department head of each generated college: the demo's `depthead`, then `b1.depthead`, `b2.depthead`, … */
const headOf = (i: number) => (i === 0 ? 'depthead' : `b${i}.depthead`);

/**
 * Writes across colleges: every college's department head recording talks at once (autocannon per college, a few
 * connections each, all started together), measuring what the deployment as a whole writes per second — what a
 * single audit chain for the whole deployment held to one writer at a time. The talks are taken out afterwards.
 */
export async function benchCollegeWrites(app: FastifyInstance, db: Db, base: string, signIn: (u: string) => Promise<string>, opts: { colleges: number; seconds: number; asOf: string; connectionsPerCollege?: number }): Promise<CollegeWrites> {
  const connections = opts.connectionsPerCollege ?? 4;
  const writers = [];
  for (let i = 0; i < opts.colleges; i++) {
    const cookie = await signIn(headOf(i));
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().personId as number;
    const people = (await app.inject({ method: 'GET', url: '/api/bench-baseline/mine', headers: { cookie } })).json().items as { person_id: number }[];
    const subject = people.find((p) => p.person_id !== me)?.person_id;
    if (!subject) throw new Error(`${headOf(i)}: 没有可谈话的对象 / no one to talk with`);
    const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: opts.asOf, talkTime: '10:00', place: '学院办公室', keyPoints: '了解近期工作和思想状况，提醒廉洁自律。', talkerIds: [me], subjectIds: [subject], confirmDuplicate: true };
    writers.push({ cookie, talk });
  }
  const before = await lastTalkId(db);
  const results = await Promise.all(
    writers.map((w, i) => load(headOf(i), `${base}/api/talks`, { cookie: w.cookie, seconds: opts.seconds, method: 'POST', body: w.talk, connections })),
  );
  await dropTalksAfter(db, before);
  return {
    colleges: opts.colleges, connectionsPerCollege: connections, seconds: opts.seconds,
    rps: results.reduce((s, r) => s + r.rps, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    non2xx: results.reduce((s, r) => s + r.non2xx + r.errors, 0),
    perCollege: results,
  };
}

export interface AuditAppends {
  /** `one`: every event in one chain, as before each college had its own (migration 0031), replayed with today's code. */
  chains: 'one' | 'per-college';
  colleges: number;
  perCollege: number;
  seconds: number;
  /** Transactions per second in the whole deployment. */
  tps: number;
  p50: number;
  p99: number;
}

/**
 * The same question without HTTP, zod or the checks: `perCollege` writers (1) in each of `colleges` colleges (the pool
 * needs as many connections),
 * each committing, as fast as it can, the transaction every command ends with — the institution's facts version bumped
 * and an audit event appended. What is left is the audit chain's lock: with one chain for the deployment these
 * transactions run one at a time, with one per college side by side. `chains: 'one'` replays the deployment-wide chain
 * with today's code: the college's version bumped on its own, then the event appended to chain 1 (the chain of events
 * without an institution, so the events it leaves verify). The events stay (the log is append-only).
 */
export async function benchAuditAppends(db: Db, opts: { seconds: number; colleges: number; perCollege?: number; chains?: 'one' | 'per-college' }): Promise<AuditAppends> {
  const chains = opts.chains ?? 'per-college';
  const ids = ((await db.execute(sql`SELECT id FROM institution ORDER BY id LIMIT ${opts.colleges}`)).rows as { id: number }[]).map((r) => Number(r.id));
  const writers = ids.flatMap((id) => Array<number>(opts.perCollege ?? 1).fill(id));
  const until = Date.now() + opts.seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    writers.map(async (id) => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await db.transaction(async (tx) => {
          const event = { action: 'bench.write', entityType: 'talk', entityId: 0, outcome: 'success', detail: { bench: true } } as const;
          if (chains === 'one') {
            await tx.execute(sql`UPDATE institution SET facts_version = facts_version + 1 WHERE id = ${id}`);
            await writeAudit(tx, { institutionId: null, ...event });
          } else {
            // As runCommand ends a command: the facts version bumped by the append's own statement.
            await writeAudit(tx, { institutionId: id, ...event }, { bumpFacts: true });
          }
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { chains, colleges: ids.length, perCollege: opts.perCollege ?? 1, seconds: opts.seconds, tps: latencies.length / opts.seconds, p50: Math.round(percentile(latencies, 0.5)), p99: Math.round(percentile(latencies, 0.99)) };
}
