import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { talk } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { talkFor } from '../queries/talks.repository';

/** 取消计划谈话: only a planned one (a held talk's record is never deleted), by a talker or the organization department. */
export async function cancelTalk({ db }: AppDeps, req: FastifyRequest, id: number, reason: string): Promise<{ id: number }> {
  const t = await talkFor(db, req.auth!, id, 'cancel');
  if (t.status !== 'scheduled') throw new AppError('TALK.NOT_SCHEDULED', '只有计划中的谈话可以取消；已谈的记录不能删除', 409);
  return runCommand(db, req, async (tx) => {
    await tx.update(talk).set({ status: 'cancelled', updatedAt: new Date() }).where(eq(talk.id, t.id));
    return { result: { id: t.id }, audit: { action: 'talk.cancel', entityType: 'talk', entityId: t.id, after: { reason } } };
  });
}
