import type { AreaManifest } from '../../core/area';
import { interviewsPolicy } from './policy';
import { interviewPlanningRoutes } from './http/planning.routes';
import { interviewRoutes } from './http/interviews.routes';
import { interviewPlanRoutes } from './http/plans.routes';
import { writtenInquiryRoutes } from './http/inquiries.routes';
import { interviewStatisticsRoutes } from './http/statistics.routes';
import { interviewExportRoutes } from './http/exports.routes';
import { interviewListExportRoutes } from './http/list-export.routes';
import { interviewCampaignDeriver, interviewPlanApprovalDeriver, interviewPlanDeriver, interviewStatisticsDeriver, interviewWorkDeriver, writtenInquiryDeriver } from './duties';
import { loadInterviewFacts } from './facts';
import { interviewRecordsImport } from './records-import';

/** 干部约谈: the area's routes and the duty kinds it derives (registered by areas/index.ts). */
export const interviewsArea: AreaManifest = {
  name: 'interviews',
  policy: interviewsPolicy,
  title: '干部约谈',
  routes: [interviewPlanningRoutes, interviewRoutes, interviewPlanRoutes, writtenInquiryRoutes, interviewStatisticsRoutes, interviewExportRoutes, interviewListExportRoutes],
  derivers: [
    { deriver: interviewCampaignDeriver, load: loadInterviewFacts },
    { deriver: interviewPlanDeriver, load: loadInterviewFacts },
    { deriver: interviewWorkDeriver, load: loadInterviewFacts, step: true },
    { deriver: writtenInquiryDeriver, load: loadInterviewFacts, step: true },
    { deriver: interviewPlanApprovalDeriver, load: loadInterviewFacts, step: true },
    { deriver: interviewStatisticsDeriver, load: loadInterviewFacts },
  ],
  imports: [interviewRecordsImport],
};
