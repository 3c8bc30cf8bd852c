import type { Db } from '../../../core/db/client';
import type { Pack } from '../../../core/policy/pack-schema';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { policyFor } from '../../../core/services/policy.service';
import { AppError } from '../../../core/shared/errors';
import { together } from '../../../core/db/together';
import { STATUS_LABELS } from '../../../core/duties/status';
import { talksPolicy } from '../policy';
import { GROUP_QUOTA_STRATEGY, talkerCompletion, type TalkerCompletion, type TalkerQuota } from '../rules/talker-completion';
import { yearCompletion } from './completion';
import { namesOf } from './people';

/**
 * 谈话完成情况 per talker (a person): the year's quota duties read by GROUP_QUOTA_STRATEGY, with the names and
 * departments a page and the Excel table show. One function for both, so their numbers agree.
 */
export async function talkersOfYear(db: Db, packs: ReadonlyMap<string, Pack>, institutionId: number, year: number | undefined, only?: number) {
  const { year: y, asOf, duties, departmentNames } = await yearCompletion(db, packs, institutionId, year);
  const rows = talkerCompletion(duties).filter((r) => only === undefined || r.personId === only);
  // Names of everyone shown; posts of the talkers (their department), and for one talker's page of their subjects too.
  const named = new Set<number>();
  const posted = new Set<number>();
  for (const r of rows) {
    named.add(r.personId);
    posted.add(r.personId);
    for (const q of r.quotas) {
      named.add(q.subjectPersonId);
      if (only !== undefined) posted.add(q.subjectPersonId);
      for (const t of q.talks) for (const p of t.talkerIds) named.add(p);
    }
  }
  const [names, posts, { policy }] = await together(db, [
    () => namesOf(db, institutionId, [...named]),
    // The post a person is counted in (their most senior), as the roster stood on the day the year is read at.
    () => currentPosts(db, institutionId, asOf, 0, [...posted]),
    () => policyFor(db, packs, institutionId),
  ]);
  const main = mainPosts(posts);
  const nameOf = (id: number) => names.get(id) ?? `人员${id}`;
  const personOf = (id: number, departmentId: number | null = null) => {
    const p = main.get(id);
    const dept = p?.departmentId ?? departmentId;
    return { id, name: nameOf(id), departmentId: dept, departmentName: dept === null ? null : (p?.departmentName ?? departmentNames.get(dept) ?? null), postTitle: p?.title ?? null };
  };
  const responsibilityCitation = policy.param(talksPolicy, 'talks.responsibility', asOf).source.citation;
  const quotaOf = (talker: number, q: TalkerQuota) => ({
    dutyKey: q.dutyKey,
    subject: personOf(q.subjectPersonId, q.subjectDepartmentId),
    relation: q.relation,
    required: q.required,
    held: q.held,
    status: q.status,
    statusLabel: STATUS_LABELS[q.status],
    shared: q.shared,
    heldByMe: q.heldByMe,
    dueDate: q.dueDate,
    citation: q.citation,
    recordLink: `/talks/new?subject=${q.subjectPersonId}&talker=${talker}&kind=routine`,
    talks: q.talks.map((t) => ({ id: t.id, talkDate: t.talkDate, talkers: t.talkerIds.map((p) => ({ id: p, name: nameOf(p) })), byMe: t.talkerIds.includes(talker) })),
  });
  const talker = (r: TalkerCompletion) => {
    const { quotas, personId, ...counts } = r;
    const owed = quotas.filter((q) => !q.met).map((q) => quotaOf(personId, q)).sort((a, b) => (a.subject.departmentName ?? '').localeCompare(b.subject.departmentName ?? '', 'zh') || a.subject.name.localeCompare(b.subject.name, 'zh'));
    const lastTalk = (q: { talks: { talkDate: string }[] }) => q.talks.at(-1)?.talkDate ?? '';
    const talkedWith = quotas.filter((q) => q.met).map((q) => quotaOf(personId, q)).sort((a, b) => lastTalk(b).localeCompare(lastTalk(a)) || a.subject.name.localeCompare(b.subject.name, 'zh'));
    return { person: personOf(personId), ...counts, owed, talkedWith };
  };
  return { year: y, asOf, strategy: GROUP_QUOTA_STRATEGY, responsibilityCitation, talkers: rows.map(talker) };
}

export type TalkerOfYear = Awaited<ReturnType<typeof talkersOfYear>>['talkers'][number];

/** The page's and the table's row: the talker, their counts, and the names still owed. */
export function talkerRow(t: TalkerOfYear) {
  const { person, owed, talkedWith: _t, ...counts } = t;
  return { personId: person.id, name: person.name, departmentId: person.departmentId, departmentName: person.departmentName, postTitle: person.postTitle, ...counts, owedNames: owed.map((q) => q.subject.name) };
}

/** The year's talkers, filtered by the talker's department and a part of their name; least complete first. */
export async function talkerRows(db: Db, packs: ReadonlyMap<string, Pack>, institutionId: number, opts: { year?: number; departmentId?: number; q?: string }) {
  const r = await talkersOfYear(db, packs, institutionId, opts.year);
  const q = opts.q?.trim();
  const items = r.talkers.filter((t) => (opts.departmentId === undefined || t.person.departmentId === opts.departmentId) && (!q || t.person.name.includes(q))).map(talkerRow);
  return { year: r.year, asOf: r.asOf, strategy: r.strategy, items };
}

/** One talker's year: whom they still owe and whom they have talked with; 404 for a person who owes no talk that year. */
export async function talkerOfYear(db: Db, packs: ReadonlyMap<string, Pack>, institutionId: number, personId: number, year: number | undefined) {
  const r = await talkersOfYear(db, packs, institutionId, year, personId);
  const t = r.talkers[0];
  if (!t) throw new AppError('TALK.TALKER_WITHOUT_QUOTA', `该人员在 ${r.year} 年度没有应谈的谈心谈话（不是谈话责任人，或不是本校人员）`, 404, { field: 'personId' });
  return { year: r.year, asOf: r.asOf, strategy: r.strategy, responsibilityCitation: r.responsibilityCitation, ...t };
}
