import { VALUE_LABELS } from '../../../core/policy/vocabulary';
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
  if (!scope || (rank !== null && scope.ranks.includes(rank))) return null;
  const covered = scope.ranks.map((r) => VALUE_LABELS[r] ?? r).join('、');
  const now = rank ? `现任${VALUE_LABELS[rank] ?? rank}` : '当前没有在任职务';
  return { code: 'TOLERANCE.OUT_OF_SCOPE', message: `本院容错纠错办法适用于${covered}；${who}${now}，不在适用范围内，不能申请容错`, article: scope.citation };
}
