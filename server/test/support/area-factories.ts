import { nextIds, seal } from '../../src/core/db/sealed';
import { outsideOrg, sideline, talk, talkParticipant } from '../../src/core/db/schema';
import { usccCheckChar } from '../../src/areas/sidelines/rules/uscc';
import { addYears } from '../../src/core/shared/dates';
import { daysAgo, touch, type College } from './factories';

/** Area rows for factory-built tests (see factories.ts): talks, outside organizations, sideline posts held. */

let seq = 0;

/**
 * Creates: one talk (routine, individual unless more than one subject) between the talkers and subjects, held
 * TEST_TODAY − 10 days at 15:00 in 学院会议室 with key points (sealed, as the app stores them), recorded by the first
 * talker; `status: 'scheduled'` leaves time, place and key points empty.
 */
export async function newTalk(
  c: College,
  opts: { talkerIds: number[]; subjectIds: number[]; status?: 'held' | 'scheduled'; talkDate?: string; kind?: string; keyPoints?: string; createdBy?: number },
) {
  const status = opts.status ?? 'held';
  const held = status === 'held';
  const [id] = await nextIds(c.db, talk, 1);
  await c.db
    .insert(talk)
    .overridingSystemValue()
    .values({
      id,
      institutionId: c.id,
      kind: opts.kind ?? 'routine',
      form: opts.subjectIds.length > 1 ? 'group' : 'individual',
      status,
      talkDate: opts.talkDate ?? daysAgo(10),
      talkTime: held ? '15:00' : null,
      place: held ? '学院会议室' : null,
      keyPoints: seal(talk.keyPoints, id, held ? (opts.keyPoints ?? '了解思想、工作和生活情况，肯定成绩，指出不足') : null),
      recorderPersonId: opts.talkerIds[0],
      createdBy: opts.createdBy ?? 0,
    });
  await c.db.insert(talkParticipant).values([
    ...opts.talkerIds.map((personId) => ({ talkId: id, personId, role: 'talker' })),
    ...opts.subjectIds.map((personId) => ({ talkId: id, personId, role: 'subject' })),
  ]);
  await touch(c);
  return { id };
}

/** A valid 统一社会信用代码 (GB 32100), different each call. */
export function newUscc(): string {
  const body = `5134010010${String(1000000 + ++seq).slice(1)}X`.slice(0, 17);
  return body + usccCheckChar(body);
}

/** Creates: one outside organization (an association in the cadre's field, registered with a valid code, unless told). */
export async function newOutsideOrg(c: College, opts: { name?: string; kind?: string; relatedField?: boolean; foreignBackground?: boolean; hostileBackground?: boolean } = {}) {
  const n = ++seq;
  const [row] = await c.db
    .insert(outsideOrg)
    .values({
      institutionId: c.id,
      name: opts.name ?? `测试学会${n}`,
      kind: opts.kind ?? 'association',
      uscc: opts.kind === 'international_academic' || opts.kind === 'academic_journal' ? null : newUscc(),
      relatedField: opts.relatedField ?? true,
      foreignBackground: opts.foreignBackground ?? false,
      hostileBackground: opts.hostileBackground ?? false,
      createdBy: 0,
    })
    .returning();
  await touch(c);
  return row;
}

/**
 * Creates: one outside post the person holds (registered, active, with terms) in the organization (a new association
 * unless told): 理事, first term, begun a year ago for five years, approved for `approvedRank` (middle_chief unless told);
 * with `endedOn`, resigned and its end registered on that day.
 */
export async function newSideline(
  c: College,
  opts: { personId: number; orgId?: number; postTitle?: string; startDate?: string; endDate?: string | null; approvedRank?: string; hasTerms?: boolean; registeredAt?: string; endedOn?: string },
) {
  const orgId = opts.orgId ?? (await newOutsideOrg(c)).id;
  const startDate = opts.startDate ?? daysAgo(365);
  const [row] = await c.db
    .insert(sideline)
    .values({
      institutionId: c.id,
      personId: opts.personId,
      orgId,
      postTitle: opts.postTitle ?? '理事',
      hasTerms: opts.hasTerms ?? true,
      startDate,
      endDate: opts.endDate === undefined ? addYears(startDate, 5) : opts.endDate,
      firstHeldSince: startDate,
      approvedRank: opts.approvedRank ?? 'middle_chief',
      registeredAt: opts.registeredAt ?? startDate,
      registrationNo: `兼职备〔${startDate.slice(0, 4)}〕${seq}号`,
      ...(opts.endedOn ? { status: 'ended', endKind: 'resigned', endedOn: opts.endedOn, endRegisteredAt: opts.endedOn } : {}),
    })
    .returning();
  await touch(c);
  return row;
}

