import type { CodeTable } from './entry';

/** Codes of 谈心谈话. */
export const TALK_CODES = {
  'TALK.ASSIGNMENT_EXISTS': [409, '该年度已为该对象指定了谈话人'],
  'TALK.DATE_OUT_OF_RANGE': [400, '谈话日期超出可登记的范围'],
  'TALK.GROUP_SUBJECTS': [400, '集体谈话须有多名谈话对象'],
  'TALK.HELD_IN_FUTURE': [400, '谈话日期在今天之后'],
  'TALK.INACTIVE_PERSON': [400, '谈话人已不在职'],
  'TALK.INDIVIDUAL_ONE_SUBJECT': [400, '个别谈话只能有一名谈话对象'],
  'TALK.NO_PERSON': [400, '该账号未关联人员'],
  'TALK.NOT_A_TALKER': [403, '只能登记本人作为谈话人的谈话'],
  'TALK.NOT_REASSIGNABLE': [422, '该谈话关系由制度确定，不能指定他人谈话'],
  'TALK.NOT_FOUND': [404, '谈话记录不存在或无权查看'],
  'TALK.NOT_SCHEDULED': [409, '只有计划中的谈话可以取消'],
  'TALK.OCCASION_IN_FUTURE': [400, '情形发生日期不能晚于今天'],
  'TALK.OCCASION_TOO_OLD': [400, '只能登记一年以内发生的情形'],
  'TALK.PLANNED_IN_PAST': [400, '计划谈话的日期已过'],
  'TALK.POSSIBLE_DUPLICATE': [409, '同一天已登记过与该对象的谈话'],
  'TALK.RECORD_INCOMPLETE': [400, '已谈的谈话须记录地点'],
  'TALK.REMIND_PAST_YEAR': [400, '只能提醒本年度尚未完成的谈话'],
  'TALK.REQUEST_PENDING': [409, '近期已提出过谈心谈话申请'],
  'TALK.SELF': [400, '谈话人与谈话对象不能是同一人'],
  'TALK.TALKER_WITHOUT_QUOTA': [404, '该人员在该年度没有应谈的谈心谈话'],
  'TALK.UNKNOWN_PERSON': [400, '所选谈话人不存在'],
  'TALK.YEAR_IN_FUTURE': [400, '该年度尚未开始'],
  'TALK.YEAR_BEFORE_RULES': [400, '该年度本院谈心谈话规定尚未施行'],
} as const satisfies CodeTable<'TALK'>;
