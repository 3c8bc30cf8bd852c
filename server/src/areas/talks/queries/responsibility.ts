import type { Executor } from '../../../core/db/client';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { talksPolicy } from '../policy';
import { loadTalkRoster } from '../facts';

/** A subject none of the talkers is responsible for (第六条), with the article that says who is. */
export interface Unanswered {
  subjectPersonId: number;
  subjectName: string;
  article: string | undefined;
}

/**
 * 第六条: the subjects for whom none of the talkers is responsible (nor named by the organization department this year).
 * Only the roster is read: the year's talks and occasions are not needed to know who is responsible.
 */
export async function subjectsWithoutResponsibleTalker(ex: Executor, policy: EffectivePolicy, institutionId: number, talkerIds: number[], subjectIds: number[], asOf: string): Promise<Unanswered[]> {
  const roster = await loadTalkRoster(ex, institutionId, asOf, policy, { forSubjects: subjectIds });
  const resp = new Map(roster.responsibilities.map((r) => [r.subjectId, r]));
  const article = policy.param(talksPolicy, 'talks.responsibility', asOf).source.citation ?? undefined;
  return subjectIds
    .filter((s) => !resp.get(s)?.talkerIds.some((t) => talkerIds.includes(t)))
    .map((s) => ({ subjectPersonId: s, subjectName: roster.names.get(s) ?? '该对象', article }));
}
