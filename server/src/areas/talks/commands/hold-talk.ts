import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import { talk } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { seal } from '../../../core/db/sealed';
import { talkFor } from '../queries/talks.repository';
import type { talkHold } from '../http/talks.schema';

/** 计划谈话已谈: a talker (or the organization department) records when, where and what was said. */
export async function holdTalk({ db }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof talkHold>): Promise<{ id: number }> {
  const today = todayIso();
  const t = await talkFor(db, req.auth!, id, 'hold');
  if (t.status !== 'scheduled') throw new AppError('TALK.NOT_SCHEDULED', t.status === 'held' ? '该谈话已登记为已谈' : '该谈话已取消', 409);
  if (b.talkDate > today) throw new AppError('TALK.HELD_IN_FUTURE', `谈话日期 ${b.talkDate} 在今天之后，不能登记为已谈`, 400, { field: 'talkDate' });
  return runCommand(db, req, async (tx) => {
    const notes = { keyPoints: seal(talk.keyPoints, t.id, b.keyPoints), followUps: seal(talk.followUps, t.id, b.followUps) };
    await tx.update(talk).set({ ...b, ...notes, status: 'held', updatedAt: new Date() }).where(eq(talk.id, t.id));
    return { result: { id: t.id }, audit: { action: 'talk.hold', entityType: 'talk', entityId: t.id, before: { status: 'scheduled', talkDate: t.talkDate }, after: { status: 'held', talkDate: b.talkDate } } };
  });
}
