import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { interviewRules, type InterviewKind } from './rules';
import { proposeLead, type LeadContext, type TargetPost } from './lead';
import { isNewlyAppointed, proposeOrganizer } from './organizer';
import { checkClose, checkForm, checkLead, checkPlanApproved, checkReplyDate, InterviewRuleError } from './guards';
import { suggestTargets, toleranceEventFacts, type RosterPost, type ToleranceEvent } from './targets';
import { untrueReportEvent } from '../../tolerance';
import { departmentPlanOwner, type PlanOwnerStrategy } from './plan-owner';

const packs = loadAllPacks();
const rules = interviewRules(new EffectivePolicy('tongren-2016', packs.get('tongren-2016')!.suggestedAdoptions, packs), '2026-11-30');

const P = (personId: number, name: string) => ({ personId, name });
const secretary = P(1, '书记甲');
const president = P(2, '校长乙');
const disciplineSecretary = P(3, '纪委书记丙');
const overseer = P(4, '分管副校长丁');
const ctx: LeadContext = {
  secretary, president, disciplineSecretary,
  chiefs: new Map([
    [10, [P(11, '组织部长')]],
    [20, [P(21, '教务处长')]],
    [30, [P(31, '文学院院长'), P(32, '文学院党总支书记')]],
  ]),
  overseers: new Map([[20, [overseer]], [30, [overseer]], [10, [secretary]]]),
};
const post = (rank: string, departmentId: number, departmentKind: string, flags: Partial<TargetPost> = {}): TargetPost => ({ title: '职务', rank, departmentId, departmentKind, isHead: false, isKeyPost: false, ...flags });

describe('lead interviewer (tongren-2016 五（一）)', () => {
  it.each<[string, number, TargetPost[], InterviewKind, string[], string | null, string]>([
    // article, target, posts, kind, candidates in order (name@rule), preselected, preselected article
    ['五（一）1 and 6 overlap: a party department chief is also its 一把手 — prevention prefers the secretary', 11, [post('middle_chief', 10, 'party', { isHead: true, isKeyPost: true })], 'prevention',
      ['书记甲@party_chief', '纪委书记丙@head_or_key_post'], '书记甲', 'tongren-2016 五（一）1'],
    ['五（一）1 and 6 overlap: the same chief in an admonition interview — the discipline secretary first', 11, [post('middle_chief', 10, 'party', { isHead: true, isKeyPost: true })], 'admonition',
      ['纪委书记丙@head_or_key_post', '书记甲@party_chief'], '纪委书记丙', 'tongren-2016 五（一）6'],
    ['五（一）1: a party general-branch secretary in a secondary college → the secretary', 32, [post('middle_chief', 30, 'academic', { title: '党总支书记', isHead: true })], 'prevention',
      ['书记甲@party_chief', '分管副校长丁@leadership', '纪委书记丙@head_or_key_post'], '书记甲', 'tongren-2016 五（一）1'],
    ['五（一）2 and 3: the chief of an administrative department → the president; the vice-president overseeing it may lead too', 21, [post('middle_chief', 20, 'admin', { isHead: true })], 'prevention',
      ['校长乙@admin_chief', '分管副校长丁@leadership', '纪委书记丙@head_or_key_post'], '校长乙', 'tongren-2016 五（一）2'],
    ['五（一）2 and 3: the dean of a secondary college → the president, the overseeing leader after him', 31, [post('middle_chief', 30, 'academic', { isHead: true })], 'inquiry',
      ['纪委书记丙@head_or_key_post', '校长乙@admin_chief', '分管副校长丁@leadership'], '纪委书记丙', 'tongren-2016 五（一）6'],
    ['五（一）3: a chief whose department the secretary oversees — the secretary is named once, by item 1', 11, [post('middle_chief', 10, 'party', { isHead: true })], 'admonition',
      ['纪委书记丙@head_or_key_post', '书记甲@party_chief'], '纪委书记丙', 'tongren-2016 五（一）6'],
    ['五（一）3: a chief of a department of a kind no item 1 or 2 names → the overseeing leader', 21, [post('middle_chief', 20, 'other')], 'prevention',
      ['分管副校长丁@leadership'], '分管副校长丁', 'tongren-2016 五（一）3'],
    ['五（一）3: a leadership member → the secretary or the president', 4, [post('leader', 0, 'party', { isKeyPost: true })], 'prevention',
      ['书记甲@leadership', '校长乙@leadership'], '书记甲', 'tongren-2016 五（一）3'],
    ['五（一）4: a deputy chief → the overseeing leader or the department chief; the secretary or president only when needed', 22, [post('middle_deputy', 20, 'admin')], 'prevention',
      ['分管副校长丁@deputy', '教务处长@deputy', '书记甲@deputy', '校长乙@deputy'], '分管副校长丁', 'tongren-2016 五（一）4'],
    ['五（一）5: a section chief → the department main leader; the overseeing leader when needed', 23, [post('section', 20, 'admin')], 'prevention',
      ['教务处长@section', '分管副校长丁@section'], '教务处长', 'tongren-2016 五（一）5'],
    ['五（一）5 and 6: a section chief in a key post → the department leader for prevention, the discipline secretary for inquiry', 24, [post('section', 20, 'admin', { isKeyPost: true })], 'inquiry',
      ['纪委书记丙@head_or_key_post', '教务处长@section', '分管副校长丁@section'], '纪委书记丙', 'tongren-2016 五（一）6'],
    ['五（一）5: a secondary college\'s staff member → both main leaders', 33, [post('staff', 30, 'academic')], 'prevention',
      ['文学院院长@section', '文学院党总支书记@section', '分管副校长丁@section'], '文学院院长', 'tongren-2016 五（一）5'],
  ])('%s', (_a, target, posts, kind, expected, pre, article) => {
    const r = proposeLead(target, posts, ctx, kind, rules);
    expect(r.candidates.map((c) => `${c.name}@${c.rule}`)).toEqual(expected);
    expect(r.preselected?.name ?? null).toBe(pre);
    expect(r.preselected?.article).toBe(article);
    expect(r.candidates.filter((c) => c.ifNeeded).every((c, _i, all) => r.candidates.indexOf(c) >= r.candidates.length - all.length)).toBe(true);
  });

  it('五（一）: the secretary and the president themselves are interviewed by the higher Party organization', () => {
    const r = proposeLead(1, [post('principal', 0, 'party', { title: '党委书记', isHead: true })], ctx, 'prevention', rules);
    expect(r.candidates).toEqual([]);
    expect(r.note).toContain('上级党组织');
  });

  it('五（一）: a target is never their own lead (a chief interviewed as a deputy elsewhere)', () => {
    const r = proposeLead(21, [post('section', 20, 'admin')], ctx, 'prevention', rules);
    expect(r.candidates.map((c) => c.personId)).not.toContain(21);
  });
});

describe('organizer (tongren-2016 四（二）) and office support (五（三）)', () => {
  it.each<[string, string, InterviewKind, boolean, string | null, string, boolean, string]>([
    ['四（二）1: a 处级 chief is interviewed by the discipline office', 'middle_chief', 'admonition', false, 'leader', 'discipline', true, 'tongren-2016 四（二）1'],
    ['四（二）1: a 处级 deputy\'s inquiry, led by a department chief — no office support', 'middle_deputy', 'inquiry', false, 'middle_chief', 'discipline', false, 'tongren-2016 四（二）1'],
    ['四（二）1: the prevention interview of a newly promoted 处级 cadre is organized by the organization department', 'middle_deputy', 'prevention', true, 'leader', 'org', true, 'tongren-2016 四（二）1'],
    ['四（二）1: a newly promoted 处级 cadre\'s admonition stays with the discipline office', 'middle_chief', 'admonition', true, 'leader', 'discipline', true, 'tongren-2016 四（二）1'],
    ['四（二）2: a 科级 cadre is interviewed by their own department', 'section', 'prevention', false, 'middle_chief', 'department', false, 'tongren-2016 四（二）2'],
    ['四（二）2 with 五（三）: staff interviewed by the overseeing college leader — the office supports', 'staff', 'inquiry', false, 'leader', 'department', true, 'tongren-2016 四（二）2'],
  ])('%s', (_a, rank, kind, newly, leadRank, organizer, office, article) => {
    const r = proposeOrganizer({ rank, departmentId: 20, newlyAppointed: newly }, kind, leadRank, rules);
    expect(r.organizer.kind).toBe(organizer);
    if (r.organizer.kind === 'department') expect(r.organizer.departmentId).toBe(20);
    expect(r.officeSupports).toBe(office);
    expect(r.article).toBe(article);
  });

  it.each([
    ['2026-01-10', '2026-11-30', true],
    ['2025-12-01', '2026-11-30', true],
    ['2025-11-30', '2026-11-30', false],
    ['2027-01-01', '2026-11-30', false],
  ])('newly appointed within the pack\'s %s window (taken up %s, asked %s)', (since, asOf, expected) => {
    expect(isNewlyAppointed(since, asOf, rules.newlyAppointedMonths.value)).toBe(expected);
  });
});

describe('materials, forms and dates (tongren-2016 三, 五（三）)', () => {
  it.each<[string, InterviewKind, string]>([
    ['五（三）: prevention → an integrity pledge', 'prevention', 'integrity_pledge'],
    ['五（三）: inquiry → a written explanation', 'inquiry', 'explanation'],
    ['五（三）: admonition → a written self-criticism', 'admonition', 'self_criticism'],
    ['五（三）: accountability → a written self-criticism', 'accountability', 'self_criticism'],
  ])('%s', (_a, kind, material) => {
    expect(rules.materials.value[kind]).toBe(material);
    expect(rules.materials.citation).toBe('tongren-2016 五（三）');
  });

  const code = (f: () => void) => {
    try {
      f();
      return null;
    } catch (e) {
      return e instanceof InterviewRuleError ? [e.code, e.article] : e;
    }
  };
  it.each<[string, InterviewKind, 'individual' | 'group', number, string | null, [string, string | null] | null]>([
    ['三（一）: prevention may be a group interview', 'prevention', 'group', 12, null, null],
    ['三（二）: an inquiry is individual — a group record needs a reason', 'inquiry', 'group', 3, null, ['INTERVIEW.GROUP_REASON', 'tongren-2016 三（二）（三）（四）']],
    ['三（三）: an admonition group record with a stated reason', 'admonition', 'group', 2, '两人同一事项同时诫勉，合并约谈', null],
    ['三（四）: accountability, group with a too-short reason', 'accountability', 'group', 2, '合并', ['INTERVIEW.GROUP_REASON', 'tongren-2016 三（二）（三）（四）']],
    ['an individual interview has one interviewee', 'prevention', 'individual', 2, null, ['INTERVIEW.INDIVIDUAL_ONE', null]],
  ])('%s', (_a, kind, form, n, reason, expected) => {
    expect(code(() => checkForm(kind, form, n, reason, rules))).toEqual(expected);
  });

  it('五（一）: a lead outside the candidates needs a reason', () => {
    const { candidates } = proposeLead(22, [post('middle_deputy', 20, 'admin')], ctx, 'prevention', rules);
    expect(code(() => checkLead(99, candidates, null, rules.leadCitation))).toEqual(['INTERVIEW.LEAD_NOT_CANDIDATE', 'tongren-2016 五（一）']);
    expect(code(() => checkLead(99, candidates, '分管副校长出差，由党委副书记代为主谈', rules.leadCitation))).toBeNull();
    expect(checkLead(4, candidates, null, rules.leadCitation)?.rule).toBe('deputy');
  });

  it('五（一）3: the vice-president overseeing 教务处 may lead its chief\'s interview without a stated reason', () => {
    const { candidates } = proposeLead(21, [post('middle_chief', 20, 'admin', { isHead: true })], ctx, 'prevention', rules);
    const chosen = checkLead(4, candidates, null, rules.leadCitation);
    expect(chosen).toMatchObject({ role: 'overseer', rule: 'leadership', article: 'tongren-2016 五（一）3', ifNeeded: false });
  });

  it('五（三）: closing needs every interviewee\'s material, or a waiver with a reason', () => {
    const t = (submittedOn: string | null, waivedReason: string | null) => ({ name: '张三', material: 'integrity_pledge' as const, submittedOn, waivedReason });
    expect(code(() => checkClose('held', [t(null, null)], rules.materials.citation))).toEqual(['INTERVIEW.MATERIAL_MISSING', 'tongren-2016 五（三）']);
    expect(code(() => checkClose('held', [t('2026-11-20', null), t(null, '本人住院治疗，经纪委书记同意免交')], rules.materials.citation))).toBeNull();
    expect(code(() => checkClose('planned', [t('2026-11-20', null)], rules.materials.citation))).toEqual(['INTERVIEW.NOT_HELD', null]);
  });

  it('a written inquiry\'s reply cannot precede its letter', () => {
    expect(code(() => checkReplyDate('2026-11-10', '2026-11-09', '2026-11-30'))).toEqual(['INQUIRY.REPLY_BEFORE_LETTER', null]);
    expect(code(() => checkReplyDate(null, '2026-11-09', '2026-11-30'))).toEqual(['INQUIRY.NOT_SENT', null]);
    expect(code(() => checkReplyDate('2026-11-10', '2026-11-20', '2026-11-30'))).toBeNull();
  });

  it('四（三）: a campaign plan goes ahead only once the leading group approved it', () => {
    expect(code(() => checkPlanApproved({ kind: 'campaign', status: 'submitted' }, '不能实施约谈', rules.planCitation))).toEqual(['INTERVIEW.PLAN_NOT_APPROVED', 'tongren-2016 四（三）']);
    expect(code(() => checkPlanApproved({ kind: 'campaign', status: 'approved' }, '不能实施约谈', rules.planCitation))).toBeNull();
    expect(code(() => checkPlanApproved(null, '不能实施约谈', rules.planCitation))).toBeNull();
  });
});

describe('targets (tongren-2016 三)', () => {
  const roster: RosterPost[] = [
    { personId: 11, name: '组织部长', departmentId: 10, departmentName: '组织部', title: '部长', rank: 'middle_chief', isHead: true, isKeyPost: true, isHighRiskPost: false, postSince: '2019-03-01', oversees: false },
    { personId: 25, name: '新任副处长', departmentId: 20, departmentName: '教务处', title: '副处长', rank: 'middle_deputy', isHead: false, isKeyPost: false, isHighRiskPost: false, postSince: '2026-07-01', oversees: false },
    { personId: 26, name: '采购科长', departmentId: 40, departmentName: '资产处', title: '采购科科长', rank: 'section', isHead: false, isKeyPost: false, isHighRiskPost: true, postSince: '2020-07-01', oversees: false },
    { personId: 4, name: '分管副校长丁', departmentId: 0, departmentName: '院领导', title: '副院长', rank: 'leader', isHead: false, isKeyPost: true, isHighRiskPost: false, postSince: '2018-07-01', oversees: true },
    { personId: 27, name: '普通科员', departmentId: 20, departmentName: '教务处', title: '工作人员', rank: 'staff', isHead: false, isKeyPost: false, isHighRiskPost: false, postSince: '2015-07-01', oversees: false },
  ];
  const facts = [
    { personId: 27, source: 'cleared', on: '2026-10-12', detail: '反映问题经核实失实，已澄清' },
    { personId: 26, source: 'open_lead', on: '2026-11-02', detail: '信访反映采购中收受礼品，正在核查' },
    { personId: 25, source: 'admonition_measure', on: '2026-09-01', detail: '纠错措施：诫勉谈话' },
    { personId: 28, source: 'accountability_handling', on: '2026-08-20', detail: '问责处理已实施' },
  ];
  const run = (covered: string[] = []) =>
    suggestTargets({ roster, facts, covered: new Set(covered), names: new Map([[28, '已问责干部']]) }, rules.targetSources.value, VALUE_LABELS, rules.targetSources.citation, 12, '2026-11-30');

  it.each<[string, number, InterviewKind, string[]]>([
    ['三（一）: a department head, in a key post', 11, 'prevention', ['department_head', 'key_post']],
    ['三（一）: a newly promoted deputy', 25, 'prevention', ['newly_appointed']],
    ['三（一）: a high-risk post', 26, 'prevention', ['high_risk_post']],
    ['三（一）: a leadership member with 一岗双责', 4, 'prevention', ['dual_responsibility']],
    ['三（一）: cleared after an untrue report (tolerance.cleared)', 27, 'prevention', ['cleared']],
    ['三（二）: an open lead', 26, 'inquiry', ['open_lead']],
    ['三（三）: given an admonition', 25, 'admonition', ['admonition_measure']],
    ['三（四）: given accountability handling', 28, 'accountability', ['accountability_handling']],
  ])('%s', (_a, personId, kind, sources) => {
    const s = run().find((x) => x.personId === personId && x.kind === kind);
    expect(s?.sources).toEqual(sources);
    expect(s?.article).toBe(`tongren-2016 三（${['一', '二', '三', '四'][['prevention', 'inquiry', 'admonition', 'accountability'].indexOf(kind)]}）`);
  });

  it('三: persons already interviewed this year in that kind are not suggested again; staff without a fact are not suggested', () => {
    const list = run(['11|prevention']);
    expect(list.find((x) => x.personId === 11)).toBeUndefined();
    expect(list.find((x) => x.personId === 26 && x.kind === 'inquiry')).toBeDefined();
    expect(run().filter((x) => x.personId === 27).map((x) => x.kind)).toEqual(['prevention']);
  });
});

describe('the owner of a department\'s quarterly plan (tongren-2016 四（三）, a named strategy)', () => {
  const o = (personId: number, title: string, rank: string, isHead = false) => ({ personId, name: `人员${personId}`, title, rank, isHead });
  const titles = ['党总支书记', '直属党支部书记', '党支部书记'];
  it.each<[string, Parameters<typeof departmentPlanOwner>[0], PlanOwnerStrategy, string, number[]]>([
    ['四（三）: the chief, whatever the strategy', [o(1, '处长', 'middle_chief', true), o(2, '副处长', 'middle_deputy')], 'chief_else_discipline', 'chief', [1]],
    ['四（三）: chief vacant → the deputy (chief_deputy_party_secretary)', [o(2, '副处长', 'middle_deputy')], 'chief_deputy_party_secretary', 'deputy', [2]],
    ['四（三）: chief vacant → the gap at once (chief_else_discipline)', [o(2, '副处长', 'middle_deputy')], 'chief_else_discipline', 'gap', []],
    ['四（三）: no chief nor deputy → the 党支部书记, not the 党支部副书记', [o(3, '党支部副书记', 'staff'), o(4, '党支部书记', 'section')], 'chief_deputy_party_secretary', 'party_secretary', [4]],
    ['四（三）, 四（二）4: nobody → the gap', [o(5, '团委副书记', 'section')], 'chief_deputy_party_secretary', 'gap', []],
  ])('%s', (_a, posts, strategy, basis, ids) => {
    const r = departmentPlanOwner(posts, strategy, titles);
    expect(r.basis).toBe(basis);
    expect(r.persons.map((p) => p.personId)).toEqual(ids);
  });
});

describe('targets from the tolerance area\'s reports (tongren-2016 三（一）: 经核实反映问题不属实，需要予以澄清)', () => {
  it.each<[string, 'true' | 'partly_true' | 'untrue' | 'mistaken' | 'malicious', boolean]>([
    ['三（一）: a report found untrue (失实) makes its subject a target at the conclusion', 'untrue', true],
    ['三（一）: a mistaken report (错告) too', 'mistaken', true],
    ['三（一）: a malicious one (诬告) is untrue as well and owes a clearance', 'malicious', true],
    ['三（一）: a report found true needs no clearing', 'true', false],
    ['三（一）: partly true neither', 'partly_true', false],
  ])('%s', (_a, outcome, target) => {
    const e = untrueReportEvent(1, { id: 12, reportedPersonId: 27 }, outcome, '2026-11-02');
    expect(!!e).toBe(target);
    if (!e) return;
    const facts = toleranceEventFacts([{ kind: e.kind, personId: e.subjectPersonId!, on: e.occurredOn, source: e.source, payload: e.payload }]);
    const s = suggestTargets({ roster: [], facts, covered: new Set(), names: new Map([[27, '被反映人']]) }, rules.targetSources.value, VALUE_LABELS, rules.targetSources.citation, 12, '2026-11-30');
    expect(s).toMatchObject([{ personId: 27, kind: 'prevention', sources: ['cleared'], article: 'tongren-2016 三（一）' }]);
    expect(s[0].reasons[0]).toContain('需予以澄清');
  });

  it('三（一）: a report about a department makes no target', () => {
    expect(untrueReportEvent(1, { id: 12, reportedPersonId: null }, 'untrue', '2026-11-02')).toBeNull();
  });

  it('三（一）: once cleared, the same report is one reason, worded as cleared; another untrue report stays a reason of its own', () => {
    const ev = (kind: string, source: string, on: string): ToleranceEvent => ({ kind, personId: 27, on, source, payload: { outcomeLabel: '失实（查无实据）' } });
    const facts = toleranceEventFacts([ev('tolerance.report_untrue', 'petition:12', '2026-10-01'), ev('tolerance.cleared', 'petition:12', '2026-10-12'), ev('tolerance.report_untrue', 'petition:13', '2026-11-01')]);
    expect(facts.map((f) => [f.source, f.on, f.detail.includes('已澄清')])).toEqual([['cleared', '2026-10-12', true], ['cleared', '2026-11-01', false]]);
  });
});
