import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { rosterImport } from '../../../core/db/schema';
import { notFound } from '../../../core/shared/errors';

/** An import of the college (preview or result), or the 404 an unknown id gets. */
export async function rosterImportOf(ex: Executor, institutionId: number, id: number) {
  const [imp] = await ex.select().from(rosterImport).where(and(eq(rosterImport.institutionId, institutionId), eq(rosterImport.id, id)));
  if (!imp) throw notFound('导入记录', 'IMPORT.NOT_FOUND');
  return imp;
}
