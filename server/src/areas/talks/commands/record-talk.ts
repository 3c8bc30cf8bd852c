import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { talk } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import type { PolicyKey } from '../../../core/policy/policy-keys';
import { talksPolicy } from '../policy';
import { AppError } from '../../../core/shared/errors';
import { addYears, todayIso } from '../../../core/shared/dates';
import { seal } from '../../../core/db/sealed';
import { checkTalk } from '../rules/talk-rules';
import { subjectsWithoutResponsibleTalker, type Unanswered } from '../queries/responsibility';
import { authorizeTalk } from '../access';
import { checkPersons } from '../queries/people';
import { readTalkForm } from '../queries/talk-form';
import { recordTalkCommand } from './insert-talk';
import type { talkCreate, warningOut } from '../http/talks.schema';

type Warning = z.infer<typeof warningOut>;

/** 第六条: a warning for each subject none of the talkers is responsible for; the talk is saved all the same. */
function responsibilityWarnings(unanswered: Unanswered[]): Warning[] {
  return unanswered.map((u) => ({
    code: 'TALK.NOT_RESPONSIBLE',
    message: `谈话人不负责与${u.subjectName}谈心谈话，本次谈话已保存，但不计入年度谈话次数；如属特殊情况，请党委组织部指定谈话人`,
    article: u.article,
  }));
}

/**
 * 登记谈话 (held or planned): the form's rules (第十条 what a record holds, 第七条 its forms), the date window, then who may record
 * it (access.ts `record`), the people it names; stored with its participants and its audit event in one statement
 * (insert-talk.ts recordTalkCommand), refusing a second entry of the same talk unless confirmed. Recording with a
 * talker who is not responsible saves with a warning.
 */
export async function recordTalk({ db, packs }: AppDeps, req: FastifyRequest, b: z.infer<typeof talkCreate>): Promise<{ id: number; warnings: Warning[] }> {
  const auth = req.auth!;
  const today = todayIso();
  const { policy } = await policyFor(db, packs, auth.institutionId, auth.factsVersion);
  const cite = (k: PolicyKey<typeof talksPolicy>) => policy.param(talksPolicy, k, today).source.citation;
  const problems = checkTalk(b, today, { record: cite('talks.record_required_fields'), forms: cite('talks.forms') });
  if (problems.length) throw new AppError(problems[0].code, problems[0].message, 400, { field: problems[0].field, article: problems[0].article });
  const earliest = `${Number(today.slice(0, 4)) - 1}-01-01`;
  if (b.talkDate < earliest) throw new AppError('TALK.DATE_OUT_OF_RANGE', `谈话日期早于 ${earliest}，超出可补录的范围（本年和上一年）`, 400, { field: 'talkDate' });
  if (b.talkDate > addYears(today, 1)) throw new AppError('TALK.DATE_OUT_OF_RANGE', '计划谈话的日期不能超过一年以后', 400, { field: 'talkDate' });
  authorizeTalk(auth, 'record', b);
  const { talkerIds, subjectIds, confirmDuplicate, ...fields } = b;
  const refuse = confirmDuplicate ? null : { talkerIds, subjectIds };
  // The people it names and the roster around its subjects (第六条), with the new talk's id, read in one statement.
  const { named, roster, newId } = await readTalkForm(db, auth.institutionId, today, b, { newId: true });
  checkPersons(named, [
    { ids: talkerIds, field: 'talkerIds', activeOnly: true },
    { ids: subjectIds, field: 'subjectIds', activeOnly: false },
    { ids: b.recorderPersonId ? [b.recorderPersonId] : [], field: 'recorderPersonId', activeOnly: true },
  ]);
  const warnings = responsibilityWarnings(subjectsWithoutResponsibleTalker(policy, roster, talkerIds, subjectIds, today));
  const id = newId!;
  const notes = { keyPoints: seal(talk.keyPoints, id, fields.keyPoints), preparationNotes: seal(talk.preparationNotes, id, fields.preparationNotes), followUps: seal(talk.followUps, id, fields.followUps) };
  const values = { ...fields, ...notes, id, institutionId: auth.institutionId, recorderPersonId: b.recorderPersonId ?? auth.personId, createdBy: auth.accountId };
  const participants = [...talkerIds.map((personId) => ({ personId, role: 'talker' })), ...subjectIds.map((personId) => ({ personId, role: 'subject' }))];
  await recordTalkCommand(db, req, values, participants, refuse, {
    action: b.status === 'held' ? 'talk.record' : 'talk.schedule',
    entityType: 'talk',
    entityId: id,
    after: { kind: b.kind, form: b.form, talkDate: b.talkDate, talkerIds, subjectIds, warnings: warnings.map((w) => w.code) },
  });
  return { id, warnings };
}
