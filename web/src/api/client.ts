import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { citationText, withCitationNames } from '../citations';

/** The API client, typed from the server's OpenAPI document (see `npm run api:types`). */
export const api = createClient<paths>({ baseUrl: '' });

/** Every code an error body can carry, as the server registers it (`server/src/core/shared/error-codes`). */
export type ErrorCode = components['schemas']['ErrorCode'];
type ErrorBody = components['responses']['Error']['content']['application/json'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** `HTTP` when the answer carried no error body (a proxy's page, a lost connection). */
    readonly code: ErrorCode | 'HTTP',
    message: string,
    readonly field?: string,
    readonly article?: string,
  ) {
    super(message);
  }
}

/** Every route's refusals are error bodies in the OpenAPI document, so openapi-fetch types `error` as one. */
type Result<T> = { data?: T; error?: ErrorBody; response: Response };

/** Unwraps an API answer: the data, or an ApiError carrying the server's Chinese message and article. */
export async function call<T>(p: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await p;
  if (response.ok && data !== undefined) return data;
  const e = error?.error;
  if (response.status === 401) window.dispatchEvent(new CustomEvent('auth:expired', { detail: e?.message }));
  throw new ApiError(response.status, e?.code ?? 'HTTP', e?.message ?? `请求失败（${response.status}）`, e?.field, e?.article);
}

/** Whether an error is the server's refusal with one of these codes (typed: a code the server never sends fails to compile). */
export const isError = (err: unknown, ...codes: ErrorCode[]): err is ApiError & { code: ErrorCode } => err instanceof ApiError && codes.some((c) => c === err.code);

export const errorText = (err: unknown) =>
  err instanceof ApiError ? `${withCitationNames(err.message)}${err.article ? `（依据：${citationText(err.article)}）` : ''}` : err instanceof Error ? err.message : String(err);
