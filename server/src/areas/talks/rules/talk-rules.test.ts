import { describe, expect, it } from 'vitest';
import { checkTalk, type TalkDraft } from './talk-rules';

const cites = { record: 'scitc-2025 附件1 第十条', forms: 'scitc-2025 附件1 第七条' };
const ok: TalkDraft = { form: 'individual', status: 'held', talkDate: '2026-11-20', talkTime: '15:00', place: '党委组织部会议室', keyPoints: '了解思想和工作情况', talkerIds: [1], subjectIds: [2] };
const codes = (d: Partial<TalkDraft>) => checkTalk({ ...ok, ...d }, '2026-11-22', cites).map((p) => `${p.code}${p.article ? ` @${p.article}` : ''}`);

describe('a talk record (scitc-2025 附件1)', () => {
  it.each<[string, Partial<TalkDraft>, string[]]>([
    ['a complete held talk passes', {}, []],
    ['第十条: a held talk needs its time', { talkTime: null }, ['TALK.RECORD_INCOMPLETE @scitc-2025 附件1 第十条']],
    ['第十条: a held talk needs its place', { place: ' ' }, ['TALK.RECORD_INCOMPLETE @scitc-2025 附件1 第十条']],
    ['第十条: a held talk needs its key points', { keyPoints: '' }, ['TALK.RECORD_INCOMPLETE @scitc-2025 附件1 第十条']],
    ['a talk dated in the future cannot be recorded as held', { talkDate: '2026-11-23' }, ['TALK.HELD_IN_FUTURE']],
    ['a planned talk may lack time, place and key points', { status: 'scheduled', talkDate: '2026-12-01', talkTime: null, place: null, keyPoints: null }, []],
    ['a planned talk cannot be dated in the past', { status: 'scheduled', talkDate: '2026-11-01' }, ['TALK.PLANNED_IN_PAST']],
    ['talker and subject cannot be the same person', { subjectIds: [1] }, ['TALK.SELF']],
    ['第七条: an individual talk has one subject', { subjectIds: [2, 3] }, ['TALK.INDIVIDUAL_ONE_SUBJECT @scitc-2025 附件1 第七条']],
    ['第七条: a group talk has two or more subjects', { form: 'group', subjectIds: [2] }, ['TALK.GROUP_SUBJECTS @scitc-2025 附件1 第七条']],
  ])('%s', (_, d, expected) => {
    expect(codes(d)).toEqual(expected);
  });
});
