import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { PolicyKey } from '../../../core/policy/policy-keys';
import { sidelinesPolicy } from '../policy';
import type { ErrorCode } from '../../../core/shared/error-codes';
import { rankScope } from '../../../core/roster/rank-scope';

/** 兼职 rule checks at submission (scitc-2025 附件2 第六条—第十四条). Pure: facts in, coded findings with articles out. */

export type OrgKind = 'association' | 'foundation' | 'private_nonprofit' | 'enterprise' | 'academic_journal' | 'international_academic';

export interface OutsideOrg {
  kind: OrgKind;
  /** 与学院或本人教学科研（业务）领域相关 */
  relatedField: boolean;
  /** 学院出资（全资/控股/参股） */
  collegeInvested: boolean;
  /** 学院参与合作举办 */
  coFounded: boolean;
  foreignBackground: boolean;
  hostileBackground: boolean;
}

export interface ProposedPost {
  org: OutsideOrg;
  /** 第六条: 会长（理事长、主席）、副会长、秘书长、副秘书长、分会会长、副会长 */
  associationLeadershipPost: boolean;
  legalRepresentative: boolean;
  /** The applicant says they will take pay from the organization. */
  willReceivePay: boolean;
  remunerationOffered: boolean;
  hasTerms: boolean;
  /** The term it would be in the same post, derived from the record (terms.ts), never typed by the applicant. */
  termNumber: number;
  start: string;
  /** Planned end (term end, or for a post without terms the planned end if any). */
  end: string | null;
  /** For a renewal of a post without terms: when the cadre first took it. */
  firstHeldSince?: string;
  /** 第六条: the written justification of special work need, where the rule says 原则上 / 除因工作特殊需要外. */
  justification?: string;
}

/** The applicant's other approved active posts and pending applications: what 第七条 counts. */
export interface CountedPost {
  org: Pick<OutsideOrg, 'kind' | 'collegeInvested' | 'coFounded'>;
}

export type Severity = 'block' | 'justify' | 'extra_step' | 'notice';

/** Findings that only inform (or add a step) and never stop a submission, so they are no error codes. */
export type NoticeCode = 'SIDELINE.RELAXED_COUNT' | 'SIDELINE.FOREIGN_OPINION' | 'SIDELINE.PAY_TURNOVER';

export interface Finding {
  code: ErrorCode | NoticeCode;
  severity: Severity;
  message: string;
  article: string | null;
}

export type RankGroup = 'principal' | 'leader' | 'middle';

export function rankGroup(rank: string | null): RankGroup | null {
  if (rank === 'principal') return 'principal';
  if (rank === 'leader') return 'leader';
  if (rank === 'middle_chief' || rank === 'middle_deputy') return 'middle';
  return null;
}

const yearsBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / (365.25 * 86_400_000);

/**
 * Quota categories of 第七条: for principals, related associations and foundations; for other leadership members,
 * the same plus one post in a college-invested enterprise or co-founded private non-enterprise unit; for middle
 * cadres, related associations, foundations, private non-enterprise units and enterprises together.
 * Journal boards and international academic organizations are counted apart and not capped (第八条).
 */
function category(group: RankGroup, org: CountedPost['org'], relaxed: string[]): 'relaxed' | 'main' | 'college_enterprise' | 'not_allowed' {
  if (relaxed.includes(org.kind)) return 'relaxed';
  if (org.kind === 'association' || org.kind === 'foundation') return 'main';
  if (group === 'middle') return 'main';
  if (group === 'leader' && ((org.kind === 'enterprise' && org.collegeInvested) || (org.kind === 'private_nonprofit' && org.coFounded))) return 'college_enterprise';
  return 'not_allowed';
}

export function checkSideline(rank: string, post: ProposedPost, existing: CountedPost[], policy: EffectivePolicy, asOf: string): Finding[] {
  const p = <N extends PolicyKey<typeof sidelinesPolicy>>(key: N) => policy.param(sidelinesPolicy, key, asOf);
  const cite = (key: PolicyKey<typeof sidelinesPolicy>) => p(key).source.citation;
  const out: Finding[] = [];
  const group = rankGroup(rank);
  const scope = p('sidelines.scope_ranks');
  const covers = rankScope(scope.value, rank);
  if (!group || !covers.covered) {
    out.push({ code: 'SIDELINE.OUT_OF_SCOPE', severity: 'notice', message: `本办法适用于${covers.whom}；申请人${covers.now}，无需按领导干部兼职审批`, article: scope.source.citation });
    return out;
  }
  const org = post.org;
  const justified = !!post.justification && post.justification.trim().length >= 10;
  const needJustification = (code: ErrorCode, message: string, article: string | null) =>
    out.push({ code, severity: justified ? 'justify' : 'block', message: justified ? `${message}（已说明特殊工作需要，须按干部管理权限审批）` : `${message}；如确因工作特殊需要，请写明理由（不少于 10 个字）`, article });

  // 第十条: hostile background, never.
  if (org.hostileBackground && !p('sidelines.hostile_background_allowed').value)
    out.push({ code: 'SIDELINE.HOSTILE_BACKGROUND', severity: 'block', message: '不得到有敌视、分化我国背景的单位兼职', article: cite('sidelines.hostile_background_allowed') });

  // 第七条: related field.
  const relaxed = p('sidelines.relaxed_org_kinds').value;
  if (!org.relatedField && !relaxed.includes(org.kind) && p('sidelines.related_field_required').value)
    out.push({ code: 'SIDELINE.UNRELATED', severity: 'block', message: '兼职单位须与学院或本人教学科研（业务）领域相关', article: cite('sidelines.related_field_required') });

  // 第六条: leadership members and association leadership posts; legal representative.
  if (group !== 'middle' && org.kind === 'association' && post.associationLeadershipPost && !p('sidelines.leadership_association_leader_post_allowed').value)
    needJustification('SIDELINE.ASSOCIATION_LEADERSHIP', '学院领导班子成员原则上不得兼任社会团体领导职务', cite('sidelines.leadership_association_leader_post_allowed'));
  const legalRanks = p('sidelines.legal_representative_rule_ranks');
  if (post.legalRepresentative && org.kind === 'association' && legalRanks.value.includes(rank))
    needJustification('SIDELINE.LEGAL_REPRESENTATIVE', '除因工作特殊需要外，不得兼任社会团体法定代表人', legalRanks.source.citation);

  // 第七条 quotas; 第八条 journals and international academic organizations apart.
  const cat = category(group, org, relaxed);
  const quotaKey = group === 'principal' ? 'sidelines.max_posts_principal' : group === 'leader' ? 'sidelines.max_posts_leader' : 'sidelines.max_posts_middle';
  if (cat === 'not_allowed') {
    const who = group === 'principal' ? '院级正职只能在相关社会团体、基金会兼职' : '领导班子其他成员除相关社会团体、基金会外，只能在学院出资的企业或参与合作举办的民办非企业单位兼职';
    out.push({ code: 'SIDELINE.KIND_NOT_ALLOWED', severity: 'block', message: who, article: cite(quotaKey) });
  } else if (cat === 'relaxed') {
    out.push({ code: 'SIDELINE.RELAXED_COUNT', severity: 'notice', message: '在高水平学术期刊任编委或在国际学术组织兼职，单独计数，数量可适当放宽', article: cite('sidelines.relaxed_org_kinds') });
  } else {
    const key = cat === 'college_enterprise' ? 'sidelines.max_enterprise_posts_leader' : quotaKey;
    const max = p(key).value;
    const counted = existing.filter((e) => category(group, e.org, relaxed) === cat).length;
    if (counted + 1 > max)
      out.push({
        code: 'SIDELINE.QUOTA_EXCEEDED',
        severity: 'block',
        message: `${cat === 'college_enterprise' ? '在学院出资企业或合作举办的民办非企业单位' : ''}兼职数量一般不超过 ${max} 个，已有在任或在审兼职 ${counted} 个`,
        article: cite(key),
      });
  }

  // 第九条: foreign background or international academic organization → the foreign affairs department's opinion.
  if (org.foreignBackground || org.kind === 'international_academic')
    out.push({ code: 'SIDELINE.FOREIGN_OPINION', severity: 'extra_step', message: '须听取外事部门意见，了解其政治倾向和相关背景', article: cite('sidelines.foreign_background_opinion_role') });

  // 第十一条: no pay.
  if (post.willReceivePay && !p('sidelines.pay_allowed').value)
    out.push({ code: 'SIDELINE.PAY', severity: 'block', message: '领导干部不得在兼职单位领取薪酬', article: cite('sidelines.pay_allowed') });
  else if (post.remunerationOffered)
    out.push({ code: 'SIDELINE.PAY_TURNOVER', severity: 'notice', message: '兼职单位提供报酬的，所获报酬应全额上缴学院财资处', article: cite('sidelines.pay_allowed') });

  // 第十四条: terms and the ten-year limit.
  if (post.end && post.end <= post.start) out.push({ code: 'SIDELINE.TERM_DATES', severity: 'block', message: '任期结束日期应晚于开始日期', article: null });
  if (post.hasTerms) {
    const maxTerms = p('sidelines.max_terms_same_post').value;
    if (post.termNumber > maxTerms)
      out.push({ code: 'SIDELINE.TERM_LIMIT', severity: 'block', message: `在同一职位兼职不得超过 ${maxTerms} 届；按本人在该单位该职务的任职记录，本次为第 ${post.termNumber} 届`, article: cite('sidelines.max_terms_same_post') });
  } else {
    const maxYears = p('sidelines.max_years_without_term').value;
    const since = post.firstHeldSince ?? post.start;
    const until = post.end ?? asOf;
    if (yearsBetween(since, until) > maxYears)
      out.push({ code: 'SIDELINE.YEAR_LIMIT', severity: 'block', message: `所兼职务未实行任期制的，兼职时间最长不得超过 ${maxYears} 年（自 ${since} 起）`, article: cite('sidelines.max_years_without_term') });
  }
  return out;
}

