import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../src/core/db/client';
import { account, department, institution, oversight, person, post, tenure } from '../../src/core/db/schema';
import { nextIds, seal } from '../../src/core/db/sealed';
import { withIdNumberIndex } from '../../src/core/db/blind-indexes';
import { fixedClock } from '../../src/core/shared/clock';
import { addDays, addYears } from '../../src/core/shared/dates';
import { idNumberCheckChar } from '../../src/areas/people/rules/id-number';
import { signIn, testApp, type Client } from './app';
import { freshDatabase, packs, type Engine, type TestDatabase } from './database';

/**
 * Factories for integration tests: each inserts exactly the rows a test asks for (with drizzle, into the app's own
 * tables) into a college of the test's own, dated relative to one fixed day that the app's clock is set to. Nothing
 * depends on the demo or on what another test left behind.
 *
 * Every factory bumps the college's facts version, as a command would, so duties derived before see the new rows.
 */

/** The day every factory-built test lives on (the app is built with `fixedClock(TEST_TODAY)`). */
export const TEST_TODAY = '2026-06-15';
export const TEST_YEAR = Number(TEST_TODAY.slice(0, 4));
/** A date `days` before TEST_TODAY (negative: after). */
export const daysAgo = (days: number) => addDays(TEST_TODAY, -days);
export const yearsAgo = (years: number) => addYears(TEST_TODAY, -years);
/** The password of every factory-built account. */
export const TEST_PASSWORD = 'Factory@2026';

let seq = 0;
const next = () => ++seq;
let passwordHash: Promise<string> | undefined;

/** One college of the test's own: its id, its database and the policy pack it is under. */
export interface College {
  db: Db;
  id: number;
  code: string;
  packId: string;
}

/**
 * A database with no college in it on the engine, and an app on it whose clock says TEST_TODAY (or `today`, for a file
 * whose rule turns on a particular day of the calendar); closed after the file. Build colleges in it with `newCollege`
 * (one per test keeps the tests independent of each other).
 */
export function useFactoryApp(engine: Engine, opts: { today?: string } = {}) {
  const ctx = {} as { database: TestDatabase; app: FastifyInstance };
  beforeAll(async () => {
    ctx.database = await freshDatabase(engine, { seed: false });
    ctx.app = (await testApp(ctx.database, { clock: fixedClock(opts.today ?? TEST_TODAY) })).app;
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}

/** Tells the app the college's facts changed (derived duties are cached per facts version). */
export async function touch(c: College) {
  await c.db.update(institution).set({ factsVersion: sql`${institution.factsVersion} + 1` }).where(eq(institution.id, c.id));
}

/**
 * Creates: one institution under `packId` (default scitc-2025, which states talks, sidelines and tolerance) adopting
 * the pack's suggested packs for the other areas. No department, person or account.
 */
export async function newCollege(db: Db, opts: { packId?: string; adoptedPacks?: Record<string, string> } = {}): Promise<College> {
  const packId = opts.packId ?? 'scitc-2025';
  const pack = packs.get(packId);
  if (!pack) throw new Error(`unknown pack ${packId}`);
  const n = next();
  const code = `tc${n}`;
  const [row] = await db
    .insert(institution)
    .values({ code, name: `测试学院${n}`, shortName: `测试${n}`, packId, adoptedPacks: opts.adoptedPacks ?? pack.suggestedAdoptions })
    .returning({ id: institution.id });
  return { db, id: row.id, code, packId };
}

/** Creates: one department (kind `academic` unless told). */
export async function newDepartment(c: College, opts: { name?: string; kind?: string; code?: string } = {}) {
  const n = next();
  const [row] = await c.db
    .insert(department)
    .values({ institutionId: c.id, code: opts.code ?? `d${n}`, name: opts.name ?? `测试系${n}`, kind: opts.kind ?? 'academic', sortOrder: n })
    .returning();
  await touch(c);
  return row;
}

/** Creates: one post in the department (or in a new department when none is given); `staff` rank unless told. */
export async function newPost(c: College, opts: { departmentId?: number; title?: string; rank?: string; isHead?: boolean; isKeyPost?: boolean; isHighRiskPost?: boolean } = {}) {
  const { departmentId = (await newDepartment(c)).id, title = `岗位${next()}`, rank = 'staff', ...flags } = opts;
  const [row] = await c.db.insert(post).values({ institutionId: c.id, departmentId, title, rank, ...flags }).returning();
  await touch(c);
  return row;
}

const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

/**
 * Creates: one active person, a CPC member aged about 45, hired 20 years ago, with a valid (fictional) ID number that
 * matches the birth date and gender; name, staff number and ID number are unique.
 */
export async function newPerson(
  c: College,
  opts: { name?: string; gender?: 'male' | 'female'; birthDate?: string; politicalStatus?: string; hireDate?: string; status?: string; staffNo?: string } = {},
) {
  const n = next();
  const gender = opts.gender ?? (n % 2 ? 'male' : 'female');
  const birthDate = opts.birthDate ?? addDays(yearsAgo(45), -(n % 300));
  const serial = String((n * 2 + (gender === 'male' ? 1 : 0)) % 1000).padStart(3, '0');
  const first17 = `320303${birthDate.replace(/-/g, '')}${serial}`;
  const idNumber = first17 + idNumberCheckChar(first17);
  const [id] = await nextIds(c.db, person, 1);
  const values = {
    id,
    institutionId: c.id,
    staffNo: opts.staffNo ?? `T${String(n).padStart(5, '0')}`,
    name: opts.name ?? `${SURNAMES[n % 20]}${GIVEN[Math.floor(n / 20) % 20]}${GIVEN[n % 20]}`,
    gender,
    birthDate,
    politicalStatus: opts.politicalStatus ?? 'cpc_member',
    hireDate: opts.hireDate ?? yearsAgo(20),
    status: opts.status ?? 'active',
  };
  const [row] = await c.db
    .insert(person)
    .overridingSystemValue()
    .values({ ...withIdNumberIndex({ ...values, idNumber }), idNumber: seal(person.idNumber, id, idNumber) })
    .returning({ id: person.id, name: person.name, staffNo: person.staffNo });
  await touch(c);
  return row;
}

/** Creates: one tenure of the person in the post, from `startDate` (three years ago unless told) to `endDate` (open). */
export async function newTenure(c: College, opts: { personId: number; postId: number; startDate?: string; endDate?: string | null; endReason?: string }) {
  const [row] = await c.db
    .insert(tenure)
    .values({ institutionId: c.id, personId: opts.personId, postId: opts.postId, startDate: opts.startDate ?? yearsAgo(3), endDate: opts.endDate ?? null, appointReason: '经党委会研究决定', endReason: opts.endDate ? (opts.endReason ?? '工作调动') : null })
    .returning();
  await touch(c);
  return row;
}

/**
 * Creates: a new person (`person` options) holding a new post (`post` options) since `since` (three years ago unless
 * told), until `until` (still in post unless told). The usual way to get a cadre or a staff member of a rank in a department.
 */
export async function newHolder(
  c: College,
  opts: { rank: string; departmentId?: number; title?: string; isHead?: boolean; since?: string; until?: string; person?: Parameters<typeof newPerson>[1]; post?: Parameters<typeof newPost>[1] },
) {
  const p = await newPerson(c, opts.person);
  const po = await newPost(c, { departmentId: opts.departmentId, title: opts.title, rank: opts.rank, isHead: opts.isHead, ...opts.post });
  const t = await newTenure(c, { personId: p.id, postId: po.id, startDate: opts.since, endDate: opts.until });
  return { ...p, personId: p.id, postId: po.id, departmentId: po.departmentId, tenureId: t.id };
}

/** Creates: the leader's 分管（联系） oversight of the department, from `startDate` (three years ago unless told). */
export async function newOversight(c: College, opts: { leaderPersonId: number; departmentId: number; startDate?: string; endDate?: string | null }) {
  const [row] = await c.db
    .insert(oversight)
    .values({ institutionId: c.id, leaderPersonId: opts.leaderPersonId, departmentId: opts.departmentId, startDate: opts.startDate ?? yearsAgo(3), endDate: opts.endDate ?? null })
    .returning();
  await touch(c);
  return row;
}

/**
 * Creates: one account of the college with the roles given (none: a business user acting as the person), signing in
 * with TEST_PASSWORD. Returns its username and id.
 */
export async function newAccount(c: College, opts: { personId?: number | null; roles?: string[]; username?: string; displayName?: string } = {}) {
  passwordHash ??= hash(TEST_PASSWORD);
  const username = opts.username ?? `${c.code}.${(opts.roles ?? ['user'])[0].replace(/_/g, '')}${next()}`;
  const [row] = await c.db
    .insert(account)
    .values({ institutionId: c.id, username, passwordHash: await passwordHash, personId: opts.personId ?? null, displayName: opts.displayName ?? username, roles: opts.roles ?? [] })
    .returning({ id: account.id, username: account.username });
  return row;
}

/** Signs in through the API as an account built by `newAccount`. */
export const signInAs = (app: FastifyInstance, who: { username: string }): Promise<Client> => signIn(app, who.username, TEST_PASSWORD);

/**
 * Creates: an account with the roles and a signed-in client for it; with `person`, the account acts as that person.
 * The commonest step of a test: `const org = await userWith(app, c, ['org'])`.
 */
export async function userWith(app: FastifyInstance, c: College, roles: string[], personId: number | null = null) {
  return signInAs(app, await newAccount(c, { roles, personId }));
}

/**
 * Creates: the leadership of a college in a 院领导 department: a principal (党委书记, rank principal, head) and the
 * leaders asked for (rank leader), each in office for three years.
 */
export async function newLeadership(c: College, opts: { leaders?: number } = {}) {
  const dept = await newDepartment(c, { name: '院领导', kind: 'party', code: 'yld' });
  const principal = await newHolder(c, { rank: 'principal', departmentId: dept.id, title: '党委书记', isHead: true });
  const leaders = [];
  for (let i = 0; i < (opts.leaders ?? 1); i++) leaders.push(await newHolder(c, { rank: 'leader', departmentId: dept.id, title: `副院长${i + 1}` }));
  return { departmentId: dept.id, principal, leaders };
}

/**
 * Creates: a department (academic unless told) with its head (rank middle_chief, head post) and `staff` staff members
 * (rank staff), all in post for three years; with `overseenBy`, that leader's oversight of it.
 */
export async function newDepartmentWithHead(c: College, opts: { staff?: number; kind?: string; overseenBy?: number } = {}) {
  const dept = await newDepartment(c, { kind: opts.kind });
  const head = await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, title: '主任', isHead: true });
  const staffPost = await newPost(c, { departmentId: dept.id, title: '专任教师', rank: 'staff' });
  const staff = [];
  for (let i = 0; i < (opts.staff ?? 2); i++) {
    const p = await newPerson(c, { politicalStatus: 'masses' });
    await newTenure(c, { personId: p.id, postId: staffPost.id });
    staff.push({ ...p, personId: p.id });
  }
  if (opts.overseenBy) await newOversight(c, { leaderPersonId: opts.overseenBy, departmentId: dept.id });
  return { departmentId: dept.id, head, staff, staffPostId: staffPost.id };
}

/** How many rows of a table belong to the college (tests check that a refused request wrote nothing). */
export async function collegeRows(c: College, table: string, where = 'true'): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  const res = await c.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE institution_id = ${Number(c.id)} AND (${where})`));
  return Number((res.rows[0] as { n: number }).n);
}

/** The audit rows of one entity, oldest first: `action` of each (tests check the exact events of what they did). */
export async function auditOf(c: College, entityType: string, entityId: number | string): Promise<string[]> {
  const res = await c.db.execute(sql`SELECT action FROM audit_event WHERE institution_id = ${c.id} AND entity_type = ${entityType} AND entity_id = ${String(entityId)} ORDER BY id`);
  return (res.rows as { action: string }[]).map((r) => r.action);
}
