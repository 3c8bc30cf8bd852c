import { ERROR_STATUSES, type ErrorStatus } from './entry';
import { PLATFORM_CODES } from './platform';
import { PEOPLE_CODES } from './people';
import { TALK_CODES } from './talks';
import { SIDELINE_CODES } from './sidelines';
import { TOLERANCE_CODES } from './tolerance';
import { INTERVIEW_CODES } from './interviews';
import { INCENTIVE_CODES } from './incentives';

export { ERROR_STATUSES, type ErrorStatus } from './entry';

/**
 * Every code an error body (`{ error: { code, message, field?, article? } }`) can carry, with its status and meaning.
 * `AppError` takes only these, so a new refusal is registered here (in its area's file) or `tsc` fails; the OpenAPI
 * document lists them per status, and the web's `isError()` is typed from it.
 */
export const ERROR_CODES = {
  ...PLATFORM_CODES,
  ...PEOPLE_CODES,
  ...TALK_CODES,
  ...SIDELINE_CODES,
  ...TOLERANCE_CODES,
  ...INTERVIEW_CODES,
  ...INCENTIVE_CODES,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CODES, code);

/** The statuses a code is sent with. */
export function statusesOf(code: ErrorCode): readonly ErrorStatus[] {
  const status: ErrorStatus | readonly ErrorStatus[] = ERROR_CODES[code][0];
  return typeof status === 'number' ? [status] : status;
}

export const meaningOf = (code: ErrorCode): string => ERROR_CODES[code][1];

/** The codes sent with a status, in registry order. */
export const codesWithStatus = (status: ErrorStatus): ErrorCode[] => (Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => statusesOf(c).includes(status));

export const usedStatuses = (): ErrorStatus[] => ERROR_STATUSES.filter((s) => codesWithStatus(s).length > 0);
