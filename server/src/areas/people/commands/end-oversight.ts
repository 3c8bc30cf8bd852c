import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { oversight } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import type { oversightEnd } from '../http/people.schema';

/** 结束分管（联系）关系: once, after it began. */
export async function endOversight({ db }: AppDeps, req: FastifyRequest, oversightId: number, b: z.infer<typeof oversightEnd>): Promise<{ id: number }> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const [o] = await tx.select().from(oversight).where(and(eq(oversight.institutionId, auth.institutionId), eq(oversight.id, oversightId)));
    if (!o) throw notFound('分管关系', 'OVERSIGHT.NOT_FOUND');
    authorizePerson(auth, 'editDepartment', { id: o.departmentId });
    if (o.endDate) throw new AppError('OVERSIGHT.ALREADY_ENDED', `该分管关系已于 ${o.endDate} 结束`, 409);
    if (b.endDate <= o.startDate) throw new AppError('OVERSIGHT.END_BEFORE_START', `结束日期应晚于开始日期 ${o.startDate}`, 400, { field: 'endDate' });
    await tx.update(oversight).set({ endDate: b.endDate }).where(eq(oversight.id, o.id));
    return { result: { id: o.id }, audit: { action: 'oversight.end', entityType: 'oversight', entityId: o.id, after: b } };
  });
}
