import type { AuthContext } from '../../core/auth/context';
import { isPartySecretary } from '../../core/auth/roles';
import { authorizer, allows, hidden, type AccessPolicy, type Check } from '../../core/http/authorize';
import type { TalkWithPeople } from './queries/talks.repository';

/**
 * Who may do what with a talk (object level; the permission a route needs at all is its `config.access`).
 * 《谈心谈话制度》第六条 says who talks with whom: a talk is the talkers' (and the subjects') business; the organization
 * department, which names talkers in special cases (第六条) and supervises the talks (第十一条), and the Party secretary
 * see every talk of the college.
 */
export interface TalkRecords {
  /** The college's talks as a whole (the list's 全部 scope). */
  seeAll: null;
  see: TalkWithPeople;
  /** 内容要点、谈话前准备、后续跟进. */
  readNotes: TalkWithPeople;
  /** 谈心谈话记录表 (Word, PDF): it carries the notes. */
  exportRecord: TalkWithPeople;
  /** Recording a talk (held or planned) with these talkers. */
  record: { talkerIds: number[] };
  hold: TalkWithPeople;
  cancel: TalkWithPeople;
}

export const TALK_HIDDEN = hidden('谈话记录', 'TALK.NOT_FOUND');

const isOrg = (auth: AuthContext) => auth.roles.includes('org');
/** The whole college's talks: the organization department and the Party secretary. */
const seesAll = (auth: AuthContext) => isOrg(auth) || isPartySecretary(auth.posts);
const isIn = (auth: AuthContext, people: { id: number }[]) => auth.personId !== null && people.some((p) => p.id === auth.personId);

const visible: Check<TalkWithPeople> = { allow: (auth, t) => seesAll(auth) || isIn(auth, [...t.talkers, ...t.subjects]), refuse: TALK_HIDDEN };
/** The talkers and the recorder, besides those who see every talk. */
const notesReader = (auth: AuthContext, t: TalkWithPeople) => seesAll(auth) || isIn(auth, t.talkers) || (auth.personId !== null && t.recorderPersonId === auth.personId);
const talkerOrOrg = (message: string): Check<TalkWithPeople> => ({
  allow: (auth, t) => isOrg(auth) || isIn(auth, t.talkers),
  refuse: { status: 403, code: 'TALK.NOT_A_TALKER', message },
});

export const talkAccess: AccessPolicy<TalkRecords> = {
  seeAll: [{ allow: seesAll, refuse: { status: 403, code: 'AUTH.FORBIDDEN', message: '无权查看全部谈话记录' } }],
  see: [visible],
  readNotes: [visible, { allow: notesReader, refuse: { status: 403, code: 'AUTH.FORBIDDEN', message: '谈话内容要点仅谈话人、组织部、党委书记可见' } }],
  // The record sheet of a talk whose notes the caller may not read answers as an unknown one.
  exportRecord: [{ allow: notesReader, refuse: TALK_HIDDEN }],
  record: [
    {
      allow: (auth, b) => isOrg(auth) || (auth.personId !== null && b.talkerIds.includes(auth.personId)),
      refuse: { status: 403, code: 'TALK.NOT_A_TALKER', message: '只能登记本人作为谈话人的谈话；代他人登记请联系党委组织部', field: 'talkerIds' },
    },
  ],
  hold: [visible, talkerOrOrg('只有谈话人或党委组织部可以登记谈话结果')],
  cancel: [visible, talkerOrOrg('只有谈话人或党委组织部可以取消谈话')],
};

/** Refuses (404 for a talk the caller may not see, 403 for one they see but may not act on) unless the caller may. */
export const authorizeTalk = authorizer(talkAccess);
export const mayTalk = <A extends keyof TalkRecords>(auth: AuthContext, action: A, record: TalkRecords[A]) => allows(talkAccess, auth, action, record);
