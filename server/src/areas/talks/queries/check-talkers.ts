import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { todayIso } from '../../../core/shared/dates';
import { authorizeTalk } from '../access';
import { subjectsWithoutResponsibleTalker } from './responsibility';
import { checkPersons } from './people';
import { readTalkForm } from './talk-form';
import { visiblePerson } from '../../people';
import type { talkCheck, talkCheckOut } from '../http/talks.schema';

/**
 * 记录谈话, before saving: which picked subjects none of the picked talkers is responsible for (第六条), so that the form
 * warns when the people are picked — and whether the caller may name a talker there (the organization department).
 * The same checks as saving (who may record with these talkers, the people exist); nothing is stored.
 */
export async function checkTalkers({ db, packs }: AppDeps, req: FastifyRequest, b: z.infer<typeof talkCheck>): Promise<z.infer<typeof talkCheckOut>> {
  const auth = req.auth!;
  authorizeTalk(auth, 'record', b);
  const today = todayIso();
  const { named, roster } = await readTalkForm(db, auth.institutionId, today, b);
  checkPersons(named, [
    { ids: b.talkerIds, field: 'talkerIds', activeOnly: true },
    { ids: b.subjectIds, field: 'subjectIds', activeOnly: false },
  ]);
  const { policy } = await policyFor(db, packs, auth.institutionId, auth.factsVersion);
  const unanswered = subjectsWithoutResponsibleTalker(policy, roster, b.talkerIds, b.subjectIds, today);
  // A name is told only to whom the roster shows that person (nothing is stored here, so nothing would trace a lookup).
  const shown = await Promise.all(unanswered.map((u) => visiblePerson(db, auth, u.subjectPersonId, today).then(() => u.subjectName, () => '所选对象')));
  return {
    unanswered: unanswered.map((u, i) => ({ ...u, subjectName: shown[i], message: `所选谈话人不负责与${shown[i]}谈心谈话：保存后不计入年度谈话次数` })),
    mayAssign: auth.permissions.has('talk.assign'),
  };
}
