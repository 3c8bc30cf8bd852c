import { z } from 'zod';
import { carryOverKeys, count, escalationKeys, monthDay, ranks, words } from '../../core/policy/policy-keys';

/**
 * The keys of the talks area's policy packs (packs/<pack>/talks.yaml), each with the schema of its value: read them
 * with `policy.value(talksPolicy, key, asOf)` or `policy.param(…)` (with the source); every pack is checked against this
 * table at start (areas/index.ts registers it), so a value of the wrong type, or a key not listed here, stops the start.
 */
export const talksPolicy = {
  'talks.due_soon_days': count,
  'talks.forms': words,
  'talks.kinds': words,
  'talks.late_relationship_cutoff': monthDay,
  'talks.leader_to_middle_per_year': count,
  'talks.life_meeting_window_days': count,
  'talks.middle_to_staff_per_year': count,
  'talks.occasion_early_days': count,
  'talks.occasion_kinds': words,
  'talks.occasion_lookback_days': count,
  'talks.occasion_ranks': ranks,
  'talks.occasion_response_days': count,
  'talks.own_request_repeat_days': count,
  'talks.preparation': words,
  'talks.principal_to_leadership_per_year': count,
  'talks.record_required_fields': words,
  'talks.registered_occasions': z.record(z.string(), z.string()),
  'talks.responsibility': words,
  'talks.supervision': words,
  'talks.weak_appraisal_grades': words,
  ...carryOverKeys('talks'),
  ...escalationKeys('talks'),
} as const;
