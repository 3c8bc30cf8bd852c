import type { Db } from '../db/client';
import type { Pack } from '../policy/pack-schema';
import type { AppConfig } from '../../config';
import type { Clock } from '../shared/clock';

/** What route plugins need: the database, the loaded policy packs and the configuration. */
export interface AppDeps {
  db: Db;
  packs: ReadonlyMap<string, Pack>;
  config: AppConfig;
  /** The app's clock for "today" (shared/clock.ts); by default the one the configuration asks for (CADRE_TODAY). */
  clock?: Clock;
}
