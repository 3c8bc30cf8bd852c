import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './services/deps';
import type { RegisteredDeriver } from './duties/registry';
import type { PolicyKeys } from './policy/policy-keys';
import type { ImportTemplate } from './imports/template';

/**
 * An area's manifest (areas/<area>/manifest.ts): what the composition root registers — its HTTP routes and the duty
 * kinds it derives. Other areas use an area through its index.ts, never through its manifest.
 */
export interface AreaManifest {
  /** The area's folder under server/src/areas. */
  name: string;
  /** What users call the area. */
  title: string;
  routes: ReadonlyArray<(deps: AppDeps) => FastifyPluginAsyncZod>;
  derivers: readonly RegisteredDeriver[];
  /** The keys the area's policy packs state, with the type of each value (areas/<area>/policy.ts). */
  policy?: PolicyKeys;
  /** The go-live import templates of the area's ledgers (core/imports). */
  imports?: readonly ImportTemplate[];
}
