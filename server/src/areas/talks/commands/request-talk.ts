import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { talksPolicy } from '../policy';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { addDays, todayIso } from '../../../core/shared/dates';
import { ownRequestSince } from '../queries/occasions';
import { registerTalkOccasion } from './occasions';

/** 申请谈心谈话 (第五条（七）干部职工主动要求): once within the pack's `talks.own_request_repeat_days`. */
export async function requestTalk({ db, packs }: AppDeps, req: FastifyRequest, note: string): Promise<number> {
  const auth = req.auth!;
  const personId = auth.personId;
  if (personId === null) throw new AppError('TALK.NO_PERSON', '该账号未关联人员，不能申请谈心谈话', 400);
  const today = todayIso();
  const { policy } = await policyFor(db, packs, auth.institutionId);
  const repeatDays = policy.value(talksPolicy, 'talks.own_request_repeat_days', today);
  if (await ownRequestSince(db, auth.institutionId, personId, addDays(today, -repeatDays))) throw new AppError('TALK.REQUEST_PENDING', `您在 ${repeatDays} 天内已提出过谈心谈话申请，谈话责任人会尽快安排`, 409);
  return runCommand(db, req, async (tx) => {
    const id = await registerTalkOccasion(tx, { institutionId: auth.institutionId, kind: 'own_request', subjectPersonId: personId, occasionDate: today, note, source: 'self', createdBy: auth.accountId });
    return { result: id, audit: { action: 'talk.request', entityType: 'talk_occasion', entityId: id } };
  });
}
