/**
 * Posts whose holder must be a full member of the Communist Party of China, recognised by title (and department):
 * the secretaries and deputy secretaries of the Party committee, the discipline inspection commission, the general
 * branches and branches (党委书记、副书记、纪委书记、党总支书记 …), who are elected to Party bodies; and the heads of the
 * Party committee's working organs (党委办公室、组织部、宣传部、学生工作部, 纪委办公室). A named vocabulary, not a
 * pack value: it rests on the Party's own rules, the same for every college, not on a college's regulation. Pure.
 *
 * A probationary member (预备党员) has no right to elect or be elected (《中国共产党章程》第七条), so only a full member
 * fits an elected post; the heads of working organs are read the same way.
 */
export interface PartyPostRule {
  key: 'party_secretary' | 'party_working_organ_head';
  /** What the rule covers, in words for the warning. */
  name: string;
  department?: RegExp;
  title: RegExp;
  basis: string;
}

export const PARTY_POST_RULES: readonly PartyPostRule[] = [
  {
    key: 'party_secretary',
    name: '党组织书记、副书记',
    title: /(党委|纪委|党总支|党支部|党工委)副?书记/,
    basis: '《中国共产党章程》第十条（三）（党的各级领导机关由选举产生）、第七条（预备党员没有选举权和被选举权）',
  },
  {
    key: 'party_working_organ_head',
    name: '党委工作部门负责人',
    department: /^(党委|纪委)/,
    title: /^(部长|主任)/,
    basis: '《中国共产党工作机关条例（试行）》（党委工作机关是党委的组成部分，其负责人按由中共党员担任理解）',
  },
];

/** The political statuses that meet the requirement. */
export const PARTY_MEMBER_STATUSES: readonly string[] = ['cpc_member'];

/** The rule by which a post requires Party membership, or null. */
export const partyPostRule = (post: { title: string; departmentName: string }): PartyPostRule | null =>
  PARTY_POST_RULES.find((r) => r.title.test(post.title) && (!r.department || r.department.test(post.departmentName))) ?? null;

export interface PartyMembershipWarning {
  code: 'TENURE.PARTY_MEMBERSHIP';
  message: string;
  basis: string;
}

/** A warning when a person not a full Party member is appointed to a post that requires it; null when none. */
export function partyMembershipWarning(post: { title: string; departmentName: string }, holder: { name: string; politicalStatus: string }): PartyMembershipWarning | null {
  const rule = partyPostRule(post);
  if (!rule || PARTY_MEMBER_STATUSES.includes(holder.politicalStatus)) return null;
  const what = holder.politicalStatus === 'cpc_probationary' ? '为中共预备党员（预备党员没有选举权和被选举权）' : '不是中共党员';
  return {
    code: 'TENURE.PARTY_MEMBERSHIP',
    message: `${post.departmentName}${post.title}属于${rule.name}，应由中共正式党员担任；${holder.name}${what}，请核对政治面貌或任职`,
    basis: rule.basis,
  };
}
