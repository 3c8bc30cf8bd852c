import { sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import type { Db } from '../../server/src/core/db/client';
import type { Pack } from '../../server/src/core/policy/pack-schema';
import { DEMO_PASSWORD, seedCollege } from '../../server/src/demo/seed';
import { benchColleges } from './colleges';

/** The three scales of the issue: colleges (about 2,000 people each) and years of activity. */
export const SCALES = {
  S: { colleges: 1, years: 1 },
  M: { colleges: 10, years: 3 },
  L: { colleges: 150, years: 5 },
} as const;
export type Scale = keyof typeof SCALES;

/** Tables counted in the report: the records the areas keep. */
export const COUNTED = ['person', 'tenure', 'account', 'talk', 'talk_participant', 'appraisal', 'training_course', 'training_record', 'duty_report', 'interview', 'interview_target', 'sideline', 'sideline_application', 'sideline_report', 'petition', 'accountability_case', 'tolerance_review', 'care_case', 'commendation', 'audit_event'];

const rows = async (db: Db, q: ReturnType<typeof sql>) => (await db.execute(q)).rows as Record<string, unknown>[];

export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of COUNTED) out[t] = Number((await rows(db, sql.raw(`SELECT count(*)::int AS n FROM ${t}`)))[0].n);
  return out;
}

/**
 * Copies a year's rows of a table into an earlier year: new ids (the old id plus an offset, the sequence moved past
 * them), dates shifted by whole years, references to copied rows moved by their table's offset. Raw SQL on the server
 * side (INSERT … SELECT): millions of rows without a round trip each. Returns the id offset.
 */
async function copyBack(db: Db, table: string, where: string, set: Record<string, string>): Promise<number> {
  const cols = (await rows(db, sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table} AND table_schema = current_schema() ORDER BY ordinal_position`)).map((r) => String(r.column_name));
  const offset = Number((await rows(db, sql.raw(`SELECT COALESCE(max(id), 0) AS m FROM ${table}`)))[0].m);
  const exprs = cols.map((c) => (c === 'id' ? `id + ${offset}` : (set[c] ?? c)));
  await db.execute(sql.raw(`INSERT INTO ${table} (${cols.join(', ')}) OVERRIDING SYSTEM VALUE SELECT ${exprs.join(', ')} FROM ${table} WHERE ${where}`));
  await db.execute(sql.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`));
  return offset;
}

const shiftDate = (col: string, years: number) => `(${col} - interval '${years} years')::date`;
const shiftTs = (col: string, years: number) => `${col} - interval '${years} years'`;

/**
 * Earlier years of activity beyond the demo's own history: held talks with their participants, appraisal cycles with
 * their grades, training courses with their attendance, each copied from the last complete year into the years before
 * the demo's first. These are the records that grow with the years; the rest of the history (cases, applications,
 * interviews) is the demo's.
 */
export async function extendHistory(db: Db, refYear: number, extraYears: number): Promise<void> {
  if (!extraYears) return;
  const src = refYear - 1;
  const first = async (q: string) => Number((await rows(db, sql.raw(q)))[0].y);
  const talkFirst = await first(`SELECT min(extract(year FROM talk_date))::int AS y FROM talk`);
  // The demo's talks are this year's (the year is nearly over by its reference date): copy the latest year that has any.
  const talkSrc = await first(`SELECT max(extract(year FROM talk_date))::int AS y FROM talk WHERE status = 'held' AND talk_date <= '${refYear}-12-31'`);
  const apprFirst = await first(`SELECT min(year)::int AS y FROM appraisal_cycle`);
  const courseFirst = await first(`SELECT min(extract(year FROM start_date))::int AS y FROM training_course`);
  for (let k = 1; k <= extraYears; k++) {
    let back = talkSrc - (talkFirst - k);
    const talkWhere = `status = 'held' AND talk_date >= '${talkSrc}-01-01' AND talk_date <= '${talkSrc}-12-31'`;
    const talkIds = `(SELECT id FROM talk WHERE ${talkWhere})`;
    const tOff = await copyBack(db, 'talk', talkWhere, { talk_date: shiftDate('talk_date', back), created_at: shiftTs('created_at', back), updated_at: shiftTs('updated_at', back) });
    await db.execute(sql.raw(`INSERT INTO talk_participant (talk_id, person_id, role) SELECT talk_id + ${tOff}, person_id, role FROM talk_participant WHERE talk_id IN ${talkIds}`));

    back = src - (apprFirst - k);
    const cOff = await copyBack(db, 'appraisal_cycle', `year = ${src}`, { year: `year - ${back}`, duty_report_due: shiftDate('duty_report_due', back), closed_on: shiftDate('closed_on', back), created_at: shiftTs('created_at', back), status: `'closed'` });
    await copyBack(db, 'appraisal', `year = ${src}`, { year: `year - ${back}`, cycle_id: `cycle_id + ${cOff}`, recorded_on: shiftDate('recorded_on', back), created_at: shiftTs('created_at', back) });

    back = src - (courseFirst - k);
    const courseSrc = `start_date >= '${src}-01-01' AND start_date <= '${src}-12-31'`;
    const courseIds = `(SELECT id FROM training_course WHERE ${courseSrc})`;
    const coOff = await copyBack(db, 'training_course', courseSrc, { start_date: shiftDate('start_date', back), end_date: shiftDate('end_date', back), created_at: shiftTs('created_at', back), title: `replace(title, '${src}年', '${src - back}年')` });
    await copyBack(db, 'training_record', `course_id IN ${courseIds}`, { course_id: `course_id + ${coOff}`, created_at: shiftTs('created_at', back) });
  }
}

export interface Loaded {
  scale: Scale;
  generated: boolean;
  seconds: number;
  counts: Record<string, number>;
}

/**
 * Fills an empty database with a scale's colleges (the demo generator, one college per transaction, so every area has a
 * believable history) and its extra years; a database already holding that scale is used as it is (generating L takes
 * long: keep the database). Any other non-empty database is refused.
 */
export async function loadScale(db: Db, packs: ReadonlyMap<string, Pack>, scale: Scale, ref: string, log = console.log): Promise<Loaded> {
  const want = SCALES[scale];
  const started = performance.now();
  const n = Number((await rows(db, sql`SELECT count(*)::int AS n FROM institution`))[0].n);
  if (n === want.colleges) return { scale, generated: false, seconds: 0, counts: await tableCounts(db) };
  if (n > 0) throw new Error(`数据库中已有 ${n} 所学院，与规模 ${scale}（${want.colleges} 所）不符：请使用空数据库 / the database holds another scale`);
  const pwHash = await hash(DEMO_PASSWORD);
  const colleges = benchColleges(want.colleges);
  for (const [k, tpl] of colleges.entries()) {
    await db.transaction((tx) => seedCollege(tx, packs, ref, tpl, k, pwHash));
    if ((k + 1) % 10 === 0 || k + 1 === colleges.length) log(`  已生成 ${k + 1}/${colleges.length} 所学院（${((performance.now() - started) / 1000).toFixed(0)} 秒）`);
  }
  await extendHistory(db, Number(ref.slice(0, 4)), want.years - 1);
  await db.execute(sql`ANALYZE`);
  return { scale, generated: true, seconds: (performance.now() - started) / 1000, counts: await tableCounts(db) };
}
