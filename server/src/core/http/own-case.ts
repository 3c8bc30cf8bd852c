import type { AuthContext } from '../auth/context';
import { AppError } from '../shared/errors';

/** A party to a procedure: the applicant, the subject, the accused (by person id; null or undefined: nobody). */
export type Party = number | null | undefined;

/**
 * 回避: nobody decides, approves, registers or verifies a step of a procedure in which they are the applicant, the
 * subject or the accused — whatever roles they hold (a head of the organization department applying for a part-time
 * post does not record the Party committee's approval of it). Refused before anything changes, with the step named.
 * `article` is the provision the procedure's own regulation gives for withdrawal, where it has one.
 */
export function refuseOwnCase(auth: AuthContext, parties: Party[], step: string, article?: string): void {
  if (auth.personId === null || !parties.some((p) => p === auth.personId)) return;
  throw new AppError('PROCEDURE.OWN_CASE', `您是本事项的当事人，不能${step}（应当回避），请由其他有权限的同志办理`, 403, article ? { article } : {});
}
