import { z } from 'zod';
import { optText } from '../../../core/http/text-fields';
import { isoDate } from '../../../core/http/iso-date';
import { idField, idQuery, pageQuery } from '../../../core/http/ids';

export const TALK_KINDS = ['review', 'appointment', 'removal', 'retirement', 'routine', 'reminder_talk', 'other'] as const;
export const TALK_FORMS = ['individual', 'group'] as const;
/** 第五条 occasions a talk may answer. */
export const TALK_OCCASIONS = ['deviation', 'post_change', 'major_event', 'team_conflict', 'weak_appraisal', 'tendency', 'before_life_meeting', 'own_request', 'major_project', 'other'] as const;

const ids = z.array(idField()).min(1, '至少选择一人').max(200);

export const talkCreate = z.object({
  kind: z.enum(TALK_KINDS, '谈话种类取值不正确').describe('谈话种类'),
  form: z.enum(TALK_FORMS, '谈话方式应为个别谈或集体谈').describe('谈话方式'),
  status: z.enum(['scheduled', 'held'], '状态应为计划或已谈').describe('状态'),
  talkDate: isoDate.describe('谈话日期'),
  talkTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为 24 小时制时间，如 15:30').nullish().transform((v) => v || null).describe('谈话时间'),
  place: optText(100).describe('谈话地点'),
  keyPoints: optText(5000).describe('内容要点'),
  preparationNotes: optText(3000).describe('谈话前准备'),
  occasion: z.enum(TALK_OCCASIONS, '谈话情形取值不正确').nullish().transform((v) => v ?? null).describe('谈话情形'),
  followUps: optText(2000).describe('后续跟进'),
  talkerIds: ids.describe('谈话人'),
  subjectIds: ids.describe('谈话对象'),
  recorderPersonId: idField().nullish().transform((v) => v ?? null).describe('记录人'),
  /** Set after the user has seen the possible-duplicate warning and confirmed. */
  confirmDuplicate: z.boolean().default(false),
});

export const talkHold = z.object({
  talkDate: isoDate.describe('谈话日期'),
  talkTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为 24 小时制时间，如 15:30').describe('谈话时间'),
  place: z.string().trim().min(1, '不能为空').max(100).describe('谈话地点'),
  keyPoints: z.string().trim().min(1, '不能为空').max(5000).describe('内容要点'),
  followUps: optText(2000).describe('后续跟进'),
});

export const talkListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  personId: idQuery().optional(),
  kind: z.enum(TALK_KINDS).optional(),
  status: z.enum(['scheduled', 'held', 'cancelled']).optional(),
  scope: z.enum(['mine', 'all']).default('mine'),
  subject: z.string().trim().max(50, '搜索词不能超过 50 个字').optional().describe('谈话对象姓名（包含即可）'),
  page: pageQuery,
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const personRef = z.object({ id: z.number(), name: z.string() });
export const talkOut = z.object({
  id: z.number(),
  kind: z.string(),
  form: z.string(),
  status: z.string(),
  talkDate: z.string(),
  talkTime: z.string().nullable(),
  place: z.string().nullable(),
  occasion: z.string().nullable(),
  talkers: z.array(personRef),
  subjects: z.array(personRef),
  recorder: personRef.nullable(),
  /** Confidential parts: present only for talkers, the organization department and the Party secretary. */
  keyPoints: z.string().nullable().optional(),
  preparationNotes: z.string().nullable().optional(),
  followUps: z.string().nullable().optional(),
  notesVisible: z.boolean(),
});

export const warningOut = z.object({ code: z.string(), message: z.string(), article: z.string().optional() });

/** What the form knows once the talkers and subjects are picked: checked before saving, nothing stored. */
export const talkCheck = talkCreate.pick({ talkerIds: true, subjectIds: true });
export const talkCheckOut = z.object({
  unanswered: z.array(z.object({ subjectPersonId: z.number(), subjectName: z.string(), message: z.string(), article: z.string().optional() })).describe('谈话人不负责与之谈话的对象（第六条）'),
  mayAssign: z.boolean().describe('本人能否在此指定谈话人（党委组织部）'),
});

export const assignmentCreate = z.object({
  talkerPersonId: idField().describe('谈话人'),
  subjectPersonId: idField().describe('谈话对象'),
  year: z.number().int().min(2000).max(2100).describe('年度'),
  reason: z.string().trim().min(4, '请写明指定理由（至少 4 个字）').max(300).describe('指定理由'),
});
