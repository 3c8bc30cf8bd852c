import { findImportPerson, type ImportPeople } from '../../../core/imports/people';
import { normalizeImportDate as normalizeDate } from '../../../core/imports/cells';
import type { CheckedImportRow, ImportColumn, ImportRawRow } from '../../../core/imports/template';
import type { Outcome } from './procedure';
import { rankScope } from '../../../core/roster/rank-scope';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';

/**
 * 问责案件及容错认定结果 at go-live (issue 26): the accountability cases a college decided before the system, one row a
 * case, with the tolerance determination where one was made. Each row is checked (the person in the roster, the dates
 * and their order, the kind of accountability and the deciding office known, an outcome only on an application where
 * the pack's procedure starts with one) and sorted into new cases, updates (by 工号 + 决定文号, or 工号 + 决定日期 +
 * 事由 where no document number was written) and unchanged rows. Pure: what the rows are checked against is passed in.
 */

export type CaseImportKey = 'staffNo' | 'name' | 'matter' | 'decidedOn' | 'kind' | 'organ' | 'docNo' | 'applied' | 'outcome' | 'determinedOn' | 'impactUntil';

/** The outcomes a closed determination can have (a deferral is not closed). */
export const IMPORT_OUTCOMES = ['exempt', 'mitigate', 'deny'] as const satisfies readonly Outcome[];
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

const YES_NO: Record<string, boolean> = { 是: true, 否: false };

/** The template's columns, in order; a * marks the required ones. Lists: the pack's kinds, the departments, the outcomes. */
export function caseImportColumns(kinds: string[], departments: string[], outcomes: string[]): (ImportColumn & { key: CaseImportKey })[] {
  return [
    { key: 'staffNo', header: '工号*', width: 12, text: true, note: '被问责人在花名册中的工号' },
    { key: 'name', header: '姓名*', width: 10, note: '须与花名册中该工号的姓名一致' },
    { key: 'matter', header: '问责事由*', width: 36, note: '问责的事项，如“某项目验收把关不严”；不超过 500 字' },
    { key: 'decidedOn', header: '问责决定日期*', width: 12, note: '作出问责决定的日期，如 2024-05-20；不能晚于今天' },
    { key: 'kind', header: '问责方式*', width: 18, list: kinds, note: kinds.length ? `${kinds.join('、')}，见下拉列表` : '本院规定未列问责方式' },
    { key: 'organ', header: '决定机关*', width: 18, list: departments, note: '作出问责决定的部门（谁问责向谁申请容错），见下拉列表' },
    { key: 'docNo', header: '决定文号', width: 22, note: '问责决定的文号，如“院纪〔2024〕3号”；再次导入时按“工号 + 决定文号”更新，未填文号的按“工号 + 问责决定日期 + 问责事由”' },
    { key: 'applied', header: '是否申请容错*', width: 10, list: ['是', '否'], note: '是或否：被问责人是否提出过容错申请' },
    { key: 'outcome', header: '容错认定结果', width: 12, list: outcomes, note: `已申请容错的必填：${outcomes.join('、')}（只导入已办结的认定）` },
    { key: 'determinedOn', header: '认定日期', width: 12, note: '填写认定结果的必填：作出容错认定结论的日期，一般不晚于问责决定日期（容错申请在问责调查阶段提出）' },
    { key: 'impactUntil', header: '影响期至', width: 12, note: `认定为“${outcomes[1] ?? '减责'}”且设有影响期的填写影响期结束日期（须晚于认定日期）；影响期内提拔任用受影响` },
  ];
}
export const CASE_IMPORT_HEADER_KEYS: CaseImportKey[] = ['staffNo', 'matter', 'decidedOn'];

const COLUMN_NAMES = Object.fromEntries(caseImportColumns([], [], []).map((c) => [c.key, c.header.replace('*', '')])) as Record<CaseImportKey, string>;


/** What the rows are checked against: the roster, the departments, the pack's words and the earlier imports. */
export interface CaseImportLookup {
  today: string;
  /** The roster, as every go-live template names people (core/imports/people.ts). */
  people: ImportPeople;
  departments: Map<string, number>;
  /** The pack's kinds of accountability, label → code. */
  kinds: Map<string, string>;
  /** The outcomes, label → code. */
  outcomes: Map<string, ImportOutcome>;
  /** Whether the tolerance inquiry opens with every case (no application needed), and the article of the procedure's start. */
  exOfficio: boolean;
  applicationArticle: string | null;
  /** What an exemption protects (labels) and its article. */
  protections: string[];
  protectionsArticle: string | null;
  /** natural key → the case an earlier import wrote. */
  imported: Map<string, { caseId: number; fingerprint: string; inUse: boolean }>;
  /** Whom the college's tolerance rules cover (tolerance.subject_scope, scitc-2025 附件3 第二条), null where every cadre is. */
  scope?: { ranks: string[]; article: string | null } | null;
  /** A person's leading rank on a day (their main post), or null without a post. */
  rankOn?: (personId: number, on: string) => string | null;
}

/** What a good row writes. */
export interface CaseImportWrite {
  key: string;
  personId: number;
  matter: string;
  decidedOn: string;
  kind: string;
  kindLabel: string;
  organId: number;
  docNo: string | null;
  review: { origin: 'application' | 'ex_officio'; outcome: ImportOutcome; determinedOn: string; impactUntil: string | null } | null;
  fingerprint: string;
  existingCaseId: number | null;
}

const art = (a: string | null) => (a ? `（${a}）` : '');

export function checkCaseImportRows(rows: ImportRawRow[], lookup: CaseImportLookup): CheckedImportRow<CaseImportWrite>[] {
  const seen = new Map<string, number>();
  const { today } = lookup;
  const outcomeLabels = [...lookup.outcomes.keys()].join('、');
  return rows.map((raw) => {
    const v = (k: CaseImportKey) => String(raw[k] ?? '').trim();
    const problems: { column: string; message: string }[] = [];
    const warnings: string[] = [];
    const bad = (k: CaseImportKey, message: string) => problems.push({ column: COLUMN_NAMES[k], message });
    const out = (action: CheckedImportRow['action'], detail = '', write?: CaseImportWrite): CheckedImportRow<CaseImportWrite> => ({
      row: raw.row, key: [v('staffNo') || v('name'), v('docNo') || v('decidedOn')].filter(Boolean).join(' · '), label: v('name'),
      action: problems.length ? 'bad' : action, problems, warnings, detail, write: problems.length ? undefined : write,
    });

    // The person, by 工号.
    const name = v('name');
    const found = findImportPerson(lookup.people, { staffNo: v('staffNo'), name }, { staffNo: COLUMN_NAMES.staffNo, name: COLUMN_NAMES.name });
    const person = 'person' in found ? found.person : undefined;
    if ('column' in found) problems.push(found);
    if (!name) bad('name', '不能为空');

    // The case: what, when, how, by whom.
    const matter = v('matter');
    if (!matter) bad('matter', '不能为空');
    else if (matter.length > 500) bad('matter', '不能超过 500 个字');
    const decidedOn = normalizeDate(v('decidedOn'));
    if (!v('decidedOn')) bad('decidedOn', '不能为空');
    else if (!decidedOn) bad('decidedOn', '不是有效日期（如 2024-05-20）');
    else if (decidedOn > today) bad('decidedOn', '不能晚于今天（只导入已作出的问责决定）');
    const kinds = [...lookup.kinds.keys()].join('、');
    const kind = lookup.kinds.get(v('kind'));
    if (!v('kind')) bad('kind', kinds ? `不能为空，应为：${kinds}` : '不能为空');
    else if (!kind) bad('kind', kinds ? `“${v('kind')}”不是可选的问责方式，应为：${kinds}` : '本院规定未列问责方式');
    const organId = lookup.departments.get(v('organ'));
    if (!v('organ')) bad('organ', '不能为空');
    else if (organId === undefined) bad('organ', `系统中没有名为“${v('organ')}”的部门，请从下拉列表中选择`);
    const docNo = v('docNo') || null;
    if (docNo && docNo.length > 100) bad('docNo', '不能超过 100 个字');

    // The tolerance determination: only on an application (unless the inquiry opens with every case), only closed ones.
    const applied = YES_NO[v('applied')];
    if (applied === undefined) bad('applied', v('applied') ? '应填“是”或“否”' : '不能为空');
    const outcome = v('outcome') ? lookup.outcomes.get(v('outcome')) : undefined;
    if (v('outcome') && !outcome) bad('outcome', `“${v('outcome')}”不是可选的认定结果，应为：${outcomeLabels}`);
    if (applied === false && v('outcome') && !lookup.exOfficio)
      bad('outcome', `未申请容错的案件不能有容错认定结果：容错认定依本人或单位的申请进行${art(lookup.applicationArticle)}；请将“是否申请容错”填为“是”或清空认定结果`);
    if (applied === true && !v('outcome')) bad('outcome', `已申请容错的须填写认定结果（${outcomeLabels}）；尚未办结的申请请在容错纠错页登记办理`);
    const determinedOn = normalizeDate(v('determinedOn'));
    if (v('outcome')) {
      if (!v('determinedOn')) bad('determinedOn', '填写了认定结果的须填写认定日期');
      else if (!determinedOn) bad('determinedOn', '不是有效日期（如 2024-06-10）');
      else if (determinedOn > today) bad('determinedOn', '不能晚于今天');

    } else if (v('determinedOn')) bad('determinedOn', '未填写认定结果的不填认定日期');
    const impactUntil = normalizeDate(v('impactUntil'));
    if (v('impactUntil')) {
      if (outcome !== 'mitigate') bad('impactUntil', '只有认定为减责的才填写影响期');
      else if (!impactUntil) bad('impactUntil', '不是有效日期（如 2025-06-10）');
      else if (determinedOn && impactUntil <= determinedOn) bad('impactUntil', `不晚于认定日期 ${determinedOn}`);
    }

    // The natural key: the person and the document number (else the date and the matter); once in a file.
    const key = person ? (docNo ? `${person.id}|文号:${docNo}` : `${person.id}|${decidedOn ?? v('decidedOn')}|${matter}`) : '';
    if (key) {
      if (seen.has(key)) bad(docNo ? 'docNo' : 'matter', `与第 ${seen.get(key)} 行是同一人员的同一问责决定（文件内重复）`);
      else seen.set(key, raw.row);
    }
    if (problems.length || !person || !decidedOn || !kind || organId === undefined || applied === undefined) return out('bad');

    if (!docNo) warnings.push('未填决定文号，按“工号 + 问责决定日期 + 问责事由”识别该案件');
    // Under every pack's procedure the determination is made while the accountability is being decided (scitc-2025
    // 附件3 第五条（一）（二）: applications during the investigation, none after accountability is carried out); a
    // later date is imported as history, but flagged for the office to check.
    if (determinedOn && determinedOn > decidedOn)
      warnings.push(`认定日期 ${determinedOn} 晚于问责决定日期 ${decidedOn}：容错认定应在作出问责决定前完成${art(lookup.applicationArticle)}，请核对日期`);
    const review = outcome && determinedOn ? { origin: applied ? ('application' as const) : ('ex_officio' as const), outcome, determinedOn, impactUntil: outcome === 'mitigate' ? impactUntil : null } : null;
    if (review?.outcome === 'exempt' && lookup.protections.length)
      warnings.push(`免责：${lookup.protections.join('、')}不受影响${art(lookup.protectionsArticle)}，导入后在人员页显示`);
    if (review?.outcome === 'mitigate' && !review.impactUntil) warnings.push('认定为减责但未填影响期');
    // A determination for someone the rules do not cover (by their rank when the accountability was decided): history is
    // imported as it was, but the office is told, as it is when it registers such a case today.
    if (applied && lookup.scope && lookup.rankOn) {
      const rank = lookup.rankOn(person.id, decidedOn);
      const { covered, whom } = rankScope(lookup.scope.ranks, rank);
      if (!covered)
        warnings.push(`本院容错纠错办法适用于${whom}${art(lookup.scope.article)}；${name}在问责决定日期${rank ? `任${VALUE_LABELS[rank] ?? rank}` : '没有在任职务'}，不在适用范围内，请核对`);
    }

    const fingerprint = JSON.stringify([name, matter, decidedOn, kind, organId, docNo, applied, review]);
    const earlier = lookup.imported.get(key);
    const write: CaseImportWrite = { key, personId: person.id, matter, decidedOn, kind, kindLabel: v('kind'), organId, docNo, review, fingerprint, existingCaseId: earlier?.caseId ?? null };
    const what = `${v('kind')}（${decidedOn}${docNo ? `，${docNo}` : ''}）${review ? `；容错认定：${v('outcome')}（${review.determinedOn}）` : applied ? '' : '；未申请容错'}`;
    if (!earlier) return out('new', `登记已办结的问责案件：${what}`, write);
    if (earlier.fingerprint === fingerprint) return out('unchanged', '与此前导入的相同');
    if (earlier.inUse) {
      bad(docNo ? 'docNo' : 'matter', '此前导入的该案件已有纠错措施、回访或附件等后续办理记录，不能再通过导入修改；请在容错纠错页办理');
      return out('bad');
    }
    return out('update', `按新内容更新：${what}`, write);
  });
}
