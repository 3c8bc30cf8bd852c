import { findImportPerson, type ImportPeople, type ImportPerson } from '../../../core/imports/people';
import { normalizeImportDate as normalizeDate } from '../../../core/imports/cells';
import { rankScope } from '../../../core/roster/rank-scope';
import { addYears, diffDays } from '../../../core/shared/dates';
import type { CheckedImportRow, ImportColumn, ImportRawRow } from '../../../core/imports/template';
import { checkUscc, USCC_MESSAGES } from './uscc';
import { normalizePostTitle } from './terms';

/**
 * 兼职台账 at go-live (issue 26): the posts the college's cadres already hold, each row checked as the organization
 * department would (the person in the roster, the organization and its 统一社会信用代码, the post, its terms and their
 * dates, pay, the approval document) and sorted into new posts, updates (by person + organization + post) and
 * unchanged rows. Gaps in the history are warnings, not silence; the limits of 第十四条 are told in the preview and
 * then derived as duties from the posts written. Pure: what the rows are checked against is passed in.
 */

export const ORG_KIND_LABELS: Record<string, string> = { association: '社会团体', foundation: '基金会', private_nonprofit: '民办非企业单位', enterprise: '企业', academic_journal: '高水平学术期刊', international_academic: '国际学术组织' };
/** Kinds registered in China, which carry a 统一社会信用代码. */
export const DOMESTIC_KINDS = ['association', 'foundation', 'private_nonprofit', 'enterprise'];
export const POST_KINDS: Record<string, { associationLeadershipPost: boolean; legalRepresentative: boolean }> = {
  社会团体领导职务: { associationLeadershipPost: true, legalRepresentative: false },
  法定代表人: { associationLeadershipPost: false, legalRepresentative: true },
  社会团体领导职务兼法定代表人: { associationLeadershipPost: true, legalRepresentative: true },
  其他职务: { associationLeadershipPost: false, legalRepresentative: false },
};
const YES_NO: Record<string, boolean> = { 是: true, 否: false };

export type HeldPostKey =
  | 'staffNo' | 'name' | 'department' | 'orgName' | 'uscc' | 'orgKind' | 'relatedField' | 'postTitle' | 'postKind' | 'hasTerms' | 'termNumber'
  | 'termStart' | 'termEnd' | 'pastTerms' | 'firstHeldSince' | 'pay' | 'payAmount' | 'approvalNo';

/** The template's columns, in order; a * marks the required ones. */
/** The articles a column's note names, as users read them (from the college's pack; none when not given). */
export interface HeldPostNoteCitations { related?: string | null; leadershipPost?: string | null; terms?: string | null; pay?: string | null }

export function heldPostColumns(departments: string[], cite: HeldPostNoteCitations = {}): (ImportColumn & { key: HeldPostKey })[] {
  const per = (c: string | null | undefined) => (c ? `（${c}）` : '');
  return [
    { key: 'staffNo', header: '工号', width: 12, text: true, note: '花名册中的工号；不填工号时按“姓名 + 部门”对应人员（同名时须填工号）' },
    { key: 'name', header: '姓名*', width: 10, note: '须与花名册一致' },
    { key: 'department', header: '部门', width: 20, list: departments, note: '现任职务所在部门（不填工号时必填），见下拉列表' },
    { key: 'orgName', header: '兼职单位名称*', width: 28, note: '兼职单位的全称，与登记证书一致' },
    { key: 'uscc', header: '统一社会信用代码', width: 22, text: true, note: '18 位，按 GB 32100 校验末位校验码；社会团体、基金会、民办非企业单位和企业必填，学术期刊和国际学术组织不填' },
    { key: 'orgKind', header: '单位类型', width: 16, list: Object.values(ORG_KIND_LABELS), note: `系统中尚未登记的单位必填：${Object.values(ORG_KIND_LABELS).join('、')}` },
    { key: 'relatedField', header: '与学院或本人领域相关', width: 12, list: ['是', '否'], note: `系统中尚未登记的单位必填：是或否${per(cite.related)}` },
    { key: 'postTitle', header: '兼任职务*', width: 16, note: '如“理事”“副会长”“独立董事”；同一人员在同一单位的同一职务只填一行，再次导入时按“人员 + 单位 + 职务”更新' },
    { key: 'postKind', header: '职务类别*', width: 18, list: Object.keys(POST_KINDS), note: `${Object.keys(POST_KINDS).join('、')}（社会团体领导职务指会长、副会长、秘书长、副秘书长、分会会长、副会长等${cite.leadershipPost ? `，${cite.leadershipPost}` : ''}）` },
    { key: 'hasTerms', header: '是否实行任期制*', width: 10, list: ['是', '否'], note: `是或否；未实行任期制的兼职最长不超过规定年限${per(cite.terms)}` },
    { key: 'termNumber', header: '现任届次', width: 8, note: '实行任期制的必填：现在是在同一职位的第几届（1、2、3…）' },
    { key: 'termStart', header: '本届起始日期', width: 12, note: '实行任期制的必填，如 2021-06-01' },
    { key: 'termEnd', header: '本届届满日期', width: 12, note: '实行任期制的必填，须晚于起始日期' },
    { key: 'pastTerms', header: '往届起止', width: 36, note: '实行任期制且现任不是第 1 届的，按时间先后填写此前各届的起止，每届写作“2016-06-01至2021-05-31”，多届之间用分号隔开；缺少的届次或日期、两届之间的空档将在预览中提示' },
    { key: 'firstHeldSince', header: '首次任职日期*', width: 12, note: '首次担任该职务的日期（第 1 届起始日期）；未实行任期制的兼职从此日起计算年限' },
    { key: 'pay', header: '是否取酬*', width: 10, list: ['是', '否'], note: `是或否；所获报酬按规定全额上缴${per(cite.pay)}` },
    { key: 'payAmount', header: '取酬金额（元/年）', width: 12, note: '取酬的填写每年金额，如 3000；不取酬的不填' },
    { key: 'approvalNo', header: '批准文号', width: 22, note: '批准该兼职的文件或会议纪要编号，如“院党委〔2021〕12号”' },
  ];
}
export const HELD_POST_HEADER_KEYS: HeldPostKey[] = ['name', 'orgName', 'postTitle'];

const COLUMN_NAMES: Record<HeldPostKey, string> = Object.fromEntries(heldPostColumns([]).map((c) => [c.key, c.header.replace('*', '')])) as Record<HeldPostKey, string>;


export type LookupPerson = ImportPerson & {
  /** The leading rank held now (附件2 第二条), or null. */
  rank: string | null;
};

export interface LookupOrg {
  id: number;
  name: string;
  kind: string;
  uscc: string | null;
}

/** What the rows are checked against: the roster, the organizations, posts registered and earlier imports. */
export interface HeldPostLookup {
  today: string;
  /** Who imports: a row about their own post is refused (回避). */
  actorPersonId?: number | null;
  /** The roster, as every go-live template names people (core/imports/people.ts). */
  people: ImportPeople;
  /** The leading rank each person holds now (附件2 第二条), or null. */
  rankOf: Map<number, string | null>;
  orgsByUscc: Map<string, LookupOrg>;
  orgsByName: Map<string, LookupOrg>;
  /** `${personId}|${orgId}|${postKey}` of posts registered through an application (not by an import). */
  registered: Set<string>;
  /** `${personId}|${orgId}|${postKey}` → an earlier import of the post. */
  imported: Map<string, { id: number; fingerprint: string; inUse: boolean }>;
  /** The rules as the college's policy states them on the day, with their articles. */
  rules: { scopeRanks: string[]; scopeArticle: string | null; maxTerms: number; termsArticle: string | null; maxYears: number; yearsArticle: string | null; payArticle: string | null };
}

export interface HeldPostTerm {
  termNumber: number;
  start: string;
  end: string | null;
}

/** What a good row writes. */
export interface HeldPostWrite {
  personId: number;
  personName: string;
  approvedRank: string;
  /** An organization already registered, or one to register (once per code or name in a batch). */
  org: { id: number } | { key: string; name: string; kind: string; uscc: string | null; relatedField: boolean };
  postTitle: string;
  postKey: string;
  associationLeadershipPost: boolean;
  legalRepresentative: boolean;
  hasTerms: boolean;
  /** The terms known, oldest first; the last is the one held now (a post without terms: one, from its first day). */
  terms: HeldPostTerm[];
  firstHeldSince: string;
  payReceived: boolean;
  payAmount: string | null;
  approvalNo: string | null;
  fingerprint: string;
  /** The earlier import this row updates. */
  existingId: number | null;
}

const TERM_SPLIT = /[;；\n]+/;
const RANGE = /^(.*?)\s*(?:至|到|~|～|—|–)\s*(.*)$/;

/** 往届起止 parsed: each term's start and end (null when not written); a problem names the term. */
function parsePastTerms(raw: string): { terms: { start: string; end: string | null }[]; problem?: string; missingEnds: number[] } {
  const terms: { start: string; end: string | null }[] = [];
  const missingEnds: number[] = [];
  const parts = raw.split(TERM_SPLIT).map((p) => p.trim()).filter(Boolean);
  for (const [i, part] of parts.entries()) {
    const m = part.match(RANGE);
    const start = normalizeDate(m ? m[1] : part);
    const endRaw = m ? m[2].trim() : '';
    const end = endRaw ? normalizeDate(endRaw) : null;
    if (!start || (endRaw && !end)) return { terms, missingEnds, problem: `第 ${i + 1} 段“${part}”不是“起始日期至届满日期”（如 2016-06-01至2021-05-31）` };
    if (end && end < start) return { terms, missingEnds, problem: `第 ${i + 1} 段“${part}”届满日期早于起始日期（日期颠倒）` };
    if (!end) missingEnds.push(i);
    terms.push({ start, end });
  }
  return { terms, missingEnds };
}

export function checkHeldPostRows(rows: ImportRawRow[], lookup: HeldPostLookup): CheckedImportRow<HeldPostWrite>[] {
  const seen = new Map<string, number>();
  /** New organizations named in the file: name → the first row and the code it gave. */
  const newOrgs = new Map<string, { row: number; uscc: string }>();
  const { today, rules } = lookup;
  return rows.map((raw) => {
    const v = (k: HeldPostKey) => String(raw[k] ?? '').trim();
    const problems: { column: string; message: string }[] = [];
    const warnings: string[] = [];
    const bad = (k: HeldPostKey, message: string) => problems.push({ column: COLUMN_NAMES[k], message });
    const out = (action: CheckedImportRow['action'], detail = '', write?: HeldPostWrite): CheckedImportRow<HeldPostWrite> => {
      // A good row's new organization: a later row naming it must give the same code (one organization, one name).
      if (!problems.length && write && 'key' in write.org && !newOrgs.has(write.org.name)) newOrgs.set(write.org.name, { row: raw.row, uscc: write.org.uscc ?? '' });
      return {
      row: raw.row, key: [v('staffNo') || v('name'), v('orgName'), v('postTitle')].filter(Boolean).join(' · '), label: v('name'), action: problems.length ? 'bad' : action, problems, warnings, detail, write: problems.length ? undefined : write,
      };
    };

    // The person: by 工号, or by name within the department.
    let person: LookupPerson | undefined;
    const name = v('name');
    if (!name) bad('name', '不能为空');
    if (v('staffNo') || name) {
      const found = findImportPerson(lookup.people, { staffNo: v('staffNo'), name, department: v('department') }, { staffNo: COLUMN_NAMES.staffNo, name: COLUMN_NAMES.name, department: COLUMN_NAMES.department });
      if ('column' in found) problems.push(found);
      else if (!found.person.active) bad('staffNo', `${found.person.name}在花名册中已不在职，不能导入其在任的兼职`);
      else person = { ...found.person, rank: lookup.rankOf.get(found.person.id) ?? null };
    }
    const scope = person ? rankScope(rules.scopeRanks, person.rank) : null;
    if (person && scope && !scope.covered)
      bad('name', `领导干部兼职管理适用于${scope.whom}；${person.name}${scope.now}，不属于管理范围${rules.scopeArticle ? `（${rules.scopeArticle}）` : ''}；请先在花名册中登记其任职`);
    if (person && lookup.actorPersonId != null && person.id === lookup.actorPersonId)
      bad('name', '这是您本人的兼职，不能由本人导入登记（应当回避），请由党委组织部其他同志导入');

    // The organization: by its code, else by its name; a new one needs its kind (and a code if registered in China).
    const uscc = v('uscc').toUpperCase();
    const usccProblem = uscc ? checkUscc(uscc) : null;
    if (usccProblem) bad('uscc', USCC_MESSAGES[usccProblem].replace(/^统一社会信用代码/, ''));
    const kindLabel = v('orgKind');
    const kind = kindLabel ? Object.entries(ORG_KIND_LABELS).find(([, l]) => l === kindLabel)?.[0] : undefined;
    if (kindLabel && !kind) bad('orgKind', `应为：${Object.values(ORG_KIND_LABELS).join('、')}`);
    const related = v('relatedField') ? YES_NO[v('relatedField')] : undefined;
    if (v('relatedField') && related === undefined) bad('relatedField', '应填“是”或“否”');
    const orgName = v('orgName');
    let org: HeldPostWrite['org'] | undefined;
    let orgId: number | null = null;
    if (!orgName) bad('orgName', '不能为空');
    else if (!usccProblem) {
      const byCode = uscc ? lookup.orgsByUscc.get(uscc) : undefined;
      const byName = lookup.orgsByName.get(orgName);
      if (byCode) {
        org = { id: byCode.id };
        orgId = byCode.id;
        if (byCode.name !== orgName) warnings.push(`该统一社会信用代码在系统中登记的单位名称为“${byCode.name}”，按已登记的单位导入`);
      } else if (byName) {
        if (byName.uscc && uscc) bad('uscc', `单位“${orgName}”在系统中登记的统一社会信用代码为 ${byName.uscc}，与所填不一致`);
        else {
          org = { id: byName.id };
          orgId = byName.id;
          if (!uscc && DOMESTIC_KINDS.includes(byName.kind) && !byName.uscc) warnings.push('该单位在系统中没有统一社会信用代码，建议补填');
        }
      } else if (!kind) bad('orgKind', kindLabel ? `应为：${Object.values(ORG_KIND_LABELS).join('、')}` : '系统中尚未登记该单位，须填写单位类型');
      else if (DOMESTIC_KINDS.includes(kind) && !uscc) bad('uscc', `${ORG_KIND_LABELS[kind]}须填写统一社会信用代码`);
      else if (!DOMESTIC_KINDS.includes(kind) && uscc) bad('uscc', `${ORG_KIND_LABELS[kind]}没有统一社会信用代码，请不填`);
      else if (related === undefined) bad('relatedField', '系统中尚未登记该单位，须填写“是”或“否”');
      else {
        const earlier = newOrgs.get(orgName);
        if (earlier && earlier.uscc !== uscc) bad('uscc', `与第 ${earlier.row} 行是同名的新单位“${orgName}”，但统一社会信用代码${earlier.uscc ? `（${earlier.uscc}）` : ''}不同；同一单位请填写相同的代码`);
        else {
          org = { key: uscc || `名称:${orgName}`, name: orgName, kind, uscc: uscc || null, relatedField: related };
        }
      }
    }

    // The post.
    const postTitle = v('postTitle');
    if (!postTitle) bad('postTitle', '不能为空');
    else if (postTitle.length > 50) bad('postTitle', '不能超过 50 个字');
    const postKind = POST_KINDS[v('postKind')];
    if (!postKind) bad('postKind', v('postKind') ? `“${v('postKind')}”不是可选的职务类别，应为：${Object.keys(POST_KINDS).join('、')}` : `不能为空，应为：${Object.keys(POST_KINDS).join('、')}`);

    // Dates and terms.
    const first = normalizeDate(v('firstHeldSince'));
    if (!v('firstHeldSince')) bad('firstHeldSince', '不能为空');
    else if (!first) bad('firstHeldSince', '不是有效日期（如 2016-06-01）');
    else if (first > today) bad('firstHeldSince', '不能晚于今天（只导入已在任的兼职）');
    const hasTerms = YES_NO[v('hasTerms')];
    if (hasTerms === undefined) bad('hasTerms', v('hasTerms') ? '应填“是”或“否”' : '不能为空');
    let terms: HeldPostTerm[] = [];
    if (hasTerms === true) {
      const n = Number(v('termNumber'));
      const start = normalizeDate(v('termStart'));
      const end = normalizeDate(v('termEnd'));
      if (!v('termNumber')) bad('termNumber', '实行任期制的须填写现任届次');
      else if (!Number.isInteger(n) || n < 1 || n > 20) bad('termNumber', '应为 1—20 的整数');
      if (!v('termStart')) bad('termStart', '实行任期制的须填写本届起始日期');
      else if (!start) bad('termStart', '不是有效日期（如 2021-06-01）');
      else if (start > today) bad('termStart', '不能晚于今天（只导入已在任的兼职）');
      else if (first && start < first) bad('termStart', `早于首次任职日期 ${first}`);
      if (!v('termEnd')) bad('termEnd', '实行任期制的须填写本届届满日期');
      else if (!end) bad('termEnd', '不是有效日期（如 2026-05-31）');
      else if (start && end <= start) bad('termEnd', `不晚于本届起始日期 ${start}（日期颠倒）`);
      const past = v('pastTerms') ? parsePastTerms(v('pastTerms')) : { terms: [], missingEnds: [] as number[] };
      if ('problem' in past && past.problem) bad('pastTerms', past.problem);
      else if (Number.isInteger(n) && n >= 1 && past.terms.length > n - 1) bad('pastTerms', `填了 ${past.terms.length} 届，但现任为第 ${n} 届，往届最多 ${n - 1} 届`);
      else if (start && end && first && Number.isInteger(n) && n >= 1 && n <= 20) {
        const firstNo = n - past.terms.length;
        terms = [...past.terms.map((t, i) => ({ termNumber: firstNo + i, start: t.start, end: t.end })), { termNumber: n, start, end }];
        // The history as written: its order, holes and overlaps; terms not written at all.
        for (let i = 1; i < terms.length; i++) {
          const a = terms[i - 1];
          const b = terms[i];
          if (b.start <= a.start) bad('pastTerms', `第 ${b.termNumber} 届起始日期 ${b.start} 不晚于第 ${a.termNumber} 届起始日期 ${a.start}（顺序颠倒）`);
          else if (a.end && b.start <= a.end) bad('pastTerms', `第 ${a.termNumber} 届届满日期 ${a.end} 与第 ${b.termNumber} 届起始日期 ${b.start} 重叠`);
          else if (a.end && diffDays(a.end, b.start) > 1) warnings.push(`第 ${a.termNumber} 届届满（${a.end}）与第 ${b.termNumber} 届起始（${b.start}）之间空缺 ${diffDays(a.end, b.start) - 1} 天`);
        }
        for (const i of past.missingEnds) warnings.push(`第 ${terms[i].termNumber} 届缺少届满日期，按下一届起始日期计`);
        if (firstNo > 1) warnings.push(`现任为第 ${n} 届，往届起止${past.terms.length ? `只填了 ${past.terms.length} 届` : '未填'}：第 ${firstNo > 2 ? `1—${firstNo - 1}` : '1'} 届的起止日期缺失`);
        if (firstNo === 1 && terms[0].start !== first) warnings.push(`第 1 届起始日期 ${terms[0].start} 与首次任职日期 ${first} 不一致`);
        if (n > rules.maxTerms) warnings.push(`现任第 ${n} 届，超过在同一职位兼职不得超过 ${rules.maxTerms} 届的规定${rules.termsArticle ? `（${rules.termsArticle}）` : ''}，导入后即列为应办事项`);
        if (end < today) warnings.push(`本届已于 ${end} 届满，导入后将提示办理续任审批或报告不续任${rules.termsArticle ? `（${rules.termsArticle}）` : ''}`);
      }
    } else if (hasTerms === false) {
      if (v('termNumber') || v('termStart') || v('termEnd') || v('pastTerms')) warnings.push('未实行任期制：所填届次和各届起止日期不导入');
      if (first) {
        terms = [{ termNumber: 1, start: first, end: null }];
        const limit = addYears(first, rules.maxYears);
        if (limit <= today) warnings.push(`自 ${first} 起兼任，已超过未实行任期制的兼职最长 ${rules.maxYears} 年的规定${rules.yearsArticle ? `（${rules.yearsArticle}）` : ''}（${limit} 已满），导入后即列为应办事项`);
      }
    }

    // Pay and the approval.
    const pay = YES_NO[v('pay')];
    if (pay === undefined) bad('pay', v('pay') ? '应填“是”或“否”' : '不能为空');
    const amountRaw = v('payAmount').replace(/[,，元\s]/g, '');
    let payAmount: string | null = null;
    if (amountRaw) {
      if (pay === false) bad('payAmount', '“是否取酬”为“否”时不填金额');
      else if (!/^\d{1,9}(\.\d{1,2})?$/.test(amountRaw)) bad('payAmount', '应为金额（元），如 3000 或 3000.50');
      else payAmount = Number(amountRaw).toFixed(2);
    }
    if (pay === true) warnings.push(`兼职取酬：所获报酬应全额上缴学院财资处${rules.payArticle ? `（${rules.payArticle}）` : ''}，请在兼职页登记取酬和上缴`);
    const approvalNo = v('approvalNo') || null;
    if (approvalNo && approvalNo.length > 100) bad('approvalNo', '不能超过 100 个字');
    if (!approvalNo) warnings.push('未填批准文号');

    // The natural key: the person, the organization, the post; once in a file.
    const postKey = postTitle ? normalizePostTitle(postTitle) : '';
    const orgKeyOf = org ? ('id' in org ? `id:${org.id}` : org.key) : '';
    if (person && org && postKey) {
      const fileKey = `${person.id}|${orgKeyOf}|${postKey}`;
      if (seen.has(fileKey)) bad('postTitle', `与第 ${seen.get(fileKey)} 行是同一人员在同一单位的同一职务（文件内重复）`);
      else seen.set(fileKey, raw.row);
    }
    if (problems.length || !person || !org || !postKind || !first || hasTerms === undefined || pay === undefined || !terms.length) return out('bad');
    const dbKey = orgId !== null ? `${person.id}|${orgId}|${postKey}` : null;
    if (dbKey && lookup.registered.has(dbKey)) {
      bad('postTitle', '该兼职已经审批登记，在兼职台账中已有，不需导入');
      return out('bad');
    }
    const fingerprint = JSON.stringify([postTitle, v('postKind'), hasTerms, terms, first, pay, payAmount, approvalNo]);
    const earlier = dbKey ? lookup.imported.get(dbKey) : undefined;
    const write: HeldPostWrite = {
      personId: person.id, personName: person.name, approvedRank: person.rank!, org, postTitle, postKey, ...postKind, hasTerms, terms, firstHeldSince: first,
      payReceived: pay, payAmount, approvalNo, fingerprint, existingId: earlier?.id ?? null,
    };
    const current = terms[terms.length - 1];
    const what = hasTerms ? `第 ${current.termNumber} 届（${current.start}至${current.end}）${terms.length > 1 ? `，另登记往届 ${terms.length - 1} 届` : ''}` : `自 ${first} 起（未实行任期制）`;
    if (!earlier) return out('new', `登记在任兼职：${what}${'id' in org ? '' : `；登记兼职单位“${org.name}”`}`, write);
    if (earlier.fingerprint === fingerprint) return out('unchanged', '与此前导入的相同');
    if (earlier.inUse) {
      bad('postTitle', '此前导入的该兼职已有年度报告、取酬或续任等办理记录，不能再通过导入修改；请在兼职页办理');
      return out('bad');
    }
    return out('update', `按新内容重新登记：${what}`, write);
  });
}
