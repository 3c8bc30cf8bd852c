import type { z } from 'zod';
import { zhDate } from '../../core/documents/format';
import { pair, wide, type DocSpec } from '../../core/documents/spec';
import { OUTCOME_LABELS, type Outcome } from './rules/procedure';
import type { reviewOut } from './http/tolerance.schema';

export type ReviewView = z.infer<typeof reviewOut>;

/** 综合考量因素 as the report form names them (scitc 第四条, xzcit 第五条（二）). */
export const FACTOR_LABELS: Record<string, string> = { background: '背景原因', motive: '动机目的', policyBasis: '政策依据', severity: '情节轻重', consequences: '性质后果', record: '一贯表现' };

const WIDTHS = [18, 32, 18, 32];
const grounds = (r: ReviewView) => r.grounds.map((g, i) => `${i + 1}. ${g.label}`).join('\n') + (r.groundsCitation ? `\n（依据${r.groundsCitation}）` : '');
const subject = (r: ReviewView) => [
  pair(r.case.subjectKind === 'department' ? '申请单位' : '申请人', r.applicantName ?? r.case.subjectName, '所在单位', r.case.subjectDepartmentName ?? '—'),
  wide('问责事项', r.case.matter),
  pair('启动问责日期', zhDate(r.case.startedOn), '问责部门', r.case.accountableDepartmentName),
];

/**
 * 容错申请书: the written application of the cadre to the body the college's pack names (the accountable department
 * under scitc 第五条（一）, the Party committee under xzcit 第五条（一）); a review opened ex officio has none.
 */
export function applicationSpec(college: string, addressee: string, r: ReviewView): DocSpec {
  return {
    college,
    title: '容错免责申请书',
    number: `申请编号：RC-${r.id}`,
    blocks: [
      { text: `${addressee}：` },
      { form: { widths: WIDTHS, rows: [...subject(r), wide('申请的容错情形', grounds(r)), wide('事实和理由', r.facts ?? ''), wide('本人声明', r.noPrivateGainPledge ? '本人在上述事项中未谋取私利，所述事实属实，愿意接受调查核实。' : '（未作未谋取私利的声明）')] } },
      { text: `申请方式依据：${r.strategyLabel}。` },
    ],
    signatures: ['申请人'],
    seal: { date: r.filedOn },
  };
}

/** 容错认定结论: the investigation, the factors weighed, the outcome the Party committee decided and its effects. */
export function conclusionSpec(college: string, r: ReviewView): DocSpec {
  const outcome = r.outcome as Outcome;
  const factors = Object.entries(r.factors).filter(([, v]) => v);
  const rows = [
    ...subject(r),
    wide('容错情形', grounds(r) || '—'),
    pair('调查组', r.team.map((t) => `${t.name}${t.role ? `（${t.role}）` : ''}`).join('、') || '—', '本人陈述和申辩', r.hearingOn ? zhDate(r.hearingOn) : '—'),
    wide('调查核实情况', `${r.report ?? ''}${r.reportOn ? `\n（调查报告 ${zhDate(r.reportOn)}）` : ''}`),
    ...factors.map(([k, v]) => wide(FACTOR_LABELS[k] ?? k, v)),
    wide('是否谋取私利', r.privateGainFound === null ? '—' : r.privateGainFound ? '查明谋取了私利' : '未发现谋取私利'),
    wide('认定意见', r.proposal ?? ''),
    pair('认定结论', OUTCOME_LABELS[outcome] ?? '', '党委审核', `${zhDate(r.decidedOn)}${r.meetingRef ? `\n${r.meetingRef}` : ''}`),
  ];
  if (outcome === 'exempt') rows.push(wide('免责后不受影响的事项', `${r.protections.map((p) => p.label).join('、')}${r.protectionCitation ? `\n（依据${r.protectionCitation}）` : ''}`));
  if (outcome === 'mitigate') rows.push(wide('减责意见', `${r.mitigationNote ?? ''}${r.impactUntil ? `\n影响期至${zhDate(r.impactUntil)}` : ''}`));
  if (outcome === 'defer') rows.push(wide('暂缓认定', `暂缓至${zhDate(r.deferUntil)}，暂缓时间不超过 ${r.maxDeferralMonths} 个月`));
  if (r.explanation) rows.push(wide(outcome === 'deny' ? '解释答复' : '说明', r.explanation));
  return { college, title: '容错认定结论', number: `编号：RC-${r.id}`, blocks: [{ form: { widths: WIDTHS, rows } }], seal: { issuer: r.case.accountableDepartmentName, date: r.decidedOn } };
}

/**
 * 容错认定反馈书: the letter to the applicant (xzcit 第五条（三）: within 3 working days of the decision) — the
 * outcome with what follows from it, or the refusal to accept with its article.
 */
export function feedbackSpec(college: string, r: ReviewView): DocSpec {
  const to = `${r.applicantName ?? r.case.subjectName}${r.case.subjectKind === 'department' ? '' : '同志'}`;
  const filed = r.origin === 'application' ? `你于${zhDate(r.filedOn)}就“${r.case.matter}”提出的容错免责申请` : `对“${r.case.matter}”一并开展的容错免责调查核实`;
  const outcome = r.outcome as Outcome | null;
  const body: string[] = [];
  if (r.status === 'refused') {
    body.push(`${filed}，经审查，不予受理。`, `理由：${(r.refusalReason ?? '').replace(/。$/, '')}${r.refusalArticle ? `（依据${r.refusalArticle}）` : ''}。`);
  } else {
    body.push(`${filed}，经调查核实、学院党委${r.decidedOn ? `于${zhDate(r.decidedOn)}` : ''}研究，认定如下：`);
    if (outcome === 'exempt') body.push(`予以免责。免责后，${r.protections.map((p) => p.label).join('、')}不受影响${r.protectionCitation ? `（${r.protectionCitation}）` : ''}。${r.publishedOn ? '' : '免责结果将在一定范围内公开。'}`);
    if (outcome === 'mitigate') body.push(`予以减责。${r.mitigationNote ?? ''}${r.impactUntil ? `影响期至${zhDate(r.impactUntil)}。` : ''}`);
    if (outcome === 'deny') body.push('不符合容错情形，不予免责或减责。');
    if (outcome === 'defer') body.push(`一时难以定论，暂缓作出认定结论，暂缓至${zhDate(r.deferUntil)}。`);
    if (r.explanation) body.push(r.explanation);
    body.push('请认真分析原因、汲取教训，按要求落实纠错整改。');
  }
  body.push('如有异议，可在收到本反馈书后向学院党委提出。');
  return {
    college,
    title: '容错认定反馈书',
    number: `编号：RC-${r.id}`,
    blocks: [{ text: `${to}：` }, ...body.map((text) => ({ text, indent: true }))],
    seal: { issuer: r.case.accountableDepartmentName, date: r.feedbackOn ?? r.steps.find((s) => s.action === 'refuse')?.on ?? r.decidedOn ?? r.filedOn },
  };
}
