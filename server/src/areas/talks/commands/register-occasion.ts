import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { addDays, todayIso } from '../../../core/shared/dates';
import { isCollegePerson } from '../queries/people';
import { registerTalkOccasion, type OccasionKind } from './occasions';

export interface OccasionInput {
  kind: Exclude<OccasionKind, 'own_request'>;
  subjectPersonId: number | null;
  occasionDate: string;
  note: string;
}

/** 登记需要谈心谈话的情形 (第五条), by the organization department: one within the past year (a 民主生活会 may be ahead). */
export async function registerOccasion({ db }: AppDeps, req: FastifyRequest, b: OccasionInput): Promise<number> {
  const auth = req.auth!;
  const today = todayIso();
  if (b.kind !== 'life_meeting' && b.occasionDate > today) throw new AppError('TALK.OCCASION_IN_FUTURE', '情形发生日期不能晚于今天', 400, { field: 'occasionDate' });
  if (b.occasionDate < addDays(today, -365)) throw new AppError('TALK.OCCASION_TOO_OLD', '只能登记一年以内发生的情形', 400, { field: 'occasionDate' });
  if (b.subjectPersonId && !(await isCollegePerson(db, auth.institutionId, b.subjectPersonId))) throw new AppError('TALK.UNKNOWN_PERSON', '所选人员不存在', 400, { field: 'subjectPersonId' });
  return runCommand(db, req, async (tx) => {
    const id = await registerTalkOccasion(tx, { ...b, subjectPersonId: b.kind === 'life_meeting' ? null : b.subjectPersonId, institutionId: auth.institutionId, source: 'org', createdBy: auth.accountId });
    return { result: id, audit: { action: 'talk.occasion', entityType: 'talk_occasion', entityId: id, after: b } };
  });
}
