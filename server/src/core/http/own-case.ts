import type { AuthContext } from '../auth/context';
import { AppError } from '../shared/errors';

/** A party to a procedure: the applicant, the subject, the accused (by person id; null or undefined: nobody). */
export type Party = number | null | undefined;

/** The 回避 refusal when the caller is one of the parties, else null (what authorize.ts `notOwnCase` checks). */
export function ownCaseRefusal(auth: AuthContext, parties: Party[], step: string, article?: string) {
  if (auth.personId === null || !parties.some((p) => p === auth.personId)) return null;
  return {
    status: 403 as const,
    code: 'PROCEDURE.OWN_CASE' as const,
    message: `您是本事项的当事人，不能${step}（应当回避），请由其他有权限的同志办理`,
    ...(article ? { article } : {}),
  };
}

/**
 * 回避: nobody decides, approves, registers or verifies a step of a procedure in which they are the applicant, the
 * subject or the accused — whatever roles they hold (a head of the organization department applying for a part-time
 * post does not record the Party committee's approval of it). Refused before anything changes, with the step named.
 * `article` is the provision the procedure's own regulation gives for withdrawal, where it has one.
 */
export function refuseOwnCase(auth: AuthContext, parties: Party[], step: string, article?: string): void {
  const r = ownCaseRefusal(auth, parties, step, article);
  if (r) throw new AppError(r.code, r.message, r.status, r.article ? { article: r.article } : {});
}
