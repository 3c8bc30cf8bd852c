import type { AreaManifest } from '../../core/area';
import { sidelinesPolicy } from './policy';
import { sidelineApplicationsRoutes } from './http/applications.routes';
import { sidelinesRoutes } from './http/sidelines.routes';
import { sidelineExportsRoutes } from './http/exports.routes';
import { sidelineApplicationExportRoutes } from './http/application-export.routes';
import { sidelineReviewDeriver } from './duties/sideline-review';
import { loadSidelineFacts } from './facts';
import { heldPostsImport } from './held-posts-import';
import { sidelinePayDeriver, sidelinePostChangeDeriver, sidelineReportDeriver, sidelineTermDeriver } from './duties/sideline-watch';

/** 兼职管理: the area's routes and the duty kinds it derives (registered by areas/index.ts). */
export const sidelinesArea: AreaManifest = {
  name: 'sidelines',
  policy: sidelinesPolicy,
  title: '兼职管理',
  routes: [sidelineApplicationsRoutes, sidelinesRoutes, sidelineExportsRoutes, sidelineApplicationExportRoutes],
  derivers: [
    { deriver: sidelineReviewDeriver, load: loadSidelineFacts, step: true },
    { deriver: sidelineTermDeriver, load: loadSidelineFacts },
    { deriver: sidelineReportDeriver, load: loadSidelineFacts },
    { deriver: sidelinePayDeriver, load: loadSidelineFacts },
    { deriver: sidelinePostChangeDeriver, load: loadSidelineFacts },
  ],
  imports: [heldPostsImport],
};
