import { AppError } from '../../../core/shared/errors';
import { ChainError } from '../rules/approval-chain';

/** The approval chain's refusal (a step out of turn, a decision it does not allow) as the 409 the user reads. */
export const chainError = (e: unknown) => (e instanceof ChainError ? new AppError(e.code, e.message, 409) : e);
