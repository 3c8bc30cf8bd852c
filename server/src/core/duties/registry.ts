import type { Executor } from '../db/client';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { Deriver } from './types';
import { rotationDeriver } from '../../areas/incentives/duties/rotation';
import { talkQuotaDeriver } from '../../areas/talks/duties/talk-quota';
import { talkOccasionDeriver } from '../../areas/talks/duties/talk-occasion';
import { talkSituationDeriver } from '../../areas/talks/duties/talk-situation';
import { loadRotationFacts } from '../../areas/incentives/facts/rotation';
import { loadTalkFacts } from '../../areas/talks/facts';
import { loadSidelineFacts } from '../../areas/sidelines/facts';
import { loadToleranceFacts } from '../../areas/tolerance/facts';
import { loadInterviewFacts } from '../../areas/interviews/facts';
import { loadAppraisalFacts } from '../../areas/incentives/facts/appraisal';
import { dutyReportDeriver } from '../../areas/incentives/duties/appraisal';
import { loadIncentiveFacts } from '../../areas/incentives/facts/incentives';
import { careVisitDeriver, inactionDeriver, trainingHoursDeriver } from '../../areas/incentives/duties/incentives';
import { loadExperienceFacts } from '../../areas/incentives/facts/experience';
import { experienceDeriver } from '../../areas/incentives/duties/experience';
import { interviewCampaignDeriver, interviewPlanDeriver, interviewStatisticsDeriver, interviewWorkDeriver, writtenInquiryDeriver } from '../../areas/interviews/duties';
import { toleranceStepDeriver } from '../../areas/tolerance/duties/tolerance-steps';
import { toleranceFollowThroughDeriver } from '../../areas/tolerance/duties/tolerance-followthrough';
import { sidelineReviewDeriver } from '../../areas/sidelines/duties/sideline-review';
import { sidelinePayDeriver, sidelinePostChangeDeriver, sidelineReportDeriver, sidelineTermDeriver } from '../../areas/sidelines/duties/sideline-watch';

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
