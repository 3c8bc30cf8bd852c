import type { ErrorCode } from './error-codes';

/** An error a user can act on: a stable code, a Chinese message, the field and the article where a rule forbids it. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number = 400,
    readonly extra: { field?: string; article?: string } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string, code: ErrorCode = 'NOT_FOUND') => new AppError(code, `${what}不存在或无权查看`, 404);
export const unauthenticated = () => new AppError('AUTH.UNAUTHENTICATED', '请先登录', 401);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; article?: string };
}

/**
 * The record, if the caller may see it; otherwise exactly the error an unknown id gets. “Not found” and “not yours”
 * must look the same (no existence oracle), so every route with an :id loads through this (or a module's wrapper of
 * it) and checks what the caller may *do* with the record — a 403 — only after.
 */
export function visibleOr404<T>(row: T | undefined | null, visible: (row: T) => boolean, what: string, code?: ErrorCode): T {
  if (row === undefined || row === null || !visible(row)) throw notFound(what, code);
  return row;
}
