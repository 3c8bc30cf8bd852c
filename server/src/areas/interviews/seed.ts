import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../core/db/client';
import { nextId, seal } from '../../core/db/sealed';
import { account, accountabilityCase, interview, interviewPlan, interviewStatistics, interviewTarget, interviewTargetFact, writtenInquiry } from '../../core/db/schema';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { workingDayOnOrAfter } from '../../core/demo/calendar';
import { loadCalendar } from '../../core/services/calendar.service';
import { addDays } from '../../core/shared/dates';
import { workingDayDeadline } from '../../core/calendar/deadlines';
import { interviewRules, type InterviewKind } from './rules/rules';
import { planInterview } from './rules/plan';
import { quarterEnd, quarterOf, quarterStart, quartersBegun } from './rules/quarters';
import { leadContext } from './context';
import { Rng } from '../../core/demo/random';
import { incentivesPolicy } from '../incentives';
import { interviewsPolicy } from './policy';

const RECORDS: Record<InterviewKind, string> = {
  prevention: '主谈人通报了近期高校系统违纪违法典型案例，就落实党风廉政建设“一岗双责”、严守中央八项规定精神、规范权力运行提出要求。约谈对象结合分管工作查找了廉政风险点，表示将带头遵守廉洁自律各项规定，作出廉政表态。',
  inquiry: '主谈人就反映的问题线索向约谈对象询问核实，要求其如实说明情况。约谈对象对有关事项作了说明，表示将在规定时间内提交书面说明材料，并对工作中存在的不规范之处主动整改。',
  admonition: '主谈人指出约谈对象在履职中存在的问题，进行批评训诫，要求其深刻反思、限期纠正。约谈对象表示接受组织批评，将认真查找思想根源，制定整改措施，写出书面错误认识材料。',
  accountability: '主谈人通报了对约谈对象的问责处理决定，帮助其正确对待处理结果，深刻反思履职不到位的原因。约谈对象表示诚恳接受组织处理，吸取教训，在今后工作中改进作风、履职尽责。',
};
const MATERIAL_TEXT: Record<InterviewKind, string> = {
  prevention: '本人郑重承诺：严格遵守党章党规党纪，认真履行党风廉政建设“一岗双责”，严守中央八项规定及其实施细则精神，不利用职务便利为本人和他人谋取私利，自觉接受组织和群众监督。',
  inquiry: '关于反映问题的说明：经本人认真回忆并查阅相关材料，现将有关情况说明如下……上述情况属实，如有不实，本人愿承担相应责任。',
  admonition: '错误认识材料：本人在工作中存在纪律意识不强、程序执行不严的问题，根源在于放松了学习和自我要求。今后将从以下几个方面认真整改……',
  accountability: '错误认识材料：对组织作出的问责处理，本人诚恳接受。本人对履职不到位的问题进行了深刻反思，主要原因是……今后将切实吸取教训。',
};

/**
 * A year of interview work (tongren-2016) in a college, with the gaps a real year has: the first campaign approved
 * and held (one interviewee's material still outstanding), the second submitted and awaiting the leading group, a
 * plan of written inquiries (one assessed, one replied, one awaiting its reply), department plans mostly filed each
 * quarter, department interviews and their statistics (one quarter's statistics not reported), and an interview of
 * the demo department head held last week whose pledge is still due.
 */
export async function seedInterviews(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number, shortName: string): Promise<number> {
  const rng = new Rng(seed);
  const rules = interviewRules(policy, ref);
  const cal = await loadCalendar(tx);
  const past = (days: number) => {
    const d = workingDayOnOrAfter(cal, addDays(ref, -days));
    return d > ref ? ref : d;
  };
  const ahead = (days: number) => workingDayOnOrAfter(cal, addDays(ref, days));
  const year = Number(ref.slice(0, 4));
  const { ctx, posts } = await leadContext(tx, institutionId, ref, policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', ref));
  const accounts = await tx.select({ id: account.id, roles: account.roles, personId: account.personId, username: account.username }).from(account).where(eq(account.institutionId, institutionId));
  const acct = (suffix: string) => accounts.find((a) => a.username.endsWith(suffix))!;
  const disc = acct('discipline');
  const org = acct('org');
  const principal = acct('principal');
  const depthead = acct('depthead');
  const demoPeople = new Set(accounts.map((a) => a.personId).filter((x): x is number => x !== null));
  const members = posts.filter((p) => ['cpc_member', 'cpc_probationary'].includes(p.politicalStatus));
  const used = new Set<number>(demoPeople);
  const pick = (filter: (p: (typeof posts)[number]) => boolean, n: number) => {
    const pool = members.filter((p) => filter(p) && !used.has(p.personId));
    const out: number[] = [];
    while (out.length < n && pool.length) {
      const p = pool.splice(rng.int(0, pool.length - 1), 1)[0];
      if (used.has(p.personId)) continue;
      used.add(p.personId);
      out.push(p.personId);
    }
    return out;
  };
  const recorderFor = (organizerKind: string, departmentId: number | null, targets: number[]) =>
    organizerKind === 'org'
      ? org.personId
      : organizerKind === 'department'
        ? (posts.find((p) => p.departmentId === departmentId && (p.rank === 'section' || p.rank === 'staff') && !targets.includes(p.personId))?.personId ?? disc.personId)
        : disc.personId;

  let count = 0;
  async function add(o: {
    planId: number | null; kind: InterviewKind; targets: number[]; topic: string; scheduledOn: string; heldOn?: string | null; materialsOn?: (string | null)[]; closedOn?: string | null;
    form?: 'individual' | 'group'; groupReason?: string; lead?: number | null; place?: string; reasons?: string[]; handling?: { proposal: string; on: string; ref: string }; caseId?: number | null;
  }) {
    const p = planInterview(o.targets, posts, ctx, o.kind, rules, ref, o.lead ?? undefined);
    const lead = p.candidates.find((c) => c.personId === o.lead) ?? p.preselected;
    if (!lead || !p.organizer) return null;
    const org = p.organizer.organizer;
    const departmentId = org.kind === 'department' ? org.departmentId : null;
    const id = await nextId(tx, interview);
    const [iv] = await tx
      .insert(interview)
      .overridingSystemValue()
      .values({
        id, institutionId, planId: o.planId, kind: o.kind, form: o.form ?? 'individual', groupReason: o.groupReason ?? null, topic: o.topic,
        leadPersonId: lead.personId, leadRule: lead.rule, leadArticle: lead.article, leadIfNeeded: lead.ifNeeded, organizerKind: org.kind, organizerDepartmentId: departmentId,
        officeSupports: p.organizer.officeSupports, recorderPersonId: recorderFor(org.kind, departmentId, o.targets), scheduledOn: o.scheduledOn, place: o.place ?? (org.kind === 'department' ? '本部门会议室' : '行政楼三楼第二会议室'),
        outline: seal(interview.outline, id, `一、通报约谈事由；二、听取约谈对象说明；三、提出要求；四、约谈对象表态。重点：${o.topic}`),
        status: o.closedOn ? 'closed' : o.heldOn ? 'held' : 'planned', heldOn: o.heldOn ?? null, record: seal(interview.record, id, o.heldOn ? RECORDS[o.kind] : null), closedOn: o.closedOn ?? null,
        violationConfirmed: o.handling ? true : null, handlingProposal: o.handling?.proposal ?? null, handlingStatus: o.handling ? 'approved' : null,
        handlingDecidedOn: o.handling?.on ?? null, handlingMeetingRef: o.handling?.ref ?? null, caseId: o.caseId ?? null, createdBy: disc.id,
      })
      .returning({ id: interview.id });
    await tx.insert(interviewTarget).values(
      o.targets.map((personId, i) => {
        const on = o.materialsOn?.[i] ?? null;
        return {
          institutionId, interviewId: iv.id, personId, departmentId: p.targets[i].departmentId, reason: o.reasons?.[i] ?? null, material: rules.materials.value[o.kind],
          materialOn: on, materialText: on ? MATERIAL_TEXT[o.kind] : null,
        };
      }),
    );
    count++;
    return iv.id;
  }
  const plan = async (v: Omit<typeof interviewPlan.$inferInsert, 'institutionId' | 'createdBy'>) =>
    (await tx.insert(interviewPlan).values({ ...v, institutionId, createdBy: disc.id }).returning({ id: interviewPlan.id }))[0].id;

  // The first campaign: approved, held, all but one material handed in.
  const c1Held = past(190);
  const c1 = await plan({
    kind: 'campaign', year: Number(c1Held.slice(0, 4)), title: `${c1Held.slice(0, 4)} 年上半年党员干部集中约谈`, status: 'approved',
    summary: '梳理上年度巡察反馈、审计发现和信访举报问题线索，对重要部门主要负责人、新任职干部开展预防提醒谈话，对有反映的干部询问示警，对受到处理的干部纠错诫勉、问责处分约谈。',
    submittedOn: past(235), approvedOn: past(228), meetingRef: `${shortName}约谈领导小组〔${c1Held.slice(0, 4)}〕1号`, approvedBy: principal.id,
  });
  const heads = pick((p) => p.rank === 'middle_chief' && p.isHead && p.isKeyPost, 3);
  for (const [i, t] of heads.entries())
    await add({ planId: c1, kind: 'prevention', targets: [t], topic: '重要部门主要负责人廉政提醒', scheduledOn: past(196 - i * 3), heldOn: past(196 - i * 3), materialsOn: [past(193 - i * 3)], closedOn: past(190 - i * 3), reasons: ['重要部门、关键岗位主要负责人'] });
  const newly = members.filter((p) => ['middle_chief', 'middle_deputy'].includes(p.rank) && p.postSince > addDays(ref, -330) && p.postSince < addDays(ref, -200) && !used.has(p.personId)).map((p) => p.personId);
  if (newly.length >= 2) {
    newly.forEach((x) => used.add(x));
    await add({
      // The secretary leads the newly appointed together (五（一）4: “必要时，由学校党委书记或校长作为主谈人”).
      planId: c1, kind: 'prevention', form: 'group', targets: newly.slice(0, 6), lead: ctx.secretary?.personId, topic: '新任职处级干部集体廉政谈话', scheduledOn: past(200), heldOn: past(200),
      materialsOn: newly.slice(0, 6).map((_, i) => past(198 - i)), closedOn: past(185), reasons: newly.slice(0, 6).map(() => '新提拔任用或交流任职'), place: '图书馆报告厅',
    });
  }
  const [inquired] = pick((p) => p.rank === 'middle_deputy', 1);
  if (inquired) await add({ planId: c1, kind: 'inquiry', targets: [inquired], topic: '就反映其分管采购项目验收不规范问题询问示警', scheduledOn: past(182), heldOn: past(182), materialsOn: [past(176)], closedOn: past(170), reasons: ['有反映问题线索需询问核实'] });
  const [admonished] = pick((p) => p.rank === 'middle_deputy' || p.rank === 'section', 1);
  if (admonished)
    await add({
      planId: c1, kind: 'admonition', targets: [admonished], topic: '公务接待超标准问题纠错诫勉', scheduledOn: past(178), heldOn: past(178), materialsOn: [null], reasons: ['给予诫勉谈话'],
      handling: { proposal: '经约谈核实，公务接待超标准问题属实，情节较轻，建议给予诫勉处理并责令退赔超标准费用', on: past(160), ref: `${shortName}约谈领导小组〔${c1Held.slice(0, 4)}〕3号` },
    });
  const handled = await tx
    .select({ personId: accountabilityCase.subjectPersonId, matter: accountabilityCase.matter, on: accountabilityCase.carriedOutOn })
    .from(accountabilityCase)
    .where(and(eq(accountabilityCase.institutionId, institutionId), isNotNull(accountabilityCase.carriedOutOn), isNotNull(accountabilityCase.subjectPersonId)));
  const accountable = handled.find((h) => h.personId && !used.has(h.personId) && members.some((m) => m.personId === h.personId));
  if (accountable?.personId) {
    used.add(accountable.personId);
    const on = accountable.on! < past(20) ? workingDayOnOrAfter(cal, addDays(accountable.on!, 10)) : past(5);
    await add({ planId: null, kind: 'accountability', targets: [accountable.personId], topic: `问责处分约谈：${accountable.matter.slice(0, 40)}`, scheduledOn: on > ref ? ref : on, heldOn: on > ref ? ref : on, materialsOn: [null], reasons: ['给予问责处理'] });
  }

  // The second campaign: drafted with its targets and outlines, submitted, awaiting the leading group.
  const c2 = await plan({
    kind: 'campaign', year, title: `${year} 年下半年党员干部集中约谈`, status: 'submitted', submittedOn: past(3),
    summary: '结合年度考核和主题教育查摆问题，对财务、资产、招生等关键岗位和廉政风险点较高岗位干部开展预防提醒谈话，对有苗头性问题的干部询问示警。',
  });
  for (const [i, t] of pick((p) => (p.isHighRiskPost || p.isKeyPost) && ['middle_deputy', 'section'].includes(p.rank), 4).entries())
    await add({ planId: c2, kind: 'prevention', targets: [t], topic: '关键岗位、廉政风险点较高岗位干部廉政提醒', scheduledOn: ahead(10 + i), reasons: ['廉政风险点较高岗位'] });

  // Written inquiries planned for leads: one assessed, one replied awaiting assessment, one awaiting its reply.
  const inq = await plan({
    kind: 'campaign', year, title: `${year} 年第四季度问题线索谈话函询计划`, status: 'approved', submittedOn: past(45), approvedOn: past(40), meetingRef: `${shortName}约谈领导小组〔${year}〕5号`, approvedBy: principal.id,
    summary: '对信访举报反映的一般性问题线索，经甄别研判拟采取谈话函询方式处置，报领导小组批准后由纪检监察室发函。',
  });
  const letters: [string, number, number | null, string | null][] = [
    ['反映其在实验室建设项目中与供应商存在不正当往来', 35, 18, 'accepted'],
    ['反映其违规在校外兼职取酬', 30, 12, null],
    ['反映其子女婚宴操办规模较大', 9, null, null],
  ];
  for (const [matter, sent, replied, assessment] of letters) {
    const [t] = pick((p) => p.rank === 'middle_deputy' || p.rank === 'middle_chief', 1);
    if (!t) break;
    const sentOn = past(sent);
    const due = workingDayDeadline(cal, sentOn, rules.inquiryReplyWorkingDays.value);
    await tx.insert(writtenInquiry).values({
      institutionId, planId: inq, targetPersonId: t, departmentId: posts.find((p) => p.personId === t)?.departmentId ?? null, matter, questions: '请就反映的问题如实作出书面说明，并提供相关证明材料。',
      status: assessment ? 'assessed' : replied ? 'replied' : 'sent', sentOn, replyDue: due.date, replyDueProvisional: due.provisional, replyOn: replied ? past(replied) : null,
      reply: replied ? '关于函询问题的说明：经认真核对，有关情况说明如下……' : null, assessment, assessedOn: assessment ? past(10) : null, assessmentNote: assessment ? '说明情况清楚，有相关材料佐证，予以采信了结。' : null, createdBy: disc.id,
    });
  }

  // Facts the discipline office registered: they make targets of the admonition and accountability interviews to come.
  const registered: [string, string, (p: (typeof posts)[number]) => boolean][] = [
    ['life_meeting_explanation', '在领导班子民主生活会上就分管领域招生宣传不规范问题作出说明', (p) => p.rank === 'middle_chief'],
    ['disciplinary_sanction', '违规收受服务对象礼品，经院纪委研究给予党内警告处分', (p) => p.rank === 'section'],
    ['organizational_handling', '履行管理职责不到位，给予诫勉处理并调整工作岗位', (p) => p.rank === 'middle_deputy'],
  ];
  for (const [i, [source, detail, fits]] of registered.entries()) {
    const [t] = pick(fits, 1);
    if (t) await tx.insert(interviewTargetFact).values({ institutionId, personId: t, source, on: past(20 + i * 17), detail, createdBy: disc.id });
  }

  // The demo department head: a prevention interview last week; the pledge is still due.
  if (depthead.personId) await add({ planId: null, kind: 'prevention', targets: [depthead.personId], topic: '二级学院主要负责人新学年廉政提醒', scheduledOn: past(6), heldOn: past(6), materialsOn: [null], reasons: ['二级学院主要负责人'] });

  // Departments: quarterly plans (mostly filed), their own interviews of 科级 and below, and statistics.
  const depts = [...new Set(posts.filter((p) => p.rank === 'middle_chief' && p.isHead).map((p) => p.departmentId))];
  const filed = new Map<string, number>();
  for (const d of depts)
    for (const q of quartersBegun(year, ref)) {
      const window = addDays(quarterStart(year, q), rules.planFilingDueDays.value);
      const current = window > ref;
      if (rng.chance(current ? 0.5 : 0.93)) {
        const on = addDays(quarterStart(year, q), rng.int(1, current ? 5 : rules.planFilingDueDays.value - 1));
        if (on > ref) continue;
        const id = await plan({
          kind: 'department', year, quarter: q, departmentId: d, title: `${year} 年第 ${q} 季度约谈计划`, status: 'filed', filedOn: on,
          summary: '对本部门科级及以下党员干部开展日常提醒谈话，重点关注经费使用、采购和学生资助等岗位。',
        });
        filed.set(`${d}:${q}`, id);
      }
    }
  // Last year, finished: its campaigns carried out and its quarterly plans filed, but for the odd gap that stays
  // overdue into this year (interviews.carry_over_years).
  const last = year - 1;
  if (policy.maybeParam(interviewsPolicy, 'interviews.campaigns_per_year', `${last}-12-31`)) {
    const already = c1Held.startsWith(String(last)) ? 1 : 0;
    for (let i = already; i < rules.campaignsPerYear.value; i++) {
      const on = workingDayOnOrAfter(cal, `${last}-${i === 0 ? '05' : '11'}-${String(rng.int(10, 20)).padStart(2, '0')}`);
      const id = await plan({
        kind: 'campaign', year: last, title: `${last} 年${i === 0 ? '上' : '下'}半年党员干部集中约谈`, status: 'approved', submittedOn: addDays(on, -30), approvedOn: addDays(on, -21),
        meetingRef: `${shortName}约谈领导小组〔${last}〕${i + 1}号`, approvedBy: principal.id,
        summary: '梳理问题线索，对重要岗位干部开展预防提醒谈话。',
      });
      for (const t of pick((p) => p.rank === 'middle_chief' || p.rank === 'middle_deputy', 2))
        await add({ planId: id, kind: 'prevention', targets: [t], topic: '重要岗位干部廉政提醒', scheduledOn: on, heldOn: on, materialsOn: [addDays(on, 3)], closedOn: addDays(on, 7), reasons: ['重要岗位'] });
    }
    for (const d of depts)
      for (const q of [1, 2, 3, 4])
        if (rng.chance(0.97))
          await plan({
            kind: 'department', year: last, quarter: q, departmentId: d, title: `${last} 年第 ${q} 季度约谈计划`, status: 'filed', filedOn: addDays(quarterStart(last, q), rng.int(1, rules.planFilingDueDays.value - 1)),
            summary: '对本部门科级及以下党员干部开展日常提醒谈话。',
          });
  }
  const withStaff = depts.filter((d) => members.some((p) => p.departmentId === d && (p.rank === 'section' || p.rank === 'staff') && !used.has(p.personId)));
  const reported = new Set<string>();
  for (const [k, d] of withStaff.slice(0, 5).entries()) {
    const q = Math.max(1, quarterOf(ref) - 1 - (k % 2));
    const on = workingDayOnOrAfter(cal, addDays(quarterStart(year, q), 20 + k * 7));
    if (on > ref) continue;
    const [t] = pick((p) => p.departmentId === d && (p.rank === 'section' || p.rank === 'staff'), 1);
    if (!t) continue;
    await add({ planId: filed.get(`${d}:${q}`) ?? null, kind: 'prevention', targets: [t], topic: '岗位廉政风险提醒谈话', scheduledOn: on, heldOn: on, materialsOn: [addDays(on, 2)], closedOn: addDays(on, 5), reasons: ['本部门季度约谈计划'] });
    // One department has not reported its statistics for that quarter.
    if (k !== 2 && addDays(quarterEnd(year, q), 3) <= ref && !reported.has(`${d}:${q}`)) {
      reported.add(`${d}:${q}`);
      await tx.insert(interviewStatistics).values({ institutionId, departmentId: d, year, quarter: q, reportedOn: addDays(quarterEnd(year, q), 3), figures: { prevention: 1, inquiry: 0, admonition: 0, accountability: 0 }, note: null, createdBy: disc.id });
    }
  }
  return count;
}
