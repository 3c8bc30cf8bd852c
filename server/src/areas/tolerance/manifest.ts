import type { AreaManifest } from '../../core/area';
import { tolerancePolicy } from './policy';
import { accountabilityCaseRoutes } from './http/cases.routes';
import { caseExportRoutes } from './http/case-export.routes';
import { toleranceReviewRoutes } from './http/reviews.routes';
import { paperApplicationRoutes } from './http/paper.routes';
import { toleranceFormRoutes } from './http/forms.routes';
import { toleranceEffectsRoutes } from './http/effects.routes';
import { correctionRoutes } from './http/corrections.routes';
import { petitionRoutes } from './http/petitions.routes';
import { toleranceStepDeriver } from './duties/tolerance-steps';
import { loadToleranceFacts } from './facts';
import { toleranceFollowThroughDeriver } from './duties/tolerance-followthrough';
import { accountabilityCasesImport } from './cases-import';

/** 容错纠错: the area's routes and the duty kinds it derives (registered by areas/index.ts). */
export const toleranceArea: AreaManifest = {
  name: 'tolerance',
  policy: tolerancePolicy,
  title: '容错纠错',
  routes: [accountabilityCaseRoutes, caseExportRoutes, toleranceReviewRoutes, paperApplicationRoutes, toleranceFormRoutes, toleranceEffectsRoutes, correctionRoutes, petitionRoutes],
  derivers: [
    { deriver: toleranceStepDeriver, load: loadToleranceFacts, step: true },
    { deriver: toleranceFollowThroughDeriver, load: loadToleranceFacts },
  ],
  imports: [accountabilityCasesImport],
};
