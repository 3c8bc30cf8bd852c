import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { incentivesPolicy } from '../../incentives';
import { talksPolicy } from '../policy';
import { heldTenures, responsibilitiesOn } from '../facts';
import type { RosterAround } from './talk-form';

/** A subject none of the talkers is responsible for (第六条), with the article that says who is. */
export interface Unanswered {
  subjectPersonId: number;
  subjectName: string;
  article: string | undefined;
}

/**
 * 第六条: the subjects for whom none of the talkers is responsible (nor named by the organization department this year),
 * from the roster around the subjects (`readTalkForm`). Only the roster is needed: the year's talks and occasions do
 * not decide who is responsible. Pure.
 */
export function subjectsWithoutResponsibleTalker(policy: EffectivePolicy, roster: RosterAround, talkerIds: number[], subjectIds: number[], asOf: string): Unanswered[] {
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
  const { names, held } = heldTenures(roster.people, roster.tenures);
  const resp = new Map(responsibilitiesOn(held, names, asOf, gap, roster.oversights, roster.assignments).map((r) => [r.subjectId, r]));
  const article = policy.param(talksPolicy, 'talks.responsibility', asOf).source.citation ?? undefined;
  return subjectIds
    .filter((s) => !resp.get(s)?.talkerIds.some((t) => talkerIds.includes(t)))
    .map((s) => ({ subjectPersonId: s, subjectName: names.get(s) ?? '该对象', article }));
}
