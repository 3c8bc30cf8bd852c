import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { careCase } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { authorizeIncentive, CARE_HIDDEN } from '../access';
import type { careClose } from '../http/care.schema';

/** 困难已解决或帮扶结束: not of one's own case (回避), once, dated between the registration and today. */
export async function closeCare({ db }: AppDeps, req: FastifyRequest, caseId: number, b: z.infer<typeof careClose>): Promise<void> {
  const auth = req.auth!;
  await runCommand(db, req, async (tx) => {
    const [c] = await tx.select().from(careCase).where(and(eq(careCase.institutionId, auth.institutionId), eq(careCase.id, caseId)));
    authorizeIncentive(auth, 'closeCare', found(c, CARE_HIDDEN));
    if (c.status === 'closed') throw new AppError('CARE.CLOSED', '已经结束', 409);
    if (b.on > todayIso() || b.on < c.registeredOn) throw new AppError('CARE.CLOSE_DATE', '结束日期应在登记日期之后、不晚于今天', 400, { field: 'on' });
    await tx.update(careCase).set({ status: 'closed', closedOn: b.on }).where(eq(careCase.id, c.id));
    return { result: null, audit: { action: 'care.close', entityType: 'care_case', entityId: c.id, before: { status: c.status }, after: b } };
  });
}
