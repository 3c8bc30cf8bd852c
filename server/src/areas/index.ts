import type { AreaManifest } from '../core/area';
import { registerDerivers } from '../core/duties/registry';
import { registerPolicyKeys } from '../core/policy/policy-keys';
import { registerImportTemplates } from '../core/imports/template';
import { peopleArea } from './people/manifest';
import { talksArea } from './talks/manifest';
import { sidelinesArea } from './sidelines/manifest';
import { toleranceArea } from './tolerance/manifest';
import { interviewsArea } from './interviews/manifest';
import { incentivesArea } from './incentives/manifest';

/**
 * The composition root of the areas: every area the product runs, in the order their routes are registered. Importing
 * this module registers their duty kinds with the core's duty engine and their policy keys with the pack loader (once).
 */
export const AREAS: readonly AreaManifest[] = [peopleArea, talksArea, sidelinesArea, toleranceArea, interviewsArea, incentivesArea];

registerDerivers(AREAS.flatMap((a) => a.derivers.map((d) => ({ ...d, area: a.title }))));
registerPolicyKeys(AREAS.flatMap((a) => (a.policy ? [a.policy] : [])));
registerImportTemplates(AREAS.flatMap((a) => a.imports ?? []));
