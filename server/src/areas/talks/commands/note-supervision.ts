import type { FastifyRequest } from 'fastify';
import { talkSupervisionNote } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { isCollegePerson } from '../queries/people';

export interface SupervisionNoteInput {
  talkerPersonId: number;
  year: number;
  kind: 'reminder' | 'criticism';
  note: string;
}

/** 记录对谈话人的提醒或批评教育 (第十一条). */
export async function noteSupervision({ db }: AppDeps, req: FastifyRequest, b: SupervisionNoteInput): Promise<number> {
  const auth = req.auth!;
  if (!(await isCollegePerson(db, auth.institutionId, b.talkerPersonId))) throw new AppError('TALK.UNKNOWN_PERSON', '所选谈话人不存在', 400, { field: 'talkerPersonId' });
  return runCommand(db, req, async (tx) => {
    const [row] = await tx.insert(talkSupervisionNote).values({ ...b, institutionId: auth.institutionId, createdBy: auth.accountId }).returning({ id: talkSupervisionNote.id });
    return { result: row.id, audit: { action: 'talk.supervise', entityType: 'talk_supervision_note', entityId: row.id, after: b } };
  });
}
