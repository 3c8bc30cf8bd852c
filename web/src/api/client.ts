import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { citationText, withCitationNames } from '../citations';

/** The API client, typed from the server's OpenAPI document (see `npm run api:types`). */
export const api = createClient<paths>({ baseUrl: '' });

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly article?: string,
  ) {
    super(message);
  }
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an API answer: the data, or an ApiError carrying the server's Chinese message and article. */
export async function call<T>(p: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await p;
  if (response.ok && data !== undefined) return data;
  const e = (error as { error?: { code: string; message: string; field?: string; article?: string } } | undefined)?.error;
  if (response.status === 401) window.dispatchEvent(new CustomEvent('auth:expired', { detail: e?.message }));
  throw new ApiError(response.status, e?.code ?? 'HTTP', e?.message ?? `请求失败（${response.status}）`, e?.field, e?.article);
}

export const errorText = (err: unknown) =>
  err instanceof ApiError ? `${withCitationNames(err.message)}${err.article ? `（依据：${citationText(err.article)}）` : ''}` : err instanceof Error ? err.message : String(err);
