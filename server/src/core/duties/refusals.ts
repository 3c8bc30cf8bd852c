import type { AuthContext } from '../auth/context';
import { ownCaseRefusal } from '../http/own-case';
import type { ErrorCode, ErrorStatus } from '../shared/error-codes';
import type { Duty } from './types';

/** Why a duty may not be acted on: the status and code a single request is refused with, and the words. */
export interface DutyRefusal {
  status: ErrorStatus;
  code: ErrorCode;
  message: string;
}

const NOT_FOUND: DutyRefusal = { status: 404, code: 'DUTY.NOT_FOUND', message: '该应办事项不存在或已不再需要办理' };

/** A duty that is no longer owed: done, or waived. */
function closed(d: Duty, done: string): DutyRefusal | null {
  if (d.status === 'done') return { status: 409, code: 'DUTY.ALREADY_DONE', message: `该事项已办结，${done}` };
  if (d.status === 'waived') return { status: 409, code: 'DUTY.ALREADY_WAIVED', message: '该事项已免办' };
  return null;
}

/**
 * 免办 (one duty or a batch, the same rule): the duty must exist; nobody waives a duty about themselves (回避: their own
 * sideline report, post-change review, talk…); a done or waived duty is not waived again. Pure.
 */
export function waiveRefusal(auth: AuthContext, d: Duty | undefined): DutyRefusal | null {
  if (!d) return NOT_FOUND;
  const own = ownCaseRefusal(auth, [d.subjectPersonId], '免办以本人为对象的应办事项');
  if (own) return own;
  return closed(d, '无需免办');
}

/** 提醒: a duty in the caller's scope that is still owed. Pure. */
export function remindRefusal(d: Duty | undefined): DutyRefusal | null {
  if (!d) return NOT_FOUND;
  return closed(d, '无需提醒');
}

/** 转办: a duty still owed, not about the caller (回避); whether its kind may pass to another is the kind's own rule. Pure. */
export function reassignRefusal(auth: AuthContext, d: Duty | undefined): DutyRefusal | null {
  if (!d) return NOT_FOUND;
  const own = ownCaseRefusal(auth, [d.subjectPersonId], '为本人的事项指定他人办理');
  if (own) return own;
  return closed(d, '无需转办');
}
