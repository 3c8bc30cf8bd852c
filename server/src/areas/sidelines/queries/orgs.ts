import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { outsideOrg } from '../../../core/db/schema';

/** The college's outside organizations (兼职单位), by name, those whose name holds `q` when given. */
export async function listOrgs(ex: Executor, institutionId: number, q: string | undefined) {
  return ex
    .select()
    .from(outsideOrg)
    .where(and(eq(outsideOrg.institutionId, institutionId), q ? sql`${outsideOrg.name} ILIKE ${`%${q}%`}` : undefined))
    .orderBy(outsideOrg.name)
    .limit(200);
}

/** The college's organization of this exact name, if one is registered. */
export async function orgNamed(ex: Executor, institutionId: number, name: string) {
  const [o] = await ex.select({ id: outsideOrg.id }).from(outsideOrg).where(and(eq(outsideOrg.institutionId, institutionId), eq(outsideOrg.name, name)));
  return o;
}
