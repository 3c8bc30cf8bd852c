import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { ErrorCode } from '../../../core/shared/error-codes';
import { incentivesPolicy } from '../policy';

/** What the packs say about reserve cadres (ahzaxy-2020 第4条、第5条). Pure. */
export interface ReserveRules {
  targetRanks: string[];
  targetCitation: string | null;
  blockingFindings: string[];
  findingsCitation: string | null;
  impactBlocks: boolean;
  /** The article that makes a mitigation's impact period block (the reserve rule's own, not the determination's). */
  impactCitation: string | null;
  excellentLookbackYears: number;
  /** 第4条: “经教育仍不改正的不得提拔重用”. */
  uncorrectedBlocks: boolean;
  uncorrectedCitation: string | null;
}

export function reserveRules(policy: EffectivePolicy, asOf: string): ReserveRules {
  const ranks = policy.param(incentivesPolicy, 'incentives.reserve.target_ranks', asOf);
  const findings = policy.param(incentivesPolicy, 'incentives.reserve.blocking_findings', asOf);
  const impact = policy.param(incentivesPolicy, 'incentives.reserve.impact_blocks', asOf);
  const uncorrected = policy.param(incentivesPolicy, 'incentives.reserve.uncorrected_blocks', asOf);
  return {
    targetRanks: ranks.value, targetCitation: ranks.source.citation,
    blockingFindings: findings.value, findingsCitation: findings.source.citation,
    impactBlocks: impact.value, impactCitation: impact.source.citation,
    excellentLookbackYears: policy.value(incentivesPolicy, 'incentives.reserve.excellent_lookback_years', asOf),
    uncorrectedBlocks: uncorrected.value, uncorrectedCitation: uncorrected.source.citation,
  };
}

/** The code of each vetoing finding (第5条); a kind a pack adds later is refused under the general one. */
const FINDING_CODES: Record<string, ErrorCode> = { political_veto: 'RESERVE.POLITICAL_VETO', integrity_zero_tolerance: 'RESERVE.INTEGRITY_ZERO_TOLERANCE' };

export interface Blocker {
  code: ErrorCode;
  reason: string;
  article: string | null;
}

/**
 * What stands in the way of nominating a person as a reserve cadre on a date: a political finding (一票否决) or an
 * integrity finding (零容忍, 第5条), inaction not corrected after education (第4条), or a mitigation's impact period
 * still running (the tolerance area's determination, blocking under the reserve rule's article, 第12条). An exemption
 * does not block: it protects reserve status (第12条). Each blocker names the article of the rule that makes it one. Pure.
 */
export function reserveBlockers(
  facts: {
    findings: { kind: string; on: string; detail: string }[];
    impactPeriods: { matter: string; impactUntil: string }[];
    /** Inaction matters not corrected after education (uncorrected, proposed for or decided on adjustment). */
    uncorrected?: { signaledOn: string; detail: string }[];
  },
  rules: ReserveRules,
): Blocker[] {
  const out: Blocker[] = [];
  for (const f of facts.findings)
    if (rules.blockingFindings.includes(f.kind))
      out.push({ code: FINDING_CODES[f.kind] ?? 'RESERVE.FINDING', reason: `${VALUE_LABELS[f.kind] ?? f.kind}：${f.on} ${f.detail}`, article: rules.findingsCitation });
  if (rules.uncorrectedBlocks)
    for (const u of facts.uncorrected ?? [])
      out.push({ code: 'RESERVE.UNCORRECTED', reason: `不作为问题经教育仍不改正：${u.signaledOn} ${u.detail}`, article: rules.uncorrectedCitation });
  if (rules.impactBlocks)
    for (const p of facts.impactPeriods) out.push({ code: 'RESERVE.IMPACT_PERIOD', reason: `“${p.matter}”经认定减责，影响期至 ${p.impactUntil}`, article: rules.impactCitation });
  return out;
}

/** Excellent grades in the last years (第6条: weighted in reserve and promotion views). */
export const excellentCount = (grades: { year: number; grade: string }[], asOfYear: number, years: number) =>
  grades.filter((g) => g.grade === 'excellent' && g.year >= asOfYear - years && g.year < asOfYear + 1).length;
