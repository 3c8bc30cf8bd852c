import type { Executor } from '../db/client';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { Deriver } from './types';
import { rotationDeriver } from './derivers/rotation';
import { talkQuotaDeriver } from './derivers/talk-quota';
import { talkOccasionDeriver } from './derivers/talk-occasion';
import { talkSituationDeriver } from './derivers/talk-situation';
import { loadRotationFacts } from './loaders/rotation.loader';
import { loadTalkFacts } from './loaders/talks.loader';
import { loadSidelineFacts } from './loaders/sidelines.loader';
import { loadToleranceFacts } from './loaders/tolerance.loader';
import { loadInterviewFacts } from './loaders/interviews.loader';
import { loadAppraisalFacts } from './loaders/appraisal.loader';
import { dutyReportDeriver } from './derivers/appraisal';
import { loadIncentiveFacts } from './loaders/incentives.loader';
import { careVisitDeriver, inactionDeriver, trainingHoursDeriver } from './derivers/incentives';
import { loadExperienceFacts } from './loaders/experience.loader';
import { experienceDeriver } from './derivers/experience';
import { interviewCampaignDeriver, interviewPlanDeriver, interviewStatisticsDeriver, interviewWorkDeriver, writtenInquiryDeriver } from './derivers/interviews';
import { toleranceStepDeriver } from './derivers/tolerance-steps';
import { toleranceFollowThroughDeriver } from './derivers/tolerance-followthrough';
import { sidelineReviewDeriver } from './derivers/sideline-review';
import { sidelinePayDeriver, sidelinePostChangeDeriver, sidelineReportDeriver, sidelineTermDeriver } from './derivers/sideline-watch';

export type FactLoader = (ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy) => Promise<unknown>;

/** A deriver with the loader that fetches its facts; derivers sharing a loader share one load per computation. */
export interface RegisteredDeriver {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  deriver: Deriver<any>;
  load: FactLoader;
}

export const DERIVERS: RegisteredDeriver[] = [
  { deriver: rotationDeriver, load: loadRotationFacts },
  { deriver: talkQuotaDeriver, load: loadTalkFacts },
  { deriver: talkOccasionDeriver, load: loadTalkFacts },
  { deriver: talkSituationDeriver, load: loadTalkFacts },
  { deriver: sidelineReviewDeriver, load: loadSidelineFacts },
  { deriver: sidelineTermDeriver, load: loadSidelineFacts },
  { deriver: sidelineReportDeriver, load: loadSidelineFacts },
  { deriver: sidelinePayDeriver, load: loadSidelineFacts },
  { deriver: sidelinePostChangeDeriver, load: loadSidelineFacts },
  { deriver: toleranceStepDeriver, load: loadToleranceFacts },
  { deriver: toleranceFollowThroughDeriver, load: loadToleranceFacts },
  { deriver: interviewCampaignDeriver, load: loadInterviewFacts },
  { deriver: interviewPlanDeriver, load: loadInterviewFacts },
  { deriver: interviewWorkDeriver, load: loadInterviewFacts },
  { deriver: writtenInquiryDeriver, load: loadInterviewFacts },
  { deriver: interviewStatisticsDeriver, load: loadInterviewFacts },
  { deriver: dutyReportDeriver, load: loadAppraisalFacts },
  { deriver: trainingHoursDeriver, load: loadIncentiveFacts },
  { deriver: careVisitDeriver, load: loadIncentiveFacts },
  { deriver: inactionDeriver, load: loadIncentiveFacts },
  { deriver: experienceDeriver, load: loadExperienceFacts },
];

export const DUTY_KIND_LABELS: Record<string, string> = Object.fromEntries(DERIVERS.map((d) => [d.deriver.kind, d.deriver.label]));
