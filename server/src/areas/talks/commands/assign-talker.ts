import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { talkAssignment } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { assertPersons } from '../queries/people';
import { assignmentOf } from '../queries/assignments';
import type { assignmentCreate } from '../http/talks.schema';

/** 指定谈话人 (第六条 特殊情况): one a subject a year, by the organization department (the route's `talk.assign`). */
export async function assignTalker({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof assignmentCreate>): Promise<number> {
  const auth = req.auth!;
  if (b.talkerPersonId === b.subjectPersonId) throw new AppError('TALK.SELF', '谈话人与谈话对象不能是同一人', 400, { field: 'talkerPersonId' });
  await assertPersons(db, auth.institutionId, [
    { ids: [b.talkerPersonId], field: 'talkerPersonId', activeOnly: true },
    { ids: [b.subjectPersonId], field: 'subjectPersonId', activeOnly: true },
  ]);
  return runCommand(db, req, async (tx) => {
    if (await assignmentOf(tx, auth.institutionId, b.subjectPersonId, b.year)) throw new AppError('TALK.ASSIGNMENT_EXISTS', `${b.year} 年已为该对象指定了谈话人`, 409, { field: 'subjectPersonId' });
    const [row] = await tx.insert(talkAssignment).values({ ...b, institutionId: auth.institutionId, createdBy: auth.accountId }).returning();
    return { result: row.id, audit: { action: 'talk.assign', entityType: 'talk_assignment', entityId: row.id, after: b } };
  });
}
