import type { AreaManifest } from '../../core/area';
import { incentivesPolicy } from './policy';
import { appraisalRoutes } from './http/appraisal.routes';
import { appraisalBatchRoutes } from './http/appraisal-batch.routes';
import { trainingRoutes } from './http/training.routes';
import { careRoutes } from './http/care.routes';
import { reserveRoutes } from './http/reserve.routes';
import { inactionRoutes } from './http/inaction.routes';
import { profileRoutes } from './http/profile.routes';
import { commendationRoutes } from './http/commendation.routes';
import { rotationDeriver } from './duties/rotation';
import { loadRotationFacts } from './facts/rotation';
import { dutyReportDeriver } from './duties/appraisal';
import { loadAppraisalFacts } from './facts/appraisal';
import { careVisitDeriver, inactionDeriver, trainingHoursDeriver } from './duties/incentives';
import { loadIncentiveFacts } from './facts/incentives';
import { experienceDeriver } from './duties/experience';
import { loadExperienceFacts } from './facts/experience';
import { reserveReviewDeriver } from './duties/reserve-review';
import { loadReserveFacts } from './facts/reserve';
import { trainingRecordsImport } from './training-import';
import { reservePoolImport } from './reserve-import';
import { appraisalResultsImport } from './appraisal-import';

/** 激励担当作为: the area's routes and the duty kinds it derives (registered by areas/index.ts). */
export const incentivesArea: AreaManifest = {
  name: 'incentives',
  policy: incentivesPolicy,
  title: '激励担当作为',
  routes: [appraisalRoutes, appraisalBatchRoutes, trainingRoutes, careRoutes, reserveRoutes, inactionRoutes, profileRoutes, commendationRoutes],
  derivers: [
    { deriver: rotationDeriver, load: loadRotationFacts },
    { deriver: dutyReportDeriver, load: loadAppraisalFacts },
    { deriver: trainingHoursDeriver, load: loadIncentiveFacts },
    { deriver: careVisitDeriver, load: loadIncentiveFacts },
    { deriver: inactionDeriver, load: loadIncentiveFacts },
    { deriver: experienceDeriver, load: loadExperienceFacts },
    { deriver: reserveReviewDeriver, load: loadReserveFacts, step: true },
  ],
  imports: [trainingRecordsImport, reservePoolImport, appraisalResultsImport],
};
