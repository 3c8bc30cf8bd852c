import { rankScope } from '../../../core/roster/rank-scope';
import type { ToleranceRules } from './rules';

export interface ScopeRefusal {
  code: 'TOLERANCE.OUT_OF_SCOPE';
  message: string;
  article: string | null;
}

/**
 * Whom the college's tolerance rules cover (tolerance.subject_scope, e.g. scitc-2025 附件3 第二条: the middle cadres):
 * null when a person of this rank is covered — or when the pack sets no scope (xzcit, ahzaxy: every cadre held to
 * account) — else why not, naming whom the rules cover. `who` is how the message names the person (您, or a name).
 */
export function scopeRefusal(scope: ToleranceRules['subjectScope'], rank: string | null, who: string): ScopeRefusal | null {
  if (!scope) return null;
  const { covered, whom, now } = rankScope(scope.ranks, rank);
  if (covered) return null;
  return { code: 'TOLERANCE.OUT_OF_SCOPE', message: `本院容错纠错办法适用于${whom}；${who}${now}，不在适用范围内，不能申请容错`, article: scope.citation };
}
