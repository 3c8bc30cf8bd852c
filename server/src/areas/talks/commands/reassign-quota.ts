import { talkAssignment } from '../../../core/db/schema';
import type { DutyReassigner } from '../../../core/duties/registry';
import { assignmentOf } from '../queries/assignments';
import { isTalkQuota } from '../duties/talk-quota';

/**
 * 指定谈话人 from 应办事项 (第六条 特殊情况), as POST /api/talk-assignments does: a staff member's annual talk, or a
 * subject nobody is responsible for, passes to the named talker by a talk assignment of the duty's year. The talks of
 * the leadership and of a leader with the middle cadres overseen follow from posts and oversight, and are refused.
 * Runs in the batch's transaction; a refusal writes nothing.
 */
export const reassignTalkQuota: DutyReassigner = async (tx, ctx, d, to) => {
  if (!isTalkQuota(d) || d.subjectPersonId === undefined || (d.detail.required !== undefined && d.detail.relation !== 'middle_staff'))
    return { ok: false, code: 'TALK.NOT_REASSIGNABLE', message: '院领导班子成员之间、院领导与所分管（联系）部门中层干部之间的谈话由任职和分管关系确定，不能指定他人谈话' };
  if (d.subjectPersonId === to.personId) return { ok: false, code: 'TALK.SELF', message: '谈话人与谈话对象不能是同一人' };
  const year = d.detail.year;
  if (await assignmentOf(tx, ctx.institutionId, d.subjectPersonId, year)) return { ok: false, code: 'TALK.ASSIGNMENT_EXISTS', message: `${year} 年已为该对象指定了谈话人` };
  const [row] = await tx
    .insert(talkAssignment)
    .values({ institutionId: ctx.institutionId, talkerPersonId: to.personId, subjectPersonId: d.subjectPersonId, year, reason: to.reason, createdBy: ctx.accountId })
    .returning({ id: talkAssignment.id });
  return { ok: true, wrote: { talkAssignmentId: row.id, subjectPersonId: d.subjectPersonId, year } };
};
