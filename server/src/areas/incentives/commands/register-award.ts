import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { commendation } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { visiblePerson } from '../../people';
import { authorizeIncentive } from '../access';
import type { awardCreate } from '../http/commendation.schema';

/** 登记其他表彰奖励（上级表彰、单项奖等）: not dated ahead, not of oneself (回避). Returns the award's id. */
export async function registerAward({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof awardCreate>): Promise<number> {
  const auth = req.auth!;
  if (b.awardedOn > todayIso()) throw new AppError('COMMENDATION.FUTURE', '授予日期不能晚于今天', 400, { field: 'awardedOn' });
  authorizeIncentive(auth, 'registerAward', b);
  return runCommand(db, req, async (tx) => {
    await visiblePerson(tx, auth, b.personId, todayIso());
    const [c] = await tx.insert(commendation).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: commendation.id });
    return { result: c.id, audit: { action: 'commendation.award', entityType: 'commendation', entityId: c.id, after: b } };
  });
}
