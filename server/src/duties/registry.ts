import type { Executor } from '../db/client';
import type { Deriver } from './types';
import { rotationDeriver } from './derivers/rotation';
import { loadRotationFacts } from './loaders/rotation.loader';

/** A deriver with the loader that fetches its facts. Later areas add their entries here. */
export interface RegisteredDeriver {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  deriver: Deriver<any>;
  load(ex: Executor, institutionId: number, asOf: string): Promise<unknown>;
}

export const DERIVERS: RegisteredDeriver[] = [{ deriver: rotationDeriver, load: loadRotationFacts }];

export const DUTY_KIND_LABELS: Record<string, string> = Object.fromEntries(DERIVERS.map((d) => [d.deriver.kind, d.deriver.label]));
