import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/src/core/db/client';
import { settle } from '../generate/database';
import { load, pair, shareOf, WARM_SECONDS, type LoadResult, type Pair } from './api';
import { dropTalksAfter, lastTalkId } from './recorded-talks';
import { addDays } from '../../server/src/core/shared/dates';

/** The benchmark's own appraisal year (as the appraisal section's): its grades and notices are taken out again. */
export const BENCH_APPRAISAL_YEAR = 2099;

interface Step {
  path: string;
  body: unknown;
}

/**
 * One command under load where every request needs a record of its own: autocannon (32 connections, a worker thread)
 * sends `steps` in order, one per request, wrapping around at the end. The worker takes its requests from a module
 * written for the run (functions cannot cross into a worker thread).
 */
export async function loadSequence(name: string, base: string, steps: Step[], opts: { cookie: string; seconds: number; connections?: number }): Promise<LoadResult> {
  const file = path.join(os.tmpdir(), `bench-sequence-${process.pid}-${name.replace(/\W/g, '')}-${Date.now()}.cjs`);
  const encoded = steps.map((s) => ({ path: s.path, body: JSON.stringify(s.body) }));
  fs.writeFileSync(file, `const steps = ${JSON.stringify(encoded)};\nlet i = 0;\nmodule.exports = (req) => { const s = steps[i++ % steps.length]; return { ...req, path: s.path, body: s.body }; };\n`);
  try {
    const r = await autocannon({
      url: base,
      connections: opts.connections ?? 32,
      duration: opts.seconds,
      headers: { cookie: opts.cookie, 'content-type': 'application/json' },
      requests: [{ method: 'POST', setupRequest: file } as unknown as autocannon.Request],
      workers: 1,
    });
    return { name, url: `${base}${steps[0]?.path ?? ''}`, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const maxId = async (db: Db, table: string) => Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM ${sql.raw(table)}`)).rows[0] as { m: number }).m);

async function dropNotices(db: Db, after: number) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM notification_delivery WHERE notification_id > ${after}`);
    await tx.execute(sql`DELETE FROM notification WHERE id > ${after}`);
  });
}

/**
 * 兼职审批：分管院领导同意 (第十三条, the first step of a middle-level chief's chain): the demo's application waiting for
 * the overseeing leader is copied `n` times (in review at that step), and the leader (`leader`) approves them one per
 * request — the decision recorded, the application moved on to the 党委 step, the applicant and the organization
 * department told. The baseline writes the same rows in plain SQL (decision, application, two notices; no checks, no
 * audit). Both take the copies in order; everything the benchmark wrote is deleted afterwards.
 */
export async function benchSidelineDecision(app: FastifyInstance, db: Db, base: string, signIn: (u: string) => Promise<string>, seconds: number): Promise<Pair> {
  const cookie = await signIn('leader');
  const leader = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().personId as number;
  const model = (
    await db.execute(sql`SELECT id FROM sideline_application WHERE status = 'in_review' AND steps -> current_step ->> 'kind' = 'overseeing_leader'
      AND steps -> current_step -> 'actor' -> 'personIds' @> ${JSON.stringify([leader])}::jsonb AND applicant_person_id <> ${leader} ORDER BY id LIMIT 1`)
  ).rows[0] as { id: number } | undefined;
  if (!model) throw new Error('no application waiting for the overseeing leader in the demo data');
  const [apps, decisions, notices] = [await maxId(db, 'sideline_application'), await maxId(db, 'sideline_decision'), await maxId(db, 'notification')];
  // More than the decisions it can make in `seconds`: a second decision on an application already decided is refused (409).
  const n = Math.max(2000, (seconds + WARM_SECONDS) * 800);
  await db.execute(sql`
    INSERT INTO sideline_application (institution_id, applicant_person_id, org_id, post_title, association_leadership_post, legal_representative, will_receive_pay, has_terms, term_years, term_number,
      start_date, end_date, first_held_since, continues_sideline_id, reason, justification, committed_at, status, rank, department_id, steps, current_step, step_since, findings, submitted_at, created_by)
    SELECT institution_id, applicant_person_id, org_id, post_title || '（压测' || g || '）', association_leadership_post, legal_representative, will_receive_pay, has_terms, term_years, term_number,
      start_date, end_date, first_held_since, continues_sideline_id, reason, justification, committed_at, status, rank, department_id, steps, current_step, step_since, findings, submitted_at, created_by
    FROM sideline_application, generate_series(1, ${n}) g WHERE id = ${model.id}`);
  const ids = ((await db.execute(sql`SELECT id FROM sideline_application WHERE id > ${apps} ORDER BY id`)).rows as { id: number }[]).map((r) => r.id);
  await settle(db);
  const body = { decision: 'approve', reason: '同意。' };
  try {
    // The product's loads take a share of the copies each (a copy decided is not waiting any more); the baseline's
    // writes are not checked, and go through the warm-up's share again (wrapping round), which the product has had
    // already and does not come back to.
    return await pair(
      '兼职审批：分管院领导同意 POST /api/sideline-applications/:id/decide',
      seconds,
      (s, round) => loadSequence('product', base, shareOf(ids, round, seconds).map((id) => ({ path: `/api/sideline-applications/${id}/decide`, body })), { cookie, seconds: s }),
      (s) => loadSequence('baseline', base, shareOf(ids, 'warm', seconds).map((id) => ({ path: `/api/bench-baseline/sideline-decide/${id}`, body })), { cookie, seconds: s }),
    );
  } finally {
    await new Promise((r) => setTimeout(r, 2000)); // requests still in flight when the load stopped
    await dropNotices(db, notices);
    await db.transaction(async (tx) => {
      await tx.execute(sql`DELETE FROM sideline_decision WHERE id > ${decisions}`);
      await tx.execute(sql`DELETE FROM sideline_application WHERE id > ${apps}`);
    });
    await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
    await settle(db);
  }
}

/**
 * 登记年度考核等次 (POST /api/appraisals) by the organization department, on the benchmark's own open year: every person
 * of every department's sheet in turn, graded 合格 (one person a request — the grid's single-cell save). The baseline
 * inserts the grade and the cadre's notice in plain SQL; as its pace would run through the college within seconds, it
 * writes the same people again under earlier (made-up) years of the same cycle. All of it is taken out afterwards.
 */
export async function benchAppraisalGrade(app: FastifyInstance, db: Db, base: string, signIn: (u: string) => Promise<string>, seconds: number): Promise<Pair> {
  const cookie = await signIn('org');
  const headers = { cookie };
  const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers })).json().personId as number;
  const notices = await maxId(db, 'notification');
  // The product's pace runs through the college's ~1,900 people within seconds, and a person graded again is not the
  // same command: the benchmark opens its own years (2099 and the three before), and grades everyone in each in turn.
  const benchYears = [0, 1, 2, 3].map((k) => BENCH_APPRAISAL_YEAR - k);
  const cycles = (await app.inject({ method: 'GET', url: '/api/appraisal-cycles', headers })).json() as { id: number; year: number }[];
  const cycleIds: number[] = [];
  for (const year of benchYears) {
    const existing = cycles.find((c) => c.year === year)?.id;
    if (existing) await db.execute(sql`DELETE FROM appraisal WHERE cycle_id = ${existing}`);
    cycleIds.push(existing ?? ((await app.inject({ method: 'POST', url: '/api/appraisal-cycles', headers, payload: { year, dutyReportDue: `${year}-12-20` } })).json().id as number));
  }
  const cycleId = cycleIds[0]!;
  const allCycles = sql.join(cycleIds.map((id) => sql`${id}`), sql`, `);
  try {
    const progress = (await app.inject({ method: 'GET', url: `/api/appraisal-cycles/${cycleId}/progress`, headers })).json() as { departments: { departmentId: number }[] };
    const people: { personId: number; departmentId: number }[] = [];
    for (const d of progress.departments) {
      const sheet = (await app.inject({ method: 'GET', url: `/api/appraisal-cycles/${cycleId}/sheet?departmentId=${d.departmentId}`, headers })).json() as { rows: { personId: number }[] };
      for (const r of sheet.rows) if (r.personId !== me) people.push({ personId: r.personId, departmentId: d.departmentId });
    }
    // Interleave the departments, as several graders would, rather than one department's sheet at a time.
    people.sort((a, b) => (a.personId % 97) - (b.personId % 97) || a.personId - b.personId);
    await settle(db);
    const grade = (p: { personId: number; departmentId: number }, inCycle = cycleId) => ({ cycleId: inCycle, personId: p.personId, departmentId: p.departmentId, grade: 'competent' });
    const years = 20;
    // Every load starts from sheets without grades: what the load before it wrote is taken out first.
    const clean = async () => {
      await new Promise((r) => setTimeout(r, 2000));
      await db.execute(sql`DELETE FROM appraisal WHERE cycle_id IN (${allCycles})`);
      await dropNotices(db, notices);
      await settle(db);
    };
    return await pair(
      '登记年度考核等次 POST /api/appraisals',
      seconds,
      async (s) => {
        await clean();
        return loadSequence('product', base, cycleIds.flatMap((c) => people.map((p) => ({ path: '/api/appraisals', body: grade(p, c) }))), { cookie, seconds: s });
      },
      async (s) => {
        await clean();
        const steps = Array.from({ length: years }, (_, k) => people.map((p) => ({ path: '/api/bench-baseline/appraisal', body: { ...grade(p), year: BENCH_APPRAISAL_YEAR - k } }))).flat();
        return loadSequence('baseline', base, steps, { cookie, seconds: s });
      },
    );
  } finally {
    await new Promise((r) => setTimeout(r, 2000));
    await db.execute(sql`DELETE FROM appraisal WHERE cycle_id IN (${allCycles})`);
    await dropNotices(db, notices);
    await db.execute(sql`DELETE FROM appraisal_cycle WHERE id IN (${allCycles})`);
    await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
    await settle(db);
  }
}

/**
 * 记录谈话 as a user's first save: every talk a different one (a subject of the head's department and a day of the last
 * year and a half), not confirmed as a duplicate, so that each takes the duplicate check's lock and sub-select — the
 * path of the form's 保存. Beside the same raw baseline as the repeated talk (`talk`, confirmDuplicate: true). The
 * talks are taken out afterwards.
 */
export async function benchTalkFirstSave(app: FastifyInstance, db: Db, base: string, signIn: (u: string) => Promise<string>, seconds: number, asOf: string, talk: { talkerIds: number[] }): Promise<Pair> {
  const cookie = await signIn('depthead');
  const [me] = talk.talkerIds;
  const subjects = ((await app.inject({ method: 'GET', url: '/api/bench-baseline/mine', headers: { cookie } })).json().items as { person_id: number }[]).map((x) => x.person_id).filter((id) => id !== me);
  const steps: Step[] = [];
  for (let day = 1; day < 540 && steps.length < 20_000; day++)
    for (const s of subjects) steps.push({ path: '/api/talks', body: { kind: 'routine', form: 'individual', status: 'held', talkDate: addDays(asOf, -day), talkTime: '10:00', place: '学院办公室', keyPoints: '了解近期工作和思想状况，提醒廉洁自律。', talkerIds: [me], subjectIds: [s] } });
  const before = await lastTalkId(db);
  try {
    // Each of the product's loads records talks of its own share (a talk saved once is a duplicate the second time).
    return await pair(
      '记录谈话（首次保存，查重） POST /api/talks',
      seconds,
      (s, round) => loadSequence('product', base, shareOf(steps, round, seconds), { cookie, seconds: s }),
      (s) => load('baseline', `${base}/api/bench-baseline/talk`, { cookie, seconds: s, method: 'POST', body: talk }),
    );
  } finally {
    await dropTalksAfter(db, before);
  }
}
