import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { careCase, careVisit } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { authorizeIncentive, CARE_HIDDEN } from '../access';
import type { careVisitCreate } from '../http/care.schema';

/** 登记走访慰问和帮扶情况: not of a visit to oneself (回避), dated between the registration and today. */
export async function visitCare({ db }: AppDeps, req: FastifyRequest, caseId: number, b: z.infer<typeof careVisitCreate>): Promise<number> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const [c] = await tx.select().from(careCase).where(and(eq(careCase.institutionId, auth.institutionId), eq(careCase.id, caseId)));
    authorizeIncentive(auth, 'visitCare', found(c, CARE_HIDDEN));
    if (b.on > todayIso() || b.on < c.registeredOn) throw new AppError('CARE.VISIT_DATE', `走访日期应在登记日期（${c.registeredOn}）之后、不晚于今天`, 400, { field: 'on' });
    const [v] = await tx.insert(careVisit).values({ institutionId: auth.institutionId, caseId: c.id, ...b, createdBy: auth.accountId }).returning({ id: careVisit.id });
    return { result: v.id, audit: { action: 'care.visit', entityType: 'care_case', entityId: c.id, after: { on: b.on, amountYuan: b.amountYuan } } };
  });
}
