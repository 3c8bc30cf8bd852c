import type { ErrorCode } from '../../../core/shared/error-codes';
/** What a talk record must satisfy (scitc-2025 附件1 第七条、第十条). Pure: returns the problems, in Chinese. */
export interface TalkDraft {
  form: string;
  status: 'scheduled' | 'held';
  talkDate: string;
  talkTime?: string | null;
  place?: string | null;
  keyPoints?: string | null;
  talkerIds: number[];
  subjectIds: number[];
}

export interface RuleProblem {
  code: ErrorCode;
  message: string;
  field: string;
  article?: string;
}

export function checkTalk(d: TalkDraft, today: string, citations: { record: string | null; forms: string | null }): RuleProblem[] {
  const p: RuleProblem[] = [];
  const both = d.talkerIds.filter((id) => d.subjectIds.includes(id));
  if (both.length) p.push({ code: 'TALK.SELF', field: 'subjectIds', message: '谈话人与谈话对象不能是同一人' });
  if (d.form === 'individual' && d.subjectIds.length !== 1)
    p.push({ code: 'TALK.INDIVIDUAL_ONE_SUBJECT', field: 'subjectIds', message: '个别谈只能有一名谈话对象；多人请选择集体谈', article: citations.forms ?? undefined });
  if (d.form === 'group' && d.subjectIds.length < 2)
    p.push({ code: 'TALK.GROUP_SUBJECTS', field: 'subjectIds', message: '集体谈应有两名及以上谈话对象', article: citations.forms ?? undefined });
  if (d.status === 'held') {
    if (d.talkDate > today) p.push({ code: 'TALK.HELD_IN_FUTURE', field: 'talkDate', message: `谈话日期 ${d.talkDate} 在今天之后，不能登记为已谈；可先登记为计划谈话` });
    const missing = [
      !d.talkTime && ['talkTime', '时间'],
      !d.place?.trim() && ['place', '地点'],
      !d.keyPoints?.trim() && ['keyPoints', '内容要点'],
    ].filter(Boolean) as [string, string][];
    for (const [field, label] of missing)
      p.push({ code: 'TALK.RECORD_INCOMPLETE', field, message: `已谈的谈话须记录${label}`, article: citations.record ?? undefined });
  } else if (d.talkDate < today) {
    p.push({ code: 'TALK.PLANNED_IN_PAST', field: 'talkDate', message: `计划谈话的日期 ${d.talkDate} 已过；已经谈过的请登记为已谈` });
  }
  return p;
}
