import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../core/db/client';
import { nextId, seal } from '../../core/db/sealed';
import { account, accountabilityCase, correctionMeasure, department, domainEvent, person, petition, post, tenure, toleranceReview, toleranceStep } from '../../core/db/schema';
import { clearedEvent, correctionInterviewEvent, untrueReportEvent } from './rules/events';
import type { PetitionOutcome } from './rules/clearance';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { workingDayOnOrAfter } from '../../core/demo/calendar';
import { loadCalendar } from '../../core/services/calendar.service';
import { addDays, addMonths } from '../../core/shared/dates';
import { apply, type ActionInput, type ReviewAction, type ReviewState } from './rules/procedure';
import { toleranceRules } from './rules/rules';
import { FILING_WORDS } from './rules/window';
import { Rng } from '../../core/demo/random';
import { VALUE_LABELS } from '../../core/policy/vocabulary';
import { personOfTenure, postOfTenure } from '../../core/db/joins';

/** Fictional matters a college holds cadres to account for; each has the department that holds them to account. */
const MATTERS = [
  { text: '实训基地设备采购项目验收延期，导致省级专项资金当年执行率未达考核要求', by: 'zcc', grounds: ['force_majeure', 'force_majeure_or_change', 'democratic_decision'] },
  { text: '招生宣传材料对合作办学项目表述不准确，引发多名考生家长投诉', by: 'jwb', grounds: ['bold_innovation', 'unclear_policy_boundary', 'no_explicit_rule'] },
  { text: '汛期应急抢修校园排水管网，先行施工后补办审批手续，超出年度维修预算', by: 'jwb', grounds: ['emergency_response', 'active_remedy'] },
  { text: '学生顶岗实习安置未签订三方协议，实习期间发生学生受伤纠纷', by: 'jwb', grounds: ['democratic_decision', 'active_remedy'] },
  { text: '试点推行学分银行改革，课程认定口径不一致，导致部分学生延期毕业', by: 'zzb', grounds: ['pilot_exploration', 'innovation_without_precedent'] },
  { text: '教学楼外立面改造工程现场监管不到位，出现局部质量问题需返工', by: 'jwb', grounds: ['democratic_decision', 'collective_decision'] },
  { text: '科研项目经费报销中存在超范围列支会议费问题', by: 'jwb', grounds: ['law_at_the_time', 'no_explicit_rule'] },
  { text: '新专业设置论证不充分，当年招生计划完成率不足六成', by: 'zzb', grounds: ['policy_change', 'bold_innovation', 'force_majeure_or_change'] },
  { text: '为赶工期容缺受理校企合作协议，合作企业资质事后核查存在瑕疵', by: 'jwb', grounds: ['lenient_acceptance', 'unclear_policy_boundary', 'no_private_gain'] },
  { text: '处置学生宿舍群体性投诉时临时调整管理措施，程序不完备引发舆情', by: 'jwb', grounds: ['emergency_response', 'legacy_issues', 'active_remedy'] },
  { text: '实验室危险化学品台账管理不规范，在上级安全检查中被通报', by: 'jwb', grounds: ['democratic_decision', 'active_remedy'] },
] as const;
/** The matter of each scenario below, so that what is said in each case fits its story. */
const SCENARIO_MATTERS = [8, 10, 0, 9, 4, 5, 2, 3, 6, 1, 7];

type Ev = [ReviewAction, number, Partial<ActionInput> & { text?: string; scope?: string; method?: string; impactUntil?: string }];
interface Scenario {
  /** Days before the reference date that the procedure started (a working day on or after it). */
  started: number;
  stage: 'started' | 'investigating' | 'decided' | 'closed';
  unit?: boolean;
  /** Days after the start that the application was filed; null for none (or the ex officio inquiry). */
  filed: number | null;
  events: Ev[];
  carriedOut?: number;
  closed?: number;
  subjectIsDepthead?: boolean;
}

/** Every stage the procedure has, once per college; days are counted from the start of each case. */
function scenarios(exOfficio: boolean, window: boolean): Scenario[] {
  const f = exOfficio ? 0 : 1;
  const list: Scenario[] = [
    { started: window ? 2 : 20, stage: window ? 'started' : 'investigating', filed: exOfficio ? 0 : null, events: [], subjectIsDepthead: true },
    { started: 12, stage: 'investigating', filed: f, events: exOfficio ? [['team', 3, {}]] : [] },
    { started: 40, stage: 'investigating', filed: f, events: [['accept', 4, {}], ['team', 6, {}], ['hearing', 14, { text: '本人陈述：采购延期系供应商停产所致，已及时报告并启动替代方案，未谋取私利' }]] },
    { started: 75, stage: 'investigating', filed: f, events: [['accept', 3, {}], ['team', 5, {}], ['hearing', 12, { text: '本人说明处置过程，承认程序不完备，已主动消除影响' }], ['report', 40, { privateGainFound: false }]] },
    { started: 95, stage: 'investigating', filed: f, events: [['accept', 3, {}], ['team', 6, {}], ['hearing', 15, { text: '本人陈述改革试点经党政联席会研究，口径问题系缺乏先例' }], ['report', 38, { privateGainFound: false }], ['propose', 45, { outcome: 'exempt', text: '符合先行先试出现探索性失误情形，建议免责' }]] },
    { started: 150, stage: 'investigating', filed: f, events: [['accept', 4, {}], ['team', 6, {}], ['hearing', 12, { text: '本人陈述工程监管分工情况' }], ['report', 44, { privateGainFound: false }], ['propose', 50, { outcome: 'defer', text: '质量鉴定结论尚未出具，建议暂缓认定' }], ['decide', 58, { outcome: 'defer' }]] },
    { started: 200, stage: 'closed', filed: f, events: [['accept', 3, {}], ['team', 5, {}], ['hearing', 10, { text: '本人陈述应急抢修经现场办公会集体研究，未谋取私利' }], ['report', 35, { privateGainFound: false }], ['propose', 40, { outcome: 'exempt', text: '符合处置急难险重任务出现失误情形' }], ['decide', 47, { outcome: 'exempt' }], ['feedback', 49, { method: '组织部、纪委办负责同志当面反馈并送达认定结论' }], ['publish', 55, { scope: '全院中层干部会议', method: '会议通报并在校内办公网公示 5 个工作日' }], ['file_record', 57, {}], ['close', 60, {}]], carriedOut: 50, closed: 62 },
    { started: 170, stage: 'decided', filed: f, events: [['accept', 4, {}], ['team', 6, {}], ['hearing', 13, { text: '本人陈述实习安置工作量大，协议签订存在疏漏，已协助学生处理理赔' }], ['report', 38, { privateGainFound: false }], ['propose', 45, { outcome: 'mitigate', text: '主动挽回损失，建议从轻处理' }], ['decide', 52, { outcome: 'mitigate' }], ['feedback', 54, { method: '书面送达认定结论' }]], carriedOut: 60 },
    { started: 130, stage: 'decided', filed: f, events: [['accept', 3, {}], ['team', 5, {}], ['hearing', 9, { text: '本人对超范围列支的说明' }], ['report', 30, { privateGainFound: true }], ['propose', 36, { outcome: 'deny', text: '存在为单位谋取不当利益情形，不符合容错条件' }], ['decide', 42, { outcome: 'deny' }], ['feedback', 48, { method: '纪委办当面解释答复' }]], carriedOut: 50 },
  ];
  if (!exOfficio) list.push({ started: 60, stage: 'decided', filed: window ? 15 : 45, events: [['refuse', window ? 17 : 46, { text: window ? '启动问责程序后 7 个工作日内未提出申请，逾期不予受理' : '责任追究已经实施，容错申请不再受理' }]], carriedOut: 40 });
  if (!exOfficio) list.push({ started: 45, stage: 'investigating', unit: true, filed: 2, events: [['accept', 5, {}], ['team', 8, {}]] });
  return list;
}

export async function seedTolerance(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number): Promise<number> {
  const rng = new Rng(seed);
  const rules = toleranceRules(policy, ref);
  const cal = await loadCalendar(tx);
  const wd = (d: string) => workingDayOnOrAfter(cal, d);
  const accounts = await tx.select({ id: account.id, name: account.displayName, roles: account.roles, personId: account.personId, username: account.username }).from(account).where(eq(account.institutionId, institutionId));
  const actor = accounts.find((a) => (a.roles as string[]).includes('discipline'))!;
  const depthead = accounts.find((a) => a.username.endsWith('depthead'));
  const depts = await tx.select({ id: department.id, code: department.code, name: department.name }).from(department).where(eq(department.institutionId, institutionId));
  const deptId = (code: string) => depts.find((d) => d.code === code)?.id ?? depts[0].id;
  const holders = await tx
    .select({ personId: tenure.personId, rank: post.rank, departmentId: post.departmentId, name: person.name })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(person, personOfTenure)
    .where(and(eq(tenure.institutionId, institutionId), isNull(tenure.endDate), inArray(post.rank, ['middle_chief', 'middle_deputy', 'section'])));
  const team = (code: string) => holders.filter((h) => h.departmentId === deptId(code));
  const teamPeople = [...team('jwb'), ...team('zzb')].slice(0, 3);
  const used = new Set<number>([...teamPeople.map((t) => t.personId), ...(depthead?.personId ? [depthead.personId] : [])]);
  const cadres = holders.filter((h) => h.rank !== 'section' && !used.has(h.personId));

  let n = 0;
  const byScenario = new Map<number, { caseId: number; reviewId: number | null; subjectPersonId: number | null; outcome: string | null; decidedOn: string | null }>();
  const list = scenarios(rules.strategy === 'investigate_with_accountability', rules.strategy === 'apply_to_party_committee_within_working_days');
  for (const [i, s] of list.entries()) {
    const matter = MATTERS[SCENARIO_MATTERS[i] ?? i % MATTERS.length];
    const startedOn = wd(addDays(ref, -s.started));
    const on = (days: number) => {
      const d = wd(addDays(startedOn, days));
      return d > ref ? ref : d;
    };
    let subjectPersonId: number | null = null;
    let subjectDepartmentId: number;
    if (s.unit) {
      const academic = depts.filter((d) => d.name.includes('学院') && !d.name.includes('学院办'));
      subjectDepartmentId = (academic[1] ?? depts[0]).id;
    } else {
      const pickable = cadres.filter((c) => !used.has(c.personId));
      const who = s.subjectIsDepthead && depthead?.personId ? holders.find((h) => h.personId === depthead.personId)! : pickable[rng.int(0, pickable.length - 1)];
      used.add(who.personId);
      subjectPersonId = who.personId;
      subjectDepartmentId = who.departmentId;
    }
    const exOfficio = rules.strategy === 'investigate_with_accountability';
    const [c] = await tx
      .insert(accountabilityCase)
      .values({
        institutionId, subjectKind: s.unit ? 'department' : 'person', subjectPersonId, subjectDepartmentId, accountableDepartmentId: deptId(matter.by), matter: matter.text, startedOn,
        stage: s.stage, investigatingSince: s.stage === 'started' ? null : on(exOfficio ? 0 : 1), handling: null, createdBy: actor.id,
      })
      .returning({ id: accountabilityCase.id });
    n++;
    if (s.filed === null) continue;
    const filedOn = on(s.filed);
    const applicant = s.unit ? (holders.find((h) => h.departmentId === subjectDepartmentId && h.rank === 'middle_chief')?.personId ?? null) : subjectPersonId;
    let state: ReviewState = {
      status: exOfficio ? 'investigating' : 'submitted', caseStartedOn: startedOn, filedOn, acceptedOn: exOfficio ? filedOn : null, teamOn: null, applicantPersonId: applicant, teamPersonIds: [], hearingOn: null, reportOn: null, privateGainFound: null, proposedOn: null,
      outcome: null, decidedOn: null, firstDeferredOn: null, feedbackOn: null, publishedOn: null, recordFiledOn: null,
    };
    const fitting = (matter.grounds as readonly string[]).filter((g) => rules.grounds.includes(g));
    const ground = fitting[0] ?? rules.grounds[rules.grounds.length - 1];
    const row: Partial<typeof toleranceReview.$inferInsert> = {};
    const steps: (typeof toleranceStep.$inferInsert)[] = [];
    const step = (action: string, d: string, summary: string | null, article: string | null) =>
      steps.push({ institutionId, reviewId: 0, action, on: d, accountId: actor.id, actorName: actor.name, summary, article });
    if (exOfficio) step('open', filedOn, FILING_WORDS[rules.strategy].filedTo(''), rules.filing.citation);
    else step('file', filedOn, `${FILING_WORDS[rules.strategy].filedTo(depts.find((d) => d.code === matter.by)?.name ?? '')}；容错情形：${VALUE_LABELS[ground] ?? ground}`, rules.filing.citation);
    for (const [action, days, p] of s.events) {
      if (action === 'file_record' && rules.procedure.filingRoles.length === 0) continue;
      if (action === 'accept' && exOfficio) continue;
      const d = on(days);
      const input: ActionInput = { on: d, actorPersonId: null, ...p };
      if (action === 'refuse') input.reason = p.text;
      if (action === 'team') input.teamPersonIds = teamPeople.map((t) => t.personId);
      if (action === 'decide') {
        input.meetingRef = `党委会议纪要〔${d.slice(0, 4)}〕${10 + i}号`;
        if (p.outcome === 'deny') input.explanation = '经调查，超范围列支系为单位谋取不当利益，不符合容错情形；已向本人解释答复';
        if (p.outcome === 'mitigate') input.mitigationNote = '主动挽回损失、认错态度好，从轻给予诫勉处理';
        if (p.outcome === 'defer') input.deferUntil = addMonths(d, 2);
      }
      state = apply(state, action, input, rules.procedure, ref);
      switch (action) {
        case 'accept': row.acceptedOn = d; break;
        case 'refuse': Object.assign(row, { refusedOn: d, refusalReason: p.text, refusalArticle: rules.filing.citation }); break;
        case 'team': row.team = teamPeople.map((t) => ({ personId: t.personId, name: t.name, role: depts.find((x) => x.id === t.departmentId)?.name ?? '' })); break;
        case 'hearing': Object.assign(row, { hearingOn: d, hearingSummary: p.text }); break;
        case 'report': Object.assign(row, { reportOn: d, report: `调查组经调阅材料、个别谈话，查明事实经过。${p.privateGainFound ? '存在为单位谋取不当利益情形。' : '当事人出于公心、勤勉尽责，未谋取私利。'}`, privateGainFound: p.privateGainFound, factors: { background: '学院改革发展任务重、时间紧', motive: p.privateGainFound ? '为单位谋取不当利益' : '推动工作、出于公心', consequences: '造成一定影响，已基本消除' } }); break;
        case 'propose': Object.assign(row, { proposedOn: d, proposedOutcome: p.outcome, proposal: p.text }); break;
        case 'decide': Object.assign(row, { outcome: p.outcome, decidedOn: d, meetingRef: input.meetingRef, explanation: input.explanation ?? null, mitigationNote: input.mitigationNote ?? null, impactUntil: p.outcome === 'mitigate' ? addMonths(d, 6) : null, deferUntil: input.deferUntil ?? null, firstDeferredOn: state.firstDeferredOn, protections: p.outcome === 'exempt' ? rules.protections : [], protectionCitation: p.outcome === 'exempt' ? rules.protectionsCitation : null }); break;
        case 'feedback': Object.assign(row, { feedbackOn: d, feedbackMethod: p.method }); break;
        case 'publish': Object.assign(row, { publishedOn: d, publicationScope: p.scope, publicationMethod: p.method }); break;
        case 'file_record': row.recordFiledOn = d; break;
        case 'close': row.closedOn = d; break;
      }
      step(action, d, p.text ?? p.method ?? (input.meetingRef ? `党委会议（${input.meetingRef}）认定` : null), null);
    }
    const [r] = await tx
      .insert(toleranceReview)
      .values({
        institutionId, caseId: c.id, origin: exOfficio ? 'ex_officio' : 'application', strategy: rules.strategy, applicantPersonId: applicant,
        grounds: exOfficio ? (row.reportOn ? fitting.slice(0, 2) : []) : [ground], facts: exOfficio ? null : `关于“${matter.text}”一事，本人按学院部署推进工作，出于公心、勤勉尽责，未谋取私利；问题发生后主动报告并采取措施消除影响，恳请组织依规认定。`,
        noPrivateGainPledge: !exOfficio, filedOn, status: state.status, ...(exOfficio ? { acceptedOn: filedOn } : {}), ...row, createdBy: actor.id,
      })
      .returning({ id: toleranceReview.id });
    await tx.insert(toleranceStep).values(steps.map((x) => ({ ...x, reviewId: r.id })));
    byScenario.set(i, { caseId: c.id, reviewId: r.id, subjectPersonId, outcome: state.outcome, decidedOn: state.decidedOn });
    if (s.carriedOut !== undefined) {
      const handling = state.outcome === 'exempt' ? '经党委认定予以免责，不予追究责任' : state.outcome === 'mitigate' ? '经党委认定减责，从轻给予诫勉处理' : '给予通报批评，责令作出书面检查';
      await tx.update(accountabilityCase).set({ handling, carriedOutOn: on(s.carriedOut), closedOn: s.closed !== undefined ? on(s.closed) : null }).where(eq(accountabilityCase.id, c.id));
    }
  }
  // 纠错: measures after the determinations — one done, one running, one overdue.
  const kinds = rules.correctionMeasures;
  const measures: [number, string[], string, number, boolean][] = [
    // scenario, the measures that fit (the first the pack has), requirement, due in days from the decision, closed
    [6, ['order_to_correct'], '分析应急抢修审批环节的疏漏，修订校园设施应急维修管理办法', 30, true],
    [7, ['order_to_correct'], '限期完善实习安置三方协议签订流程，逐一排查在岗实习学生协议签订情况', 120, false],
    [8, ['written_inquiry', 'suggestion_letter'], '就科研经费超范围列支问题作出书面说明，退回违规列支款项', 40, false],
  ];
  for (const [si, fits, requirement, dueIn, closed] of measures) {
    const kind = fits.find((k) => kinds.includes(k)) ?? kinds[0];
    const x = byScenario.get(si);
    if (!x?.decidedOn || !x.subjectPersonId) continue;
    const dueDate = addDays(x.decidedOn, dueIn);
    const [m] = await tx
      .insert(correctionMeasure)
      .values({
        institutionId, caseId: x.caseId, reviewId: x.reviewId, kind, requirement, responsiblePersonId: x.subjectPersonId, assignedOn: x.decidedOn, dueDate,
        status: closed ? 'closed' : 'open', closedOn: closed ? addDays(x.decidedOn, dueIn - 5) : null, evidence: closed ? '已修订《校园设施应急维修管理办法》并经院长办公会审议通过' : null, createdBy: actor.id,
      })
      .returning({ id: correctionMeasure.id });
    // As the corrections route does: a measure calling for an interview or an inquiry is an event for the interviews area.
    const event = correctionInterviewEvent(institutionId, { id: m.id, kind, dueDate, requirement, caseId: x.caseId, subjectPersonId: x.subjectPersonId }, x.decidedOn);
    if (event) await tx.insert(domainEvent).values(event);
  }
  await seedPetitions(tx, institutionId, ref, rng, cadres.filter((c) => !used.has(c.personId)), actor.id, wd);
  return n;
}

/** 信访举报 at every step: new, being checked, a minor issue handled, an untrue report awaiting clearance, a malicious one. */
async function seedPetitions(tx: Tx, institutionId: number, ref: string, rng: Rng, people: { personId: number; departmentId: number }[], createdBy: number, wd: (d: string) => string) {
  const at = (days: number) => {
    const d = wd(addDays(ref, -days));
    return d > ref ? ref : d;
  };
  const rows: (Omit<typeof petition.$inferInsert, 'institutionId' | 'createdBy' | 'reporterName' | 'reporterContact'> & { reporterName?: string; reporterContact?: string })[] = [
    { receivedOn: at(3), channel: 'online', allegation: '反映其在实训耗材采购中指定供应商', anonymous: true, status: 'received' },
    { receivedOn: at(25), channel: 'letter', allegation: '反映其在职称评审推荐中优亲厚友', anonymous: false, reporterName: '赵立群', reporterContact: '138****2217', status: 'checking', checkingSince: at(22) },
    { receivedOn: at(80), channel: 'phone', allegation: '反映其上班时间经常离岗处理私事', anonymous: true, status: 'closed', checkingSince: at(78), outcome: 'partly_true', concludedOn: at(60), conclusion: '经核查，反映的离岗问题部分属实，系外出办理学院公务未履行请假手续，情节轻微', disposition: 'reminder' },
    { receivedOn: at(50), channel: 'referral', allegation: '上级转办：反映其利用职务便利为亲属承揽学院工程', anonymous: true, status: 'concluded', checkingSince: at(48), outcome: 'untrue', concludedOn: at(20), conclusion: '经调取合同档案、走访相关人员，反映问题查无实据' },
    { receivedOn: at(120), channel: 'online', allegation: '多次匿名举报其收受招生考生家长财物', anonymous: true, status: 'concluded', checkingSince: at(118), outcome: 'malicious', concludedOn: at(70), conclusion: '经核查反映问题失实，系举报人因个人诉求未满足捏造事实、恶意中伤', clearanceScope: 'meeting', clearanceDetail: '在所在部门全体教职工会议上澄清事实', clearedOn: at(62) },
    { receivedOn: at(200), channel: 'visit', allegation: '反映其在学生评优中弄虚作假', anonymous: false, reporterName: '钱淑芬', reporterContact: '139****0832', status: 'closed', checkingSince: at(198), outcome: 'mistaken', concludedOn: at(170), conclusion: '经核查系举报人对评优程序不了解造成误解，属错告', clearanceScope: 'talk', clearanceDetail: '纪委负责同志与本人谈心，并向举报人解释评优程序', clearedOn: at(165) },
  ];
  for (const row of rows) {
    const who = people.splice(rng.int(0, people.length - 1), 1)[0];
    if (!who) break;
    const id = await nextId(tx, petition);
    const reporter = { reporterName: seal(petition.reporterName, id, row.reporterName), reporterContact: seal(petition.reporterContact, id, row.reporterContact) };
    const values = { ...row, ...reporter, id, institutionId, reportedPersonId: who.personId, reportedDepartmentId: who.departmentId, createdBy };
    const [p] = await tx.insert(petition).overridingSystemValue().values(values).returning({ id: petition.id });
    const untrue = row.outcome && row.concludedOn ? untrueReportEvent(institutionId, { id: p.id, reportedPersonId: who.personId }, row.outcome as PetitionOutcome, row.concludedOn) : null;
    if (untrue) await tx.insert(domainEvent).values(untrue);
    if (row.clearedOn && row.clearanceScope) await tx.insert(domainEvent).values(clearedEvent(institutionId, { id: p.id, reportedPersonId: who.personId, outcome: row.outcome ?? null }, row.clearedOn, row.clearanceScope));
  }
}
