import { AppError } from '../../../core/shared/errors';
import { ChainError } from '../rules/approval-chain';

/** The approval chain's refusal (a step out of turn, a decision it does not allow, a missing record) as the error the user reads. */
export const chainError = (e: unknown) => (e instanceof ChainError ? new AppError(e.code, e.message, e.status, e.field ? { field: e.field } : {}) : e);
