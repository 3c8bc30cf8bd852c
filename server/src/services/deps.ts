import type { Db } from '../db/client';
import type { Pack } from '../policy/pack-schema';
import type { AppConfig } from '../config';

/** What route plugins need: the database, the loaded policy packs and the configuration. */
export interface AppDeps {
  db: Db;
  packs: ReadonlyMap<string, Pack>;
  config: AppConfig;
}
