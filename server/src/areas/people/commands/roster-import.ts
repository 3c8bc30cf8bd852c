import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor, Tx } from '../../../core/db/client';
import { department, person, post, rosterImport, tenure } from '../../../core/db/schema';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { CheckedRow, RosterLookup } from '../rules/roster-import';
import { RANKS, SINGLE_HOLDER_RANKS } from '../../../core/roster/kinds';
import { withIdNumberIndex } from '../../../core/db/blind-indexes';
import { bulkInsert } from '../../../core/db/bulk-insert';
import { nextIds, seal, show } from '../../../core/db/sealed';

/** The roster as the import checks it: departments by name, ranks by label, people by 工号 and ID number, posts with holders. */
export async function rosterLookup(ex: Executor, institutionId: number, today: string): Promise<RosterLookup> {
  const [depts, people, posts, running] = await together(ex, [
    () => ex.select({ id: department.id, name: department.name }).from(department).where(and(eq(department.institutionId, institutionId), eq(department.active, true))),
    () => ex.select().from(person).where(eq(person.institutionId, institutionId)),
    () => ex.select({ id: post.id, departmentId: post.departmentId, title: post.title, rank: post.rank }).from(post).where(and(eq(post.institutionId, institutionId), eq(post.active, true))),
    () => ex.select({ postId: tenure.postId, personId: tenure.personId }).from(tenure).where(and(eq(tenure.institutionId, institutionId), or(isNull(tenure.endDate), gt(tenure.endDate, today)))),
  ]);
  const opened = people.map((p) => ({ ...p, gender: p.gender as 'male' | 'female', idNumber: show(person.idNumber, p.id, p.idNumber) }));
  const holders = new Map<number, number[]>();
  for (const t of running) holders.set(t.postId, [...(holders.get(t.postId) ?? []), t.personId]);
  return {
    departments: new Map(depts.map((d) => [d.name, d.id])),
    ranks: new Map(RANKS.flatMap((r) => [[VALUE_LABELS[r] ?? r, r] as [string, string], [r, r] as [string, string]])),
    byStaffNo: new Map(opened.map((p) => [p.staffNo, p])),
    byIdNumber: new Map(opened.map((p) => [p.idNumber, { staffNo: p.staffNo }])),
    posts: new Map(posts.map((p) => [`${p.departmentId}|${p.title}`, { id: p.id, rank: p.rank, holders: holders.get(p.id) ?? [] }])),
    singleHolderRanks: SINGLE_HOLDER_RANKS,
    today,
  };
}

const CHUNK = 500;

/**
 * Writes the good rows in the caller's transaction: new people in batches, changed people one by one, posts that do
 * not exist yet, and the new tenures in batches. Returns what it did, for the audit and the report.
 */
export async function writeRoster(tx: Tx, institutionId: number, rows: CheckedRow[], lookup: RosterLookup) {
  const good = rows.filter((r) => r.person && r.action !== 'unchanged');
  const created = good.filter((r) => r.action === 'new');
  const ids = new Map<string, number>();
  const newIds = await nextIds(tx, person, created.length);
  const inserted = await bulkInsert<{ id: number; staffNo: string }>(
    tx,
    person,
    created.map((r, i) => ({ id: newIds[i], institutionId, ...withIdNumberIndex(r.person!), idNumber: seal(person.idNumber, newIds[i], r.person!.idNumber), status: 'active' })),
    ['id', 'staffNo'],
  );
  for (const p of inserted) ids.set(p.staffNo, Number(p.id));
  const updated = good.filter((r) => r.action === 'update' && r.changes?.length);
  for (const r of updated) {
    const id = lookup.byStaffNo.get(r.staffNo)!.id;
    await tx.update(person).set({ ...withIdNumberIndex(r.person!), idNumber: seal(person.idNumber, id, r.person!.idNumber), updatedAt: new Date() }).where(eq(person.id, id));
    ids.set(r.staffNo, id);
  }
  const withPost = good.filter((r) => r.addsTenure && r.post);
  const postIds = new Map<string, number>();
  const newPosts = [...new Map(withPost.filter((r) => !lookup.posts.has(`${r.post!.departmentId}|${r.post!.title}`)).map((r) => [`${r.post!.departmentId}|${r.post!.title}`, r.post!])).entries()];
  for (let i = 0; i < newPosts.length; i += CHUNK) {
    const inserted = await tx
      .insert(post)
      .values(newPosts.slice(i, i + CHUNK).map(([, p]) => ({ institutionId, departmentId: p.departmentId, title: p.title, rank: p.rank })))
      .returning({ id: post.id, departmentId: post.departmentId, title: post.title });
    for (const p of inserted) postIds.set(`${p.departmentId}|${p.title}`, p.id);
  }
  const tenures = withPost.map((r) => {
    const key = `${r.post!.departmentId}|${r.post!.title}`;
    return {
      institutionId, personId: ids.get(r.staffNo) ?? lookup.byStaffNo.get(r.staffNo)!.id, postId: lookup.posts.get(key)?.id ?? postIds.get(key)!,
      startDate: r.post!.startDate, appointDocNo: r.post!.appointDocNo, appointReason: '花名册导入',
    };
  });
  await bulkInsert(tx, tenure, tenures);
  return { created: created.map((r) => r.staffNo), updated: updated.map((r) => r.staffNo), posts: newPosts.length, tenures: tenures.length };
}

/** Previews older than a day are dropped with the personal data they hold. */
export async function expireStalePreviews(ex: Executor, institutionId: number) {
  await ex
    .update(rosterImport)
    .set({ status: 'expired', rows: null, finishedAt: new Date() })
    .where(and(eq(rosterImport.institutionId, institutionId), eq(rosterImport.status, 'previewed'), lt(rosterImport.createdAt, new Date(Date.now() - 24 * 3600 * 1000))));
}
