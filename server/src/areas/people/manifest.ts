import type { AreaManifest } from '../../core/area';
import { peopleRoutes } from './http/people.routes';
import { departmentsRoutes } from './http/departments.routes';
import { appointmentsRoutes } from './http/appointments.routes';
import { personalDataRoutes } from './http/personal-data.routes';
import { rosterImportRoutes } from './http/roster-import.routes';
import { lrmxRoutes } from './http/lrmx.routes';
import { personalFieldRoutes } from './http/personal-field.routes';

/** 干部人事（花名册）: the area's routes (registered by areas/index.ts); the roster's own duties are derived by the areas whose rules create them. */
export const peopleArea: AreaManifest = {
  name: 'people',
  title: '干部人事（花名册）',
  routes: [peopleRoutes, departmentsRoutes, appointmentsRoutes, personalDataRoutes, rosterImportRoutes, lrmxRoutes, personalFieldRoutes],
  derivers: [
  ],
};
