import { findImportPerson, type ImportPeople } from '../../../core/imports/people';
import type { CheckedImportRow, ImportColumn, ImportRawRow } from '../../../core/imports/template';
import { normalizeImportDate as importDate } from '../../../core/imports/cells';

/**
 * 后备干部名单 at go-live (issue 26): the cadres already in the college's reserve pool, each row checked as a nomination
 * and its review would be (第4条 the target ranks; 第5条 and the other blockers: nobody with a veto enters the pool), and
 * written as a nomination approved on its 入库日期. Re-import updates by 工号 + 入库日期. Pure.
 */

export type ReserveImportKey = 'staffNo' | 'name' | 'targetRank' | 'category' | 'enteredOn' | 'method' | 'opinion';

export function reserveImportColumns(rankLabels: string[]): (ImportColumn & { key: ReserveImportKey })[] {
  return [
    { key: 'staffNo', header: '工号*', width: 12, text: true, note: '花名册中的工号（须为在职人员）' },
    { key: 'name', header: '姓名*', width: 10, note: '须与花名册中该工号的姓名一致' },
    { key: 'targetRank', header: '拟任层级*', width: 14, list: rankLabels, note: `见下拉列表：${rankLabels.join('、')}` },
    { key: 'category', header: '职位类别', width: 16, note: '如“党务”“行政管理”“教学科研”，记入推荐理由' },
    { key: 'enteredOn', header: '入库日期*', width: 12, note: '纳入后备干部库的日期（审核通过之日），不晚于今天；再次导入时按“工号 + 入库日期”更新' },
    { key: 'method', header: '推荐方式', width: 16, note: '如“民主推荐”“组织推荐”，记入推荐理由' },
    { key: 'opinion', header: '考察意见', width: 40, note: '考察或审核意见，记为入库审核意见' },
  ];
}
export const RESERVE_IMPORT_HEADER_KEYS: ReserveImportKey[] = ['staffNo', 'targetRank', 'enteredOn'];

const COLUMN_NAMES = Object.fromEntries(reserveImportColumns([]).map((c) => [c.key, c.header.replace('*', '')])) as Record<ReserveImportKey, string>;

export interface ReserveImportLookup {
  today: string;
  /** The roster, as every go-live template names people (core/imports/people.ts). */
  people: ImportPeople;
  /** Each person's nominations, any status; `imported` when a go-live import wrote it. */
  nominations: Map<number, { id: number; status: string; targetRank: string; nominatedOn: string; reasons: string; reviewNote: string | null; imported: boolean }[]>;
  /** What blocks each person now (第5条 findings, inaction uncorrected, an impact period), with its article as users read it. */
  blockers: Map<number, { reason: string; article: string | null }[]>;
  ranks: { key: string; label: string }[];
  ranksArticle: string | null;
}

export interface ReserveWrite {
  personId: number;
  targetRank: string;
  enteredOn: string;
  reasons: string;
  reviewNote: string | null;
  existingId: number | null;
}

export function checkReserveRows(rows: ImportRawRow[], lookup: ReserveImportLookup): CheckedImportRow<ReserveWrite>[] {
  const seen = new Map<number, number>();
  const { today } = lookup;
  const rankLabel = (k: string) => lookup.ranks.find((r) => r.key === k)?.label ?? k;
  return rows.map((raw) => {
    const v = (k: ReserveImportKey) => String(raw[k] ?? '').trim();
    const problems: { column: string; message: string }[] = [];
    const warnings: string[] = [];
    const bad = (k: ReserveImportKey, message: string) => problems.push({ column: COLUMN_NAMES[k], message });
    const out = (action: CheckedImportRow['action'], detail = '', write?: ReserveWrite): CheckedImportRow<ReserveWrite> => ({
      row: raw.row, key: [v('staffNo'), v('enteredOn')].filter(Boolean).join(' · '), label: v('name'), action: problems.length ? 'bad' : action, problems, warnings, detail, write: problems.length ? undefined : write,
    });
    const cite = (a: string | null) => (a ? `（${a}）` : '');

    const name = v('name');
    const found = findImportPerson(lookup.people, { staffNo: v('staffNo'), name }, { staffNo: COLUMN_NAMES.staffNo, name: COLUMN_NAMES.name });
    const person = 'person' in found ? found.person : undefined;
    if ('column' in found) problems.push(found);
    else if (!found.person.active) bad('staffNo', `${found.person.name}在花名册中已不在职，不能列入后备干部库`);
    if (!name) bad('name', '不能为空');

    const rankText = v('targetRank');
    const rank = lookup.ranks.find((r) => r.label === rankText || r.key === rankText)?.key;
    const ranksText = lookup.ranks.map((r) => r.label).join('、');
    if (!rankText) bad('targetRank', `不能为空，应为：${ranksText}${cite(lookup.ranksArticle)}`);
    else if (!rank) bad('targetRank', `“${rankText}”不是可选的拟任层级，应为：${ranksText}${cite(lookup.ranksArticle)}`);

    const enteredOn = importDate(v('enteredOn'));
    if (!v('enteredOn')) bad('enteredOn', '不能为空');
    else if (!enteredOn) bad('enteredOn', '不是有效日期（如 2024-09-01）');
    else if (enteredOn > today) bad('enteredOn', '不能晚于今天');

    const category = v('category');
    const method = v('method');
    const opinion = v('opinion');
    if (category.length > 50) bad('category', '不能超过 50 个字');
    if (method.length > 50) bad('method', '不能超过 50 个字');
    if (opinion.length > 2000) bad('opinion', '不能超过 2000 个字');
    if (!method) warnings.push('未填推荐方式');
    if (!opinion) warnings.push('未填考察意见');

    if (person && person.active) {
      for (const b of lookup.blockers.get(person.id) ?? []) bad('name', `不能列入后备干部库：${b.reason}${cite(b.article)}`);
      if (seen.has(person.id)) bad('staffNo', `与第 ${seen.get(person.id)} 行是同一人员（同一人员在后备干部库中只列一次，文件内重复）`);
      else if (!problems.length) seen.set(person.id, raw.row); // a bad row is not imported: it clashes with no other
    }
    if (problems.length || !person || !rank || !enteredOn) return out('bad');

    const reasons = [method && `推荐方式：${method}`, category && `职位类别：${category}`].filter(Boolean).join('；') || '上线导入的后备干部名单（未填推荐方式）';
    const mine = lookup.nominations.get(person.id) ?? [];
    const same = mine.find((n) => n.nominatedOn === enteredOn && (n.imported || n.status === 'approved'));
    const other = mine.find((n) => n !== same && (n.status === 'nominated' || n.status === 'approved'));
    if (other) {
      bad('staffNo', `${person.name}已在后备干部库中或正在审核（${other.nominatedOn} 推荐，拟任${rankLabel(other.targetRank)}），不需导入`);
      return out('bad');
    }
    const write: ReserveWrite = { personId: person.id, targetRank: rank, enteredOn, reasons, reviewNote: opinion || null, existingId: same?.id ?? null };
    const what = `列入后备干部库：拟任${rankLabel(rank)}，${enteredOn} 入库`;
    if (!same) return out('new', what, write);
    if (!same.imported) {
      if (same.targetRank === rank) return out('unchanged', '系统中已登记，在库');
      bad('targetRank', `系统中已登记该同志 ${enteredOn} 入库，拟任${rankLabel(same.targetRank)}，不能通过导入修改`);
      return out('bad');
    }
    if (same.status !== 'approved') {
      bad('enteredOn', '此前导入的该后备干部已退出后备干部库，不能再通过导入修改');
      return out('bad');
    }
    if (same.targetRank === rank && same.reasons === reasons && (same.reviewNote ?? null) === (opinion || null)) return out('unchanged', '与此前导入的相同');
    return out('update', `按新内容更新：拟任${rankLabel(rank)}，${enteredOn} 入库`, write);
  });
}
