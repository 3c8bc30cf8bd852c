import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { talk, talkParticipant } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';
import type { AuthContext } from '../../../core/auth/context';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { PolicyKey } from '../../../core/policy/policy-keys';
import { talksPolicy } from '../policy';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { addYears, todayIso } from '../../../core/shared/dates';
import { nextId, seal } from '../../../core/db/sealed';
import { checkTalk } from '../rules/talk-rules';
import { subjectsWithoutResponsibleTalker } from '../queries/responsibility';
import { authorizeTalk } from '../access';
import { refuseDuplicate } from '../queries/talks.repository';
import { assertPersons } from '../queries/people';
import type { talkCreate, warningOut } from '../http/talks.schema';

type Warning = z.infer<typeof warningOut>;

/** 第六条: a warning for each subject none of the talkers is responsible for; the talk is saved all the same. */
async function responsibilityWarnings(ex: Executor, policy: EffectivePolicy, auth: AuthContext, talkerIds: number[], subjectIds: number[], asOf: string): Promise<Warning[]> {
  const unanswered = await subjectsWithoutResponsibleTalker(ex, policy, auth.institutionId, talkerIds, subjectIds, asOf);
  return unanswered.map((u) => ({
    code: 'TALK.NOT_RESPONSIBLE',
    message: `谈话人不负责与${u.subjectName}谈心谈话，本次谈话已保存，但不计入年度谈话次数；如属特殊情况，请党委组织部指定谈话人`,
    article: u.article,
  }));
}

/**
 * 登记谈话 (held or planned): the form's rules (第十条 what a record holds, 第七条 its forms), the date window, then who may record
 * it (access.ts `record`), the people it names; stored with its participants in one transaction, refusing a second
 * entry of the same talk unless confirmed. Recording with a talker who is not responsible saves with a warning.
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
  // The checks below read independent facts: they run at once (a failing check still decides the answer).
  const warningsLoading = responsibilityWarnings(db, policy, auth, b.talkerIds, b.subjectIds, today);
  warningsLoading.catch(() => undefined);
  const persons = assertPersons(db, auth.institutionId, [
    { ids: b.talkerIds, field: 'talkerIds', activeOnly: true },
    { ids: b.subjectIds, field: 'subjectIds', activeOnly: false },
    { ids: b.recorderPersonId ? [b.recorderPersonId] : [], field: 'recorderPersonId', activeOnly: true },
  ]);
  persons.catch(() => undefined);
  await persons;
  const warnings = await warningsLoading;
  const id = await runCommand(db, req, async (tx) => {
    if (!b.confirmDuplicate) await refuseDuplicate(tx, auth.institutionId, b);
    const { talkerIds, subjectIds, confirmDuplicate: _c, ...fields } = b;
    const newId = await nextId(tx, talk);
    const notes = { keyPoints: seal(talk.keyPoints, newId, fields.keyPoints), preparationNotes: seal(talk.preparationNotes, newId, fields.preparationNotes), followUps: seal(talk.followUps, newId, fields.followUps) };
    const values = { ...fields, ...notes, id: newId, institutionId: auth.institutionId, recorderPersonId: b.recorderPersonId ?? auth.personId, createdBy: auth.accountId };
    const [row] = await tx.insert(talk).overridingSystemValue().values(values).returning({ id: talk.id });
    await tx.insert(talkParticipant).values([...talkerIds.map((personId) => ({ talkId: row.id, personId, role: 'talker' })), ...subjectIds.map((personId) => ({ talkId: row.id, personId, role: 'subject' }))]);
    return {
      result: row.id,
      audit: { action: b.status === 'held' ? 'talk.record' : 'talk.schedule', entityType: 'talk', entityId: row.id, after: { kind: b.kind, form: b.form, talkDate: b.talkDate, talkerIds, subjectIds, warnings: warnings.map((w) => w.code) } },
    };
  });
  return { id, warnings };
}
