import ExcelJS from 'exceljs';
import { titledSheet } from '../../core/documents/excel';
import { zhDate } from '../../core/documents/format';
import { pair, wide, type DocSpec } from '../../core/documents/spec';
import { VALUE_LABELS } from '../../core/policy/vocabulary';
import { POLITICAL_LABELS } from '../people';
import type { LedgerRow } from './queries/ledger';

const ORG_KINDS: Record<string, string> = { association: '社会团体', foundation: '基金会', private_nonprofit: '民办非企业单位', enterprise: '企业', academic_journal: '学术期刊', international_academic: '国际学术组织' };
const STATUS: Record<string, string> = { active: '在任', ending_reported: '已报告辞去', ended: '已办结' };
const END: Record<string, string> = { resigned: '已辞去', not_renewed: '届满不续任', renewed: '已续任', reapproved: '已重新审批' };
const term = (r: Pick<LedgerRow, 'hasTerms' | 'startDate' | 'endDate' | 'firstHeldSince'>) => (r.hasTerms ? `${r.startDate} 至 ${r.endDate ?? ''}` : `${r.firstHeldSince} 起（未实行任期制）`);


/** 兼职台账 (第五条): every post, its holder, term, registration, and what needs attention. */
export async function ledgerWorkbook(college: string, asOf: string, basis: string, rows: LedgerRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  titledSheet(
    wb,
    '兼职台账',
    `${college}领导干部兼职台账`,
    `截至 ${zhDate(asOf)}　依据：${basis}`,
    ['序号', '姓名', '部门', '现任职务', '兼职单位', '单位类型', '统一社会信用代码', '兼任职务', '任期', '届次', '批准时职级', '登记备案', '状态', '需关注', '最近年度报告'],
    rows.map((r, i) => [
      i + 1, r.person.name, r.departmentName, r.currentPost, r.org.name, ORG_KINDS[r.org.kind] ?? r.org.kind, r.org.uscc, r.postTitle, term(r), r.hasTerms ? r.termNumber : null,
      VALUE_LABELS[r.approvedRank] ?? r.approvedRank, `${r.registeredAt} ${r.registrationNo ?? ''}`, r.endKind ? `${END[r.endKind]} ${r.endedOn ?? ''}` : STATUS[r.status],
      r.watch.text ?? (r.watch.expiring ? `${r.watch.limitDate} 届满` : null), r.lastReportYear ? `${r.lastReportYear} 年度` : '未报告',
    ]),
    [6, 9, 20, 14, 28, 12, 21, 12, 24, 6, 12, 22, 12, 36, 12],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface AnnualReportRow {
  name: string;
  departmentName: string | null;
  orgName: string;
  postTitle: string;
  report: { rolePerformed: string; payReceived: boolean; expenses: string; submittedAt: string } | null;
  paid: number;
  turnedOver: number;
}

/** 领导干部兼职情况年度报告汇总表 (第十八条): each post held in the year with its report, pay received and turned over; posts not reported are marked. */
export async function annualReportWorkbook(college: string, year: number, asOf: string, basis: string, rows: AnnualReportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  titledSheet(
    wb,
    '年度报告',
    `${college}${year}年度领导干部兼职情况报告汇总表`,
    `统计截至 ${zhDate(asOf)}　依据：${basis}　已报告 ${rows.filter((r) => r.report).length} 项，未报告 ${rows.filter((r) => !r.report).length} 项`,
    ['序号', '姓名', '部门', '兼职单位', '兼任职务', '报告日期', '发挥作用情况', '是否取酬', '职务消费和报销费用情况', '取酬金额（元）', '已上缴（元）'],
    rows.map((r, i) => [
      i + 1, r.name, r.departmentName, r.orgName, r.postTitle, r.report?.submittedAt ?? '未报告', r.report?.rolePerformed ?? null,
      r.report ? (r.report.payReceived ? '是' : '否') : null, r.report?.expenses ?? null, r.paid, r.turnedOver,
    ]),
    [6, 10, 20, 28, 12, 12, 40, 8, 30, 12, 12],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Posts held on the date (approved, begun, not yet ended), as the 公示表 lists them. */
export function publicationRows(rows: LedgerRow[], date: string, paid: ReadonlySet<number>): string[][] {
  return rows
    .filter((r) => r.startDate <= date && (r.endedOn === null || r.endedOn > date) && r.registeredAt <= date)
    .map((r, i) => [String(i + 1), r.person.name, r.postLabel ?? '', r.org.name, r.postTitle, term(r), paid.has(r.id) ? '所获报酬已全额上缴' : '否']);
}

const PUBLICATION_HEADERS = ['序号', '姓名', '单位及职务', '兼职单位', '兼任职务', '兼职起止时间', '是否取酬'];

/** 领导干部兼职情况公示表 (第五条) for a date. */
export async function publicationWorkbook(college: string, date: string, basis: string, rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  titledSheet(wb, '公示表', `${college}领导干部兼职情况公示表`, `公示日期：${zhDate(date)}　依据：${basis}　如有意见，请向党委组织部、纪委反映`, PUBLICATION_HEADERS, rows, [6, 10, 30, 32, 12, 30, 18]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 领导干部兼职情况公示表 (第五条) for a date, as issued by the organization department. */
export function publicationSpec(college: string, date: string, basis: string, rows: string[][]): DocSpec {
  return {
    college,
    title: '领导干部兼职情况公示表',
    subtitle: `公示日期：${zhDate(date)}　依据：${basis}`,
    landscape: true,
    blocks: [
      { list: { widths: [5, 8, 22, 23, 10, 20, 12], rows: [PUBLICATION_HEADERS, ...rows] } },
      { text: '如对上述兼职情况有意见，请向学院党委组织部或纪委反映。' },
    ],
    seal: { issuer: `中共${college}委员会组织部`, date },
  };
}

export interface FormFacts {
  college: string;
  variant: 'middle' | 'leadership';
  applicant: { name: string; gender: string; birthDate: string; politicalStatus: string; post: string | null; rank: string | null };
  org: { name: string; kind: string; uscc: string | null };
  postTitle: string;
  hasTerms: boolean;
  termNumber: number;
  startDate: string;
  endDate: string | null;
  associationLeadershipPost: boolean;
  legalRepresentative: boolean;
  reason: string;
  justification: string | null;
  committed: boolean;
  willReceivePay: boolean;
  /** The regulation's name as users read it (《领导干部兼职管理办法》), from the pack. */
  regulation: string;
  /** Whether the rules allow pay from the outside organization (sidelines.pay_allowed, 第十一条). */
  payAllowed: boolean;
  /** The materials an application must carry (sidelines.required_files, 第十三条), by their names. */
  attachments: string[];
  /** Each step of the chain with its decision, if given. */
  steps: { kind: string; label: string; decision?: { decision: string; actorName: string; reason: string | null; reference: string | null; meetingDate: string | null; decidedAt: string } }[];
}

const OPINION: Record<string, string> = { approve: '同意', refuse: '不同意', return: '退回修改' };

/** An opinion as written once: the decision's word, then the reason — unless the reason is that word again ("同意。") or begins with it. */
export function opinionText(decision: string, reason: string | null): string {
  const word = OPINION[decision] ?? decision;
  const r = reason?.trim() ?? '';
  if (!r || r.replace(/[。．.!！\s]+$/u, '') === word) return `${word}。`;
  return r.startsWith(word) ? r : `${word}。${r}`;
}

/** What the commitment says of pay, as the applicant chose it (the same words as the application form's 本人承诺). */
const commitmentPay = (f: FormFacts) =>
  f.willReceivePay && f.payAllowed ? '在兼职单位领取的薪酬按规定如实报告' : f.willReceivePay ? '拟在兼职单位领取薪酬（与规定不符）' : '不在兼职单位领取薪酬，所获报酬按规定全额上缴';

/** The 兼职审批表 (middle-cadre and leadership variants): the applicant, the post, the commitment, each step's opinion. */
export function approvalFormSpec(f: FormFacts): DocSpec {
  const yes = (b: boolean) => (b ? '是' : '否');
  const opinion = (s: FormFacts['steps'][number]) => {
    const d = s.decision;
    if (!d) return '\n\n（签字）　　　　　　年　　月　　日';
    const extra = [d.meetingDate ? `会议日期：${zhDate(d.meetingDate)}` : '', d.reference ? `文号：${d.reference}` : ''].filter(Boolean).join('　');
    return `${opinionText(d.decision, d.reason)}${extra ? `\n${extra}` : ''}\n${d.actorName}　${zhDate(d.decidedAt)}`;
  };
  const rows = [
    pair('姓名', f.applicant.name, '性别', f.applicant.gender === 'female' ? '女' : '男'),
    pair('出生年月', f.applicant.birthDate.slice(0, 7).replace('-', '.'), '政治面貌', POLITICAL_LABELS[f.applicant.politicalStatus] ?? f.applicant.politicalStatus),
    pair('现任职务', f.applicant.post ?? '', '职级', f.applicant.rank ? (VALUE_LABELS[f.applicant.rank] ?? f.applicant.rank) : ''),
    wide('拟兼职单位', `${f.org.name}（${ORG_KINDS[f.org.kind] ?? f.org.kind}）`),
    pair('统一社会信用代码', f.org.uscc ?? '—', '拟兼任职务', f.postTitle),
    pair('任期', f.hasTerms ? `第 ${f.termNumber} 届\n${zhDate(f.startDate)}至${zhDate(f.endDate)}` : `${zhDate(f.startDate)}起（未实行任期制）`, '社团领导职务／法定代表人', `${yes(f.associationLeadershipPost)}／${yes(f.legalRepresentative)}`),
    wide('兼职理由', f.reason + (f.justification ? `\n特殊工作需要说明：${f.justification}` : '')),
    wide('本人承诺', `${f.committed ? '本人承诺' : '（未承诺）'}兼职符合${f.regulation}规定，${commitmentPay(f)}。\n本人签字：　　　　　　年　　月　　日`),
    wide('附件', f.attachments.join('、')),
    ...f.steps.map((s) => wide(s.kind === 'org_registration' ? '党委组织部登记备案' : `${s.label.replace(/(同意|审批|意见)$/, '')}意见`, opinion(s))),
  ];
  return { college: f.college, title: f.variant === 'middle' ? '中层领导干部兼职审批表' : '领导干部兼职审批表', blocks: [{ form: { widths: [18, 32, 18, 32], rows } }] };
}
