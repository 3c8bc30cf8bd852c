import type { AuthContext } from '../auth/context';
import type { ErrorCode } from '../shared/error-codes';
import { AppError, notFound } from '../shared/errors';
import { ownCaseRefusal, type Party } from './own-case';

/**
 * Object-level authorization: may this caller do this action on THIS record. Route-level access (which permission a
 * route needs at all) stays in each route's `config.access` (guard.ts); an area's access policy (`areas/<area>/access.ts`)
 * says, per action, which checks the record must pass and what the caller is told when one fails.
 *
 * Two kinds of refusal, as the API has always answered:
 * - 404 for a record the caller may not see — the very error an unknown id gets (`hidden()`), so that whether someone
 *   else's record exists is not disclosed;
 * - 403 for a record the caller sees but may not act on (with the area's code and a Chinese message).
 */
export interface Refusal {
  status: 403 | 404;
  code: ErrorCode;
  message: string;
  field?: string;
  article?: string;
}

/** One check of an action: whether the caller passes it, and the refusal when not. */
export interface Check<R> {
  allow: (auth: AuthContext, record: R) => boolean;
  refuse: Refusal | ((auth: AuthContext, record: R) => Refusal);
}

/** An area's policy: for each action (keyed by name, typed by the record it acts on), its checks in order. */
export type AccessPolicy<Records> = { readonly [A in keyof Records]: readonly Check<Records[A]>[] };

/** The refusal of a record the caller may not see: exactly what an unknown id gets (`notFound`). */
export function hidden(what: string, code?: ErrorCode): Refusal {
  const e = notFound(what, code);
  return { status: 404, code: e.code, message: e.message };
}

export const refusalError = (r: Refusal): AppError =>
  new AppError(r.code, r.message, r.status, { ...(r.field ? { field: r.field } : {}), ...(r.article ? { article: r.article } : {}) });

/** The first check the caller fails, or null when every check passes. */
export function verdict<Records, A extends keyof Records>(policy: AccessPolicy<Records>, auth: AuthContext, action: A, record: Records[A]): Refusal | null {
  for (const check of policy[action]) {
    if (check.allow(auth, record)) continue;
    return typeof check.refuse === 'function' ? check.refuse(auth, record) : check.refuse;
  }
  return null;
}

/** Whether the caller may: for what a page shows or hides (notes, buttons), without refusing. */
export const allows = <Records, A extends keyof Records>(policy: AccessPolicy<Records>, auth: AuthContext, action: A, record: Records[A]): boolean =>
  verdict(policy, auth, action, record) === null;

/** Refuses (throws the action's refusal) unless the caller may. */
export function authorize<Records, A extends keyof Records>(policy: AccessPolicy<Records>, auth: AuthContext, action: A, record: Records[A]): void {
  const refusal = verdict(policy, auth, action, record);
  if (refusal) throw refusalError(refusal);
}

/** An area's `authorize(auth, action, record)`, bound to its policy. */
export const authorizer =
  <Records>(policy: AccessPolicy<Records>) =>
  <A extends keyof Records>(auth: AuthContext, action: A, record: Records[A]): void =>
    authorize(policy, auth, action, record);

/** The row, or the `hidden` refusal when there is none (an unknown id answers as a record the caller may not see). */
export function found<T>(row: T | undefined | null, refusal: Refusal): T {
  if (row === undefined || row === null) throw refusalError(refusal);
  return row;
}

/**
 * 回避 as a check: the caller is none of the record's parties (applicant, subject, accused). See own-case.ts; the
 * refusal names the step, and the article the procedure's regulation gives for withdrawal where it has one (a pack's
 * citation, so it may come with the record). A party may depend on the caller: the chief of a unit held to account is
 * a party to the unit's case.
 */
export function notOwnCase<R>(
  parties: (record: R, auth: AuthContext) => Party[],
  step: string | ((record: R) => string),
  article?: string | ((record: R) => string | null | undefined),
): Check<R> {
  const articleOf = (record: R) => (typeof article === 'function' ? article(record) : article) ?? undefined;
  return {
    allow: (auth, record) => ownCaseRefusal(auth, parties(record, auth), '') === null,
    refuse: (auth, record) => ownCaseRefusal(auth, parties(record, auth), typeof step === 'string' ? step : step(record), articleOf(record))!,
  };
}
