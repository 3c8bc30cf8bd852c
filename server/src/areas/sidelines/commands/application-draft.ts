import type { z } from 'zod';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { sidelinesPolicy } from '../policy';
import { getOrg, visibleApplication, type Application } from '../queries/applications';
import { sidelineById } from '../queries/submission';
import type { applicationFields } from '../http/sidelines.schema';

type Fields = z.infer<typeof applicationFields>;

/** The term dates of a draft: an end for a post with terms (第十四条), after its start; first held no later than it. */
function assertDates(f: Fields, termsArticle: string | null) {
  if (f.hasTerms && !f.endDate) throw new AppError('SIDELINE.END_REQUIRED', '实行任期制的兼职须填写本届任期结束日期', 400, { field: 'endDate', article: termsArticle ?? undefined });
  if (f.endDate && f.endDate <= f.startDate) throw new AppError('SIDELINE.TERM_DATES', '任期结束日期应晚于开始日期', 400, { field: 'endDate' });
  if (f.firstHeldSince && f.firstHeldSince > f.startDate) throw new AppError('SIDELINE.FIRST_HELD', '首次兼任日期不能晚于本次任职开始日期', 400, { field: 'firstHeldSince' });
}

/** A renewal or re-approval continues a post of the applicant's own that is not ended. */
async function assertOwnSideline(ex: Executor, auth: AuthContext, id: number) {
  const s = await sidelineById(ex, auth.institutionId, id);
  if (!s || s.personId !== auth.personId) throw new AppError('SIDELINE.UNKNOWN_SIDELINE', '要续任或重新审批的兼职不存在或不是本人的兼职', 400, { field: 'continuesSidelineId' });
  if (s.status === 'ended') throw new AppError('SIDELINE.SIDELINE_ENDED', '该兼职已办结，不能续任；请作为新的兼职申请', 400, { field: 'continuesSidelineId' });
}

/** What a draft's fields must be before it is stored (created or changed): dates, a registered organization, the post it continues. */
export async function checkDraft(ex: Executor, auth: AuthContext, policy: EffectivePolicy, f: Fields): Promise<void> {
  assertDates(f, policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', todayIso()).source.citation);
  await getOrg(ex, auth.institutionId, f.orgId);
  if (f.continuesSidelineId) await assertOwnSideline(ex, auth, f.continuesSidelineId);
}

/** The caller's own application while it may still change (a draft, or returned for changes). */
export async function editableApplication(ex: Executor, auth: AuthContext, id: number): Promise<Application> {
  const a = await visibleApplication(ex, auth, id, 'editApplication');
  if (a.status !== 'draft' && a.status !== 'returned') throw new AppError('SIDELINE.NOT_EDITABLE', '申请已送审或已办结，不能修改', 409);
  return a;
}

/** The fields stored of a draft: as typed, but the term computed from the record (never the typed 届次) and no commitment flag. */
export function draftFields(f: Fields, termNumber: number) {
  const { commitment: _commitment, termNumber: _typed, ...typed } = f;
  return { ...typed, termNumber };
}
