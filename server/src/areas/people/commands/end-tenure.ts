import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { tenure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import type { tenureEnd } from '../http/people.schema';

/** 免职（结束任职，记录保留）: once, after the tenure began. */
export async function endTenure({ db }: AppDeps, req: FastifyRequest, tenureId: number, b: z.infer<typeof tenureEnd>): Promise<{ id: number }> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const [t] = await tx.select().from(tenure).where(and(eq(tenure.institutionId, auth.institutionId), eq(tenure.id, tenureId)));
    if (!t) throw notFound('任职记录', 'TENURE.NOT_FOUND');
    authorizePerson(auth, 'appoint', { personId: t.personId });
    if (t.endDate) throw new AppError('TENURE.ALREADY_ENDED', `该任职已于 ${t.endDate} 结束`, 409);
    if (b.endDate <= t.startDate) throw new AppError('TENURE.END_BEFORE_START', `免职日期应晚于任职日期 ${t.startDate}`, 400, { field: 'endDate' });
    await tx.update(tenure).set(b).where(eq(tenure.id, t.id));
    return { result: { id: t.id }, audit: { action: 'tenure.end', entityType: 'tenure', entityId: t.id, before: { endDate: null }, after: b } };
  });
}
