import { hash } from '@node-rs/argon2';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../core/db/client';
import { account, department, institution, oversight, person, post, tenure } from '../core/db/schema';
import { nextIds, seal } from '../core/db/sealed';
import type { Pack } from '../core/policy/pack-schema';
import { COLLEGES, type CollegeTemplate } from './colleges';
import { writeAudit } from '../core/audit/audit.writer';
import { EffectivePolicy } from '../core/policy/effective-policy';
import type { Area } from '../core/policy/pack-schema';
import { seedTalks } from '../areas/talks/seed';
import { seedSidelines } from '../areas/sidelines/seed';
import { seedTolerance } from '../areas/tolerance/seed';
import { seedInterviews } from '../areas/interviews/seed';
import { seedAppraisals } from '../areas/incentives/seed/appraisals';
import { seedTrainingAndCare } from '../areas/incentives/seed/training-care';
import { seedCommendations, seedInaction, seedReserve } from '../areas/incentives/seed/reserve';
import { seedDossiers } from '../areas/people/seed';
import { generateCollege } from './generate';
import { withIdNumberIndex } from '../core/db/blind-indexes';
import { talksPolicy } from '../areas/talks/policy';

export const DEMO_PASSWORD = 'Cadre@2026';

export interface DemoAccount {
  college: string;
  username: string;
  displayName: string;
}

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<{ id: number }[]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += size) ids.push(...(await insert(rows.slice(i, i + size))).map((r) => r.id));
  return ids;
}

/** Seeds the four demo colleges when the database holds no institution yet. Returns the demo accounts. */
export async function seedDemoIfEmpty(db: Db, packs: ReadonlyMap<string, Pack>, ref: string, colleges = COLLEGES): Promise<DemoAccount[] | null> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(institution);
  if (n > 0) return null;
  const accounts: DemoAccount[] = [];
  const pwHash = await hash(DEMO_PASSWORD);
  // All or nothing: a seed that fails leaves no institution, and the next start seeds again. Each college in a
  // savepoint of its own, which audit.writer's one-chain check takes for a transaction; the real transaction holds the
  // four colleges' chain heads until it ends, which is harmless here only because nothing else runs yet (seeding comes
  // before the server listens and before the background jobs start).
  await db.transaction(async (all) => {
    for (const [ci, tpl] of colleges.entries()) accounts.push(...(await all.transaction((tx) => seedCollege(tx, packs, ref, tpl, ci, pwHash))));
  });
  // Fresh statistics, so the planner knows the tables are no longer empty.
  await db.execute(sql`ANALYZE`);
  return accounts;
}

/**
 * Seeds one college from its template: structure, people, accounts and a believable history in every area. `ci` varies
 * the random streams between colleges. Also used by the benchmark generator (bench/), one college per transaction.
 */
export async function seedCollege(tx: Tx, packs: ReadonlyMap<string, Pack>, ref: string, tpl: CollegeTemplate, ci: number, pwHash: string): Promise<DemoAccount[]> {
  const pack = packs.get(tpl.packId);
  if (!pack) throw new Error(`demo college ${tpl.code} names unknown pack ${tpl.packId}`);
  const data = generateCollege(tpl, 20261122 + ci * 7919, ref);
  const [inst] = await tx
    .insert(institution)
    .values({ code: tpl.code, name: tpl.name, shortName: tpl.shortName, packId: tpl.packId, adoptedPacks: pack.suggestedAdoptions })
    .returning();
  const institutionId = inst.id;
  const deptIds = await insertChunked(data.departments, 500, (c) => tx.insert(department).values(c.map((d) => ({ ...d, institutionId }))).returning({ id: department.id }));
  const postIds = await insertChunked(data.posts, 500, (c) =>
    tx.insert(post).values(c.map(({ dept, ...p }) => ({ ...p, departmentId: deptIds[dept], institutionId }))).returning({ id: post.id }),
  );
  const personIds = await insertChunked(data.persons, 500, async (c) => {
    const ids = await nextIds(tx, person, c.length);
    const rows = c.map((p, i) => ({ ...withIdNumberIndex(p), id: ids[i], idNumber: seal(person.idNumber, ids[i], p.idNumber), institutionId }));
    return tx.insert(person).overridingSystemValue().values(rows).returning({ id: person.id });
  });
  await insertChunked(data.tenures, 500, (c) =>
    tx.insert(tenure).values(c.map(({ person: p, post: po, ...t }) => ({ ...t, personId: personIds[p], postId: postIds[po], institutionId }))).returning({ id: tenure.id }),
  );
  if (data.oversights.length)
    await tx.insert(oversight).values(data.oversights.map((o) => ({ leaderPersonId: personIds[o.leader], departmentId: deptIds[o.dept], startDate: o.startDate, endDate: o.endDate, institutionId })));
  const accountRows = await tx
    .insert(account)
    .values(data.accounts.map((a) => ({ username: a.username, displayName: a.displayName, roles: a.roles, personId: a.person === null ? null : personIds[a.person], passwordHash: pwHash, institutionId })))
    .returning({ id: account.id });
  const policy = new EffectivePolicy(tpl.packId, pack.suggestedAdoptions as Partial<Record<Area, string>>, packs);
  // Last year's talks, nearly complete, then this year's: a year's quotas outlive 31 December.
  const lastYearEnd = `${Number(ref.slice(0, 4)) - 1}-12-31`;
  const talks = (policy.maybeParam(talksPolicy, 'talks.middle_to_staff_per_year', lastYearEnd) ? await seedTalks(tx, institutionId, policy, lastYearEnd, 5 + ci, accountRows[0].id, true) : 0) + (await seedTalks(tx, institutionId, policy, ref, 7 + ci, accountRows[0].id));
  const sidelines = await seedSidelines(tx, institutionId, policy, ref, 11 + ci, tpl.region, tpl.shortName);
  const tolerance = await seedTolerance(tx, institutionId, policy, ref, 13 + ci);
  const interviews = await seedInterviews(tx, institutionId, policy, ref, 17 + ci, tpl.shortName);
  const appraisals = await seedAppraisals(tx, institutionId, policy, ref, 19 + ci);
  const trainingAndCare = await seedTrainingAndCare(tx, institutionId, policy, ref, 23 + ci);
  const commendations = await seedCommendations(tx, institutionId, policy, ref, 37 + ci);
  const reserve = await seedReserve(tx, institutionId, policy, ref, 29 + ci);
  const inaction = await seedInaction(tx, institutionId, policy, ref, 31 + ci);
  const dossiers = await seedDossiers(tx, institutionId, ref, 41 + ci, tpl.region, tpl.name);
  await writeAudit(tx, {
    institutionId,
    actorName: '系统',
    action: 'system.seed_demo',
    entityType: 'institution',
    entityId: institutionId,
    outcome: 'success',
    detail: { departments: data.departments.length, persons: data.persons.length, tenures: data.tenures.length, accounts: data.accounts.length, talks, sidelines, tolerance, interviews, appraisals, trainingAndCare, commendations, reserve, inaction, dossiers },
  });
  return data.accounts.map((a) => ({ college: tpl.name, username: a.username, displayName: a.displayName }));
}

export async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const rows = await db
    .select({ college: institution.name, username: account.username, displayName: account.displayName })
    .from(account)
    .innerJoin(institution, eq(institution.id, account.institutionId))
    .orderBy(asc(institution.id), asc(account.id));
  return rows;
}
