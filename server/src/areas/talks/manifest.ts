import type { AreaManifest } from '../../core/area';
import { talksPolicy } from './policy';
import { talksRoutes } from './http/talks.routes';
import { completionRoutes } from './http/completion.routes';
import { occasionsRoutes } from './http/occasions.routes';
import { talkExportsRoutes } from './http/exports.routes';
import { talkListExportRoutes } from './http/list-export.routes';
import { talkQuotaDeriver } from './duties/talk-quota';
import { loadTalkFacts } from './facts';
import { reassignTalkQuota } from './commands/reassign-quota';
import { talkOccasionDeriver } from './duties/talk-occasion';
import { talkSituationDeriver } from './duties/talk-situation';
import { talkRecordsImport } from './talk-records-import';

/** 谈心谈话: the area's routes and the duty kinds it derives (registered by areas/index.ts). */
export const talksArea: AreaManifest = {
  name: 'talks',
  policy: talksPolicy,
  title: '谈心谈话',
  routes: [talksRoutes, completionRoutes, occasionsRoutes, talkExportsRoutes, talkListExportRoutes],
  derivers: [
    { deriver: talkQuotaDeriver, load: loadTalkFacts, reassign: reassignTalkQuota },
    { deriver: talkOccasionDeriver, load: loadTalkFacts },
    { deriver: talkSituationDeriver, load: loadTalkFacts },
  ],
  imports: [talkRecordsImport],
};
