import type { ErrorCode } from '../../../core/shared/error-codes';

export class ProcedureError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly article: string | null = null,
  ) {
    super(message);
  }
}
