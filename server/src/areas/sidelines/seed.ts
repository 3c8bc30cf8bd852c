import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Tx } from '../../core/db/client';
import { account, department, outsideOrg, oversight, post, sideline, sidelineApplication, sidelineDecision, sidelinePay, sidelineReport, tenure } from '../../core/db/schema';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { chainFor, type RankGroup, type Step } from './rules/approval-chain';
import { rankGroup } from './rules/eligibility';
import { usccCheckChar } from './rules/uscc';
import { addDays, addMonths, addYears } from '../../core/shared/dates';
import { Rng } from '../../core/demo/random';
import { storeFile } from '../../core/files/files';
import { postOfTenure } from '../../core/db/joins';
import { sidelinesPolicy } from './policy';
import { VALUE_LABELS } from '../../core/policy/vocabulary';

/** The outside organizations of a college's demo; names are fictional. */
function orgTemplates(prov: string, city: string, short: string) {
  return [
    { key: 'hvedu', name: `${prov}省高等职业教育研究会`, kind: 'association', reg: '51', post: '副秘书长', assocLead: true },
    { key: 'cs', name: `${prov}省计算机学会`, kind: 'association', reg: '51', post: '理事' },
    { key: 'elec', name: `${prov}省电子信息行业协会`, kind: 'association', reg: '51', post: '常务理事' },
    { key: 'acct', name: `${prov}省会计学会高校分会`, kind: 'association', reg: '51', post: '理事' },
    { key: 'auto', name: `${prov}省汽车工程学会`, kind: 'association', reg: '51', post: '理事' },
    { key: 'lib', name: `${prov}省高校图书情报工作委员会`, kind: 'association', reg: '51', post: '委员' },
    { key: 'found', name: `${prov}省教育发展基金会`, kind: 'foundation', reg: '53', post: '理事' },
    { key: 'school', name: `${city}智能制造职业技能培训学校`, kind: 'private_nonprofit', reg: '52', post: '理事', coFounded: true },
    { key: 'own', name: `${short}科技发展有限公司`, kind: 'enterprise', reg: '91', post: '董事', investment: 'wholly', remuneration: true },
    { key: 'cloud', name: `${city}云数信息技术有限公司`, kind: 'enterprise', reg: '91', post: '技术顾问', remuneration: true },
    { key: 'journal', name: '《职业技术教育研究》编辑委员会', kind: 'academic_journal', reg: null, post: '编委' },
    { key: 'apvet', name: '亚太职业教育发展联盟', kind: 'international_academic', reg: null, post: '理事', foreign: true },
  ] as const;
}

const PROVINCES: Record<string, [string, string, string]> = { '510': ['四川', '成都市', '川'], '320': ['江苏', '徐州市', '苏'], '520': ['贵州', '铜仁市', '黔'], '340': ['安徽', '合肥市', '皖'] };
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function uscc(rng: Rng, reg: string, region6: string): string {
  const body = `${reg}${region6}${Array.from({ length: 9 }, () => USCC_CHARS[rng.int(0, USCC_CHARS.length - 1)]).join('')}`;
  return body + usccCheckChar(body);
}

/** A one-page PDF saying what the attachment stands for (ASCII only: the demo's stand-in for a scanned document). */
function stubPdf(label: string): Buffer {
  const text = `Demo attachment: ${label}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 770 Td (${text}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

interface Cadre {
  personId: number;
  rank: string;
  title: string;
  departmentId: number;
  startDate: string;
}

/**
 * 兼职 as a college has them: middle cadres and leaders holding association, journal and enterprise posts; applications
 * waiting at every step of their chains (one returned, one refused, one draft); a term ending soon and a post near its
 * ten years; last year's reports mostly in; pay turned over and confirmed, turned over and not yet confirmed, and not
 * yet turned over; a leader promoted from a middle post still holding an enterprise post (第十六条); resignations.
 */
export async function seedSidelines(tx: Tx, institutionId: number, policy: EffectivePolicy, ref: string, seed: number, region: string, shortName: string): Promise<number> {
  const rng = new Rng(seed);
  const [prov, city, abbr] = PROVINCES[region] ?? ['四川', '成都市', '川'];
  const accounts = await tx.select({ id: account.id, name: account.displayName, roles: account.roles, personId: account.personId, username: account.username }).from(account).where(eq(account.institutionId, institutionId));
  const orgActor = accounts.find((a) => (a.roles as string[]).includes('org')) ?? accounts[0];
  const foreignActor = accounts.find((a) => (a.roles as string[]).includes('foreign_affairs')) ?? orgActor;
  const leaderAccount = accounts.find((a) => a.username.endsWith('leader'));
  const deptheadAccount = accounts.find((a) => a.username.endsWith('depthead'));

  const orgIds = new Map<string, { id: number; post: string; assocLead: boolean; kind: string }>();
  for (const t of orgTemplates(prov, city, shortName)) {
    const [row] = await tx
      .insert(outsideOrg)
      .values({
        institutionId, name: t.name, kind: t.kind, uscc: t.reg ? uscc(rng, t.reg, `${region}100`) : null, registeredWith: t.reg?.startsWith('5') ? `${prov}省民政厅` : t.reg ? `${city}市场监督管理局` : null,
        relatedField: true, collegeInvestment: 'investment' in t ? t.investment : 'none', coFounded: 'coFounded' in t, foreignBackground: 'foreign' in t, hostileBackground: false,
        remunerationOffered: 'remuneration' in t, createdBy: orgActor.id,
      })
      .returning({ id: outsideOrg.id });
    orgIds.set(t.key, { id: row.id, post: t.post, assocLead: 'assocLead' in t, kind: t.kind });
  }

  const cadres: Cadre[] = (
    await tx
      .select({ personId: tenure.personId, rank: post.rank, title: post.title, departmentId: post.departmentId, startDate: tenure.startDate })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .where(and(eq(tenure.institutionId, institutionId), isNull(tenure.endDate), inArray(post.rank, ['principal', 'leader', 'middle_chief', 'middle_deputy'])))
  ).sort((a, b) => a.personId - b.personId);
  const oversights = await tx
    .select({ leader: oversight.leaderPersonId, dept: oversight.departmentId })
    .from(oversight)
    .where(and(eq(oversight.institutionId, institutionId), lte(oversight.startDate, ref), or(isNull(oversight.endDate), gt(oversight.endDate, ref))));
  const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', ref).value;
  const required = policy.value(sidelinesPolicy, 'sidelines.required_attachments', ref);
  const used = new Set<number>();
  const pick = (pred: (c: Cadre) => boolean) => {
    const c = cadres.filter((x) => pred(x) && !used.has(x.personId));
    const chosen = c.length ? c[rng.int(0, c.length - 1)] : undefined;
    if (chosen) used.add(chosen.personId);
    return chosen;
  };
  const middle = (c: Cadre) => c.rank === 'middle_chief' || c.rank === 'middle_deputy';
  const deptName = new Map((await tx.select({ id: department.id, name: department.name }).from(department).where(eq(department.institutionId, institutionId))).map((d) => [d.id, d.name]));
  let count = 0;

  /** An application, its decisions up to `stopAt` steps done, its attachments; for `approved`, the held post. */
  async function apply(c: Cadre, orgKey: string, o: { status: 'draft' | 'in_review' | 'returned' | 'refused' | 'approved'; done?: number; submitted: string; start: string; end: string | null; termNumber?: number; hasTerms?: boolean; approvedRank?: string; firstHeldSince?: string; continues?: number | null; justification?: string }) {
    const org = orgIds.get(orgKey)!;
    const group = rankGroup(o.approvedRank ?? c.rank) as RankGroup;
    const leaders = oversights.filter((x) => x.dept === c.departmentId).map((x) => x.leader);
    const foreign = org.kind === 'international_academic';
    const steps: Step[] = chainFor(chains, group, foreign, leaders);
    const done = o.status === 'approved' ? steps.length : (o.done ?? 0);
    const hasTerms = o.hasTerms ?? org.kind !== 'academic_journal';
    const [app] = await tx
      .insert(sidelineApplication)
      .values({
        institutionId, applicantPersonId: c.personId, orgId: org.id, postTitle: org.post, associationLeadershipPost: org.assocLead && org.kind === 'association', hasTerms, termYears: hasTerms ? 5 : null,
        termNumber: o.termNumber ?? 1, startDate: o.start, endDate: o.end, firstHeldSince: o.firstHeldSince ?? null, continuesSidelineId: o.continues ?? null,
        reason: `${deptName.get(c.departmentId) ?? ''}承担相关专业建设与行业合作工作，兼任该职务有利于推动校企合作和专业发展`,
        justification: o.justification ?? null, committedAt: new Date(`${o.submitted}T09:00:00+08:00`), status: o.status, rank: o.approvedRank ?? c.rank, departmentId: c.departmentId,
        steps: o.status === 'draft' ? [] : steps, currentStep: o.status === 'in_review' || o.status === 'refused' ? done : o.status === 'approved' ? steps.length : 0,
        stepSince: addDays(o.submitted, done * 6), submittedAt: o.status === 'draft' ? null : new Date(`${o.submitted}T09:30:00+08:00`), createdBy: orgActor.id,
        decidedAt: o.status === 'approved' || o.status === 'refused' ? new Date(`${addDays(o.submitted, steps.length * 6)}T16:00:00+08:00`) : null,
      })
      .returning({ id: sidelineApplication.id });
    for (const kind of required)
      if (o.status !== 'draft' || kind !== 'charter') {
        const bytes = stubPdf(kind);
        await storeFile(tx, { institutionId, ownerType: 'application', ownerId: app.id, kind, fileName: `${VALUE_LABELS[kind] ?? kind}.pdf`, mimeType: 'application/pdf', bytes, uploadedBy: orgActor.id });
      }
    if (o.status === 'draft') return { appId: app.id, sidelineId: null };
    const decisions: (typeof sidelineDecision.$inferInsert)[] = [{ institutionId, applicationId: app.id, stepIndex: -1, stepKind: 'applicant', decision: 'submit', accountId: orgActor.id, actorName: '申请人', decidedAt: new Date(`${o.submitted}T09:30:00+08:00`) }];
    steps.slice(0, done).forEach((s, i) => {
      const day = addDays(o.submitted, (i + 1) * 6);
      const actor = s.kind === 'foreign_affairs_opinion' ? foreignActor : s.kind === 'overseeing_leader' ? (accounts.find((a) => a.personId !== null && leaders.includes(a.personId)) ?? orgActor) : orgActor;
      decisions.push({
        institutionId, applicationId: app.id, stepIndex: i, stepKind: s.kind, decision: 'approve', accountId: actor.id, actorName: s.kind === 'overseeing_leader' ? '分管院领导' : actor.name,
        reason: s.kind === 'foreign_affairs_opinion' ? '经了解，该组织为学术性国际组织，政治倾向无异常，同意' : '同意',
        reference: s.kind === 'party_committee' ? `党委会纪要〔${day.slice(0, 4)}〕${rng.int(3, 40)}号` : s.kind === 'provincial_department_party_group' ? `${abbr}经信党〔${day.slice(0, 4)}〕${rng.int(10, 90)}号` : s.outside ? `${abbr}组干〔${day.slice(0, 4)}〕${rng.int(10, 90)}号` : s.kind === 'org_registration' ? `兼职备〔${day.slice(0, 4)}〕${rng.int(1, 60)}号` : null,
        meetingDate: s.kind === 'party_committee' ? day : null, decidedAt: new Date(`${day}T15:00:00+08:00`),
      });
    });
    if (o.status === 'returned' || o.status === 'refused') {
      const day = addDays(o.submitted, (done + 1) * 6);
      decisions.push({
        institutionId, applicationId: app.id, stepIndex: done, stepKind: steps[done].kind, decision: o.status === 'returned' ? 'return' : 'refuse', accountId: orgActor.id, actorName: steps[done].kind === 'overseeing_leader' ? '分管院领导' : orgActor.name,
        reason: o.status === 'returned' ? '邀请函未注明任期起止时间，请补充兼职单位出具的任期说明后重新提交' : '该公司经营范围与申请人分管业务存在利益关联，不同意兼职',
        decidedAt: new Date(`${day}T10:00:00+08:00`),
      });
    }
    await tx.insert(sidelineDecision).values(decisions);
    if (o.status !== 'approved') return { appId: app.id, sidelineId: null };
    const registered = addDays(o.submitted, steps.length * 6);
    const [s] = await tx
      .insert(sideline)
      .values({
        institutionId, personId: c.personId, orgId: org.id, applicationId: app.id, postTitle: org.post, associationLeadershipPost: org.assocLead && org.kind === 'association', hasTerms,
        termNumber: o.termNumber ?? 1, startDate: o.start, endDate: o.end, firstHeldSince: o.firstHeldSince ?? o.start, approvedRank: o.approvedRank ?? c.rank, justification: o.justification ?? null,
        registeredAt: registered, registrationNo: `兼职备〔${registered.slice(0, 4)}〕${rng.int(1, 60)}号`,
      })
      .returning({ id: sideline.id });
    count++;
    return { appId: app.id, sidelineId: s.id };
  }

  const lastYear = Number(ref.slice(0, 4)) - 1;
  const report = async (sidelineId: number, personAccount: number, pay?: { amount: string; turned: boolean; confirmed: boolean }) => {
    await tx.insert(sidelineReport).values({
      institutionId, sidelineId, year: lastYear, submittedBy: personAccount, submittedAt: `${lastYear + 1}-01-${String(rng.int(8, 29)).padStart(2, '0')}`,
      rolePerformed: '参加年度理事会和专业委员会工作会议，参与行业标准研讨，为学院专业建设和校企合作引入资源', payReceived: !!pay, expenses: '无职务消费；参加会议的差旅费由兼职单位按规定报销',
    });
    if (pay)
      await tx.insert(sidelinePay).values({
        institutionId, sidelineId, amount: pay.amount, receivedDate: `${lastYear}-12-${String(rng.int(5, 25)).padStart(2, '0')}`, description: '参加项目评审的评审费',
        turnedOverDate: pay.turned ? `${lastYear + 1}-01-${String(rng.int(10, 20)).padStart(2, '0')}` : null, receiptNo: pay.turned ? `CZ${lastYear + 1}${rng.int(1000, 9999)}` : null,
        confirmedBy: pay.confirmed ? orgActor.id : null, confirmedAt: pay.confirmed ? `${lastYear + 1}-01-25` : null, createdBy: orgActor.id,
      });
  };

  const ago = (months: number) => addMonths(ref, -months);
  const termEnd = (start: string) => addDays(addYears(start, 5), -1);

  // The demo 部门负责人 holds one post (seen under 我的兼职) and has last year's report in.
  const depthead = cadres.find((c) => c.personId === deptheadAccount?.personId);
  if (depthead) {
    used.add(depthead.personId);
    const s = await apply(depthead, 'cs', { status: 'approved', submitted: ago(30), start: ago(28), end: termEnd(ago(28)) });
    await report(s.sidelineId!, deptheadAccount!.id);
  }
  // Middle cadres with active posts, most reported, one reported pay not yet confirmed by finance, one not turned over.
  const actives: [string, number][] = [['elec', 40], ['acct', 20], ['auto', 14], ['lib', 50], ['journal', 26], ['found', 8], ['hvedu', 33]];
  for (const [i, [key, months]] of actives.entries()) {
    const c = pick(middle);
    if (!c) break;
    const start = ago(months);
    const s = await apply(c, key, { status: 'approved', submitted: addMonths(start, -2), start, end: key === 'journal' ? null : termEnd(start), hasTerms: key !== 'journal' });
    if (start.slice(0, 4) <= String(lastYear) && i !== 3) await report(s.sidelineId!, orgActor.id, i === 1 ? { amount: '1600.00', turned: true, confirmed: false } : i === 2 ? { amount: '800.00', turned: false, confirmed: false } : i === 4 ? { amount: '2400.00', turned: true, confirmed: true } : undefined);
  }
  // A term ending within the warning window (second term: may not renew), and a post without terms near ten years.
  const expiring = pick(middle);
  if (expiring) await apply(expiring, 'elec', { status: 'approved', submitted: addDays(ref, -5 * 365 + 20), start: addDays(ref, -5 * 365 + 60), end: addDays(ref, 60), termNumber: 2, firstHeldSince: addDays(ref, -10 * 365 + 60) });
  const longHeld = pick(middle);
  if (longHeld) await apply(longHeld, 'journal', { status: 'approved', submitted: addDays(ref, -10 * 365 + 50), start: addDays(ref, -10 * 365 + 80), end: null, hasTerms: false });
  // 第十六条: a leader promoted from a middle post still holding an outside enterprise post, and a related association post to approve again.
  const promoted = cadres.filter((c) => c.rank === 'leader' && !c.title.startsWith('纪委') && !used.has(c.personId)).sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
  if (promoted) {
    used.add(promoted.personId);
    await apply(promoted, 'cloud', { status: 'approved', submitted: addYears(promoted.startDate, -2), start: addMonths(addYears(promoted.startDate, -2), 1), end: termEnd(addMonths(addYears(promoted.startDate, -2), 1)), approvedRank: 'middle_chief' });
    await apply(promoted, 'auto', { status: 'approved', submitted: addYears(promoted.startDate, -1), start: addMonths(addYears(promoted.startDate, -1), 1), end: termEnd(addMonths(addYears(promoted.startDate, -1), 1)), approvedRank: 'middle_chief' });
  }
  // Leaders' posts: one approved through the provincial department, one college enterprise post.
  const leaderA = pick((c) => c.rank === 'leader' && c.title.startsWith('副院长') && c.personId !== leaderAccount?.personId);
  if (leaderA) {
    await apply(leaderA, 'own', { status: 'approved', submitted: ago(18), start: ago(15), end: termEnd(ago(15)) });
    await apply(leaderA, 'hvedu', { status: 'in_review', done: 1, submitted: addDays(ref, -12), start: addDays(ref, 30), end: termEnd(addDays(ref, 30)), justification: '受省教育厅委托牵头研究会高职专业建设工作，确因工作需要兼任副秘书长' });
  }
  // Pending at each step: the overseeing leader (the demo 分管院领导), the committee, the foreign affairs opinion, the principal's provincial step.
  const overseen = new Set(oversights.filter((o) => o.leader === leaderAccount?.personId).map((o) => o.dept));
  const forLeader = pick((c) => middle(c) && overseen.has(c.departmentId));
  if (forLeader) await apply(forLeader, 'school', { status: 'in_review', done: 0, submitted: addDays(ref, -9), start: addDays(ref, 20), end: termEnd(addDays(ref, 20)) });
  const atCommittee = pick(middle);
  if (atCommittee) await apply(atCommittee, 'found', { status: 'in_review', done: 1, submitted: addDays(ref, -20), start: addDays(ref, 15), end: termEnd(addDays(ref, 15)) });
  const atRegistration = pick(middle);
  if (atRegistration) await apply(atRegistration, 'journal', { status: 'in_review', done: 2, submitted: addDays(ref, -24), start: addDays(ref, 5), end: null, hasTerms: false });
  const foreignOne = pick(middle);
  if (foreignOne) await apply(foreignOne, 'apvet', { status: 'in_review', done: 1, submitted: addDays(ref, -16), start: addDays(ref, 40), end: termEnd(addDays(ref, 40)) });
  const principal = pick((c) => c.rank === 'principal');
  if (principal) await apply(principal, 'found', { status: 'in_review', done: 1, submitted: addDays(ref, -30), start: addDays(ref, 10), end: termEnd(addDays(ref, 10)) });
  // Returned for changes, refused, and a draft missing its charter.
  const returned = pick(middle);
  if (returned) await apply(returned, 'hvedu', { status: 'returned', done: 1, submitted: addDays(ref, -25), start: addDays(ref, 20), end: termEnd(addDays(ref, 20)) });
  const refused = pick(middle);
  if (refused) await apply(refused, 'cloud', { status: 'refused', done: 1, submitted: ago(3), start: ago(1), end: termEnd(ago(1)) });
  const draft = pick(middle);
  if (draft) await apply(draft, 'lib', { status: 'draft', submitted: addDays(ref, -2), start: addDays(ref, 45), end: termEnd(addDays(ref, 45)) });
  // Resignations: one registered, one reported and waiting for the organization department.
  for (const [k, registeredToo] of [[0, true], [1, false]] as const) {
    const c = pick(middle);
    if (!c) break;
    const s = await apply(c, k === 0 ? 'acct' : 'cs', { status: 'approved', submitted: ago(40), start: ago(38), end: termEnd(ago(38)) });
    const endedOn = addDays(ref, k === 0 ? -70 : -6);
    const bytes = stubPdf('end statement');
    await storeFile(tx, { institutionId, ownerType: 'sideline', ownerId: s.sidelineId!, kind: 'end_statement', fileName: '辞去兼职说明.pdf', mimeType: 'application/pdf', bytes, uploadedBy: orgActor.id });
    await tx
      .update(sideline)
      .set({ status: registeredToo ? 'ended' : 'ending_reported', endKind: 'resigned', endedOn, endReport: '因工作岗位调整，本人已向兼职单位提出辞去该职务，兼职单位已同意并出具说明。', endReportedAt: endedOn, endRegisteredAt: registeredToo ? addDays(endedOn, 5) : null })
      .where(eq(sideline.id, s.sidelineId!));
  }
  // The year before last was reported in full (its reports were due last year and are still owed if missing).
  const before = lastYear - 1;
  const held = await tx
    .select({ id: sideline.id })
    .from(sideline)
    .where(and(eq(sideline.institutionId, institutionId), lte(sideline.startDate, `${before}-12-31`), or(isNull(sideline.endedOn), gt(sideline.endedOn, `${before}-12-31`))));
  if (held.length)
    await tx.insert(sidelineReport).values(held.map((h) => ({
      institutionId, sidelineId: h.id, year: before, submittedBy: orgActor.id, submittedAt: `${before + 1}-01-${String(rng.int(8, 29)).padStart(2, '0')}`,
      rolePerformed: '参加年度理事会和专业委员会工作会议，为学院专业建设和校企合作引入资源', payReceived: false, expenses: '无职务消费',
    })));
  return count;
}
