import { leadRuleArticle, type InterviewKind, type InterviewRules, type LeadRule } from './rules';

/** A post held by the person to be interviewed, as 五（一） reads it. */
export interface TargetPost {
  title: string;
  rank: string;
  departmentId: number;
  departmentKind: string;
  isHead: boolean;
  isKeyPost: boolean;
}

export interface NamedPerson {
  personId: number;
  name: string;
}

/** Who the college's leaders are, and for each department its main leaders and overseeing leaders. */
export interface LeadContext {
  secretary: NamedPerson | null;
  president: NamedPerson | null;
  disciplineSecretary: NamedPerson | null;
  /** 部门正职 / 主要负责人 (head posts) by department. */
  chiefs: Map<number, NamedPerson[]>;
  /** 分管（联系）院领导 by department. */
  overseers: Map<number, NamedPerson[]>;
}

export type LeadRole = 'secretary' | 'president' | 'discipline_secretary' | 'overseer' | 'chief';
export const LEAD_ROLE_LABELS: Record<LeadRole, string> = {
  secretary: '党委书记', president: '校长（院长）', discipline_secretary: '纪委书记', overseer: '分管校领导', chief: '部门正职（主要负责人）',
};

export interface LeadCandidate extends NamedPerson {
  role: LeadRole;
  rule: LeadRule;
  article: string | null;
  /** “必要时” candidates: named by the rule for when the usual lead is not enough. */
  ifNeeded: boolean;
}

export interface LeadProposal {
  candidates: LeadCandidate[];
  /** The candidate preselected by the pack's precedence; null when the rules name nobody. */
  preselected: LeadCandidate | null;
  /** Why nobody is named, where that is the case. */
  note: string | null;
}

const MIDDLE = ['middle_chief', 'middle_deputy'];

/** Which 五（一） rules a post falls under. Pure. */
export function applicableRules(p: TargetPost, rules: Pick<InterviewRules, 'adminChiefDepartmentKinds' | 'branchSecretaryTitles'>): LeadRule[] {
  const out: LeadRule[] = [];
  const branchSecretary = rules.branchSecretaryTitles.some((t) => p.title.startsWith(t));
  if (p.rank === 'middle_chief' && (p.departmentKind === 'party' || branchSecretary)) out.push('party_chief');
  else if (p.rank === 'middle_chief' && rules.adminChiefDepartmentKinds.includes(p.departmentKind)) out.push('admin_chief');
  // 五（一）3: the secretary or president may interview the other leadership members; a leadership member may interview
  // the chiefs (and deputies, who fall under item 4 already) of the departments they oversee.
  if (p.rank === 'leader' || p.rank === 'middle_chief') out.push('leadership');
  if (p.rank === 'middle_deputy') out.push('deputy');
  if (p.rank === 'section' || p.rank === 'staff') out.push('section');
  // 一把手 of a department, and leading cadres in key posts (middle and section level; the leadership's own posts are
  // flagged key posts but its members are interviewed under item 3).
  if ((p.isHead && MIDDLE.includes(p.rank)) || (p.isKeyPost && (MIDDLE.includes(p.rank) || p.rank === 'section'))) out.push('head_or_key_post');
  return out;
}

/**
 * The lead interviewer candidates for a target (tongren-2016 五（一）), each with the rule and article behind it, and
 * the one the pack's precedence for this kind preselects. The rules overlap (a party department's chief is also its
 * 一把手): all candidates are shown and the planner chooses. Pure.
 */
export function proposeLead(targetPersonId: number, posts: TargetPost[], ctx: LeadContext, kind: InterviewKind, rules: InterviewRules): LeadProposal {
  if (posts.some((p) => p.rank === 'principal'))
    return { candidates: [], preselected: null, note: '学校党委书记、校长不在本制度约谈对象范围内，由上级党组织约谈' };
  if (!posts.length) return { candidates: [], preselected: null, note: '约谈对象当前没有任职，无法按职务确定主谈人' };
  const out: LeadCandidate[] = [];
  const add = (who: NamedPerson | null | undefined, role: LeadRole, rule: LeadRule, ifNeeded = false) => {
    if (!who || who.personId === targetPersonId) return;
    if (out.some((c) => c.personId === who.personId && c.rule === rule)) return;
    out.push({ ...who, role, rule, article: leadRuleArticle(rules, rule), ifNeeded });
  };
  for (const p of posts) {
    for (const rule of applicableRules(p, rules)) {
      const chiefs = ctx.chiefs.get(p.departmentId) ?? [];
      const overseers = ctx.overseers.get(p.departmentId) ?? [];
      switch (rule) {
        case 'party_chief':
          add(ctx.secretary, 'secretary', rule);
          break;
        case 'admin_chief':
          add(ctx.president, 'president', rule);
          break;
        case 'leadership':
          if (p.rank === 'leader') {
            add(ctx.secretary, 'secretary', rule);
            add(ctx.president, 'president', rule);
          } else overseers.filter((o) => !out.some((c) => c.personId === o.personId)).forEach((o) => add(o, 'overseer', rule));
          break;
        case 'deputy':
          overseers.forEach((o) => add(o, 'overseer', rule));
          chiefs.forEach((c) => add(c, 'chief', rule));
          add(ctx.secretary, 'secretary', rule, true);
          add(ctx.president, 'president', rule, true);
          break;
        case 'section':
          chiefs.forEach((c) => add(c, 'chief', rule));
          overseers.forEach((o) => add(o, 'overseer', rule, true));
          break;
        case 'head_or_key_post':
          add(ctx.disciplineSecretary, 'discipline_secretary', rule);
          break;
      }
    }
  }
  const order = rules.leadPrecedence.value[kind] ?? rules.leadRules.value;
  const rank = (c: LeadCandidate) => (c.ifNeeded ? 100 : 0) + (order.indexOf(c.rule) < 0 ? 50 : order.indexOf(c.rule));
  const candidates = out.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
  return { candidates, preselected: candidates[0] ?? null, note: candidates.length ? null : '按职务未找到主谈人（相关职务空缺），请指定主谈人并写明理由' };
}
