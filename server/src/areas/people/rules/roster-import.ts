import { normalizeImportDate as normalizeDate } from '../../../core/imports/cells';
import { ID_NUMBER_MESSAGES, parseIdNumber } from './id-number';
import { POLITICAL_WORDS } from './labels';

/**
 * Roster import from the personnel office's Excel: each row checked as a personnel officer would (ID number check
 * character, dates, departments and ranks that exist, duplicates in the file and against the roster), then sorted into
 * new people, updates by 工号, unchanged rows and bad rows. Pure: the roster it is checked against is passed in.
 */

/** The template's columns, in order; a * marks the required ones. Headers are matched without the *. */
export const ROSTER_COLUMNS = [
  { key: 'staffNo', header: '工号*', width: 12 },
  { key: 'name', header: '姓名*', width: 10 },
  { key: 'gender', header: '性别*', width: 8 },
  { key: 'idNumber', header: '身份证号*', width: 22 },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'politicalStatus', header: '政治面貌*', width: 14 },
  { key: 'hireDate', header: '参加工作时间*', width: 14 },
  { key: 'phone', header: '手机号', width: 14 },
  { key: 'department', header: '部门', width: 24 },
  { key: 'postTitle', header: '职务', width: 20 },
  { key: 'rank', header: '职级', width: 14 },
  { key: 'startDate', header: '任职时间', width: 12 },
  { key: 'appointDocNo', header: '任职文号', width: 20 },
] as const;
export type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];
export type RawRow = { row: number } & Partial<Record<RosterKey, string>>;

export const GENDER_WORDS: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female' };

export interface RosterPerson {
  staffNo: string;
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  birthDate: string;
  politicalStatus: string;
  hireDate: string;
  phone: string | null;
}

export interface RosterPost {
  departmentId: number;
  title: string;
  rank: string;
  startDate: string;
  appointDocNo: string | null;
}

export interface CheckedRow {
  row: number;
  staffNo: string;
  name: string;
  problems: { field: string; message: string }[];
  person?: RosterPerson;
  post?: RosterPost;
  /** new | update | unchanged, for a row without problems. */
  action?: 'new' | 'update' | 'unchanged';
  /** The fields an update changes, by their column names. */
  changes?: string[];
  /** Whether a post (tenure) is added. */
  addsTenure?: boolean;
}

/** What the roster looks like now, as far as the import needs to know. */
export interface RosterLookup {
  departments: Map<string, number>;
  /** Rank label (院级正职, 中层正职…) or key → rank key. */
  ranks: Map<string, string>;
  byStaffNo: Map<string, RosterPerson & { id: number; status: string }>;
  byIdNumber: Map<string, { staffNo: string }>;
  /** `${departmentId}|${title}` → the post, with who holds it now. */
  posts: Map<string, { id: number; rank: string; holders: number[] }>;
  /** Ranks whose posts have one holder at a time. */
  singleHolderRanks: readonly string[];
  today: string;
}

/** A date as offices type it (core/imports/cells). */
export { normalizeDate };

const FIELD_NAMES: Record<RosterKey, string> = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.header.replace('*', '')])) as Record<RosterKey, string>;

export function checkRows(rows: RawRow[], lookup: RosterLookup): CheckedRow[] {
  const seenStaff = new Map<string, number>();
  const seenId = new Map<string, number>();
  const singlePostTaken = new Map<string, number>();
  return rows.map((raw) => {
    const v = (k: RosterKey) => (raw[k] ?? '').trim();
    const out: CheckedRow = { row: raw.row, staffNo: v('staffNo'), name: v('name'), problems: [] };
    const bad = (k: RosterKey, message: string) => out.problems.push({ field: FIELD_NAMES[k], message });

    const staffNo = v('staffNo');
    if (!staffNo) bad('staffNo', '不能为空');
    else if (!/^[A-Za-z0-9-]{2,20}$/.test(staffNo)) bad('staffNo', '应为 2–20 位字母、数字或连字符');
    else if (seenStaff.has(staffNo)) bad('staffNo', `与第 ${seenStaff.get(staffNo)} 行重复`);
    else seenStaff.set(staffNo, raw.row);

    const name = v('name');
    if (name.length < 2 || name.length > 30) bad('name', name ? '应为 2–30 个字' : '不能为空');

    const gender = GENDER_WORDS[v('gender')];
    if (!gender) bad('gender', '应填“男”或“女”');

    const idNumber = v('idNumber').toUpperCase();
    const parsed = parseIdNumber(idNumber);
    if (!idNumber) bad('idNumber', '不能为空');
    else if (idNumber.startsWith('数字')) bad('idNumber', '被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写');
    else if (!parsed.ok) bad('idNumber', ID_NUMBER_MESSAGES[parsed.problem].replace(/^身份证号/, ''));
    else if (seenId.has(idNumber)) bad('idNumber', `与第 ${seenId.get(idNumber)} 行重复`);
    else {
      seenId.set(idNumber, raw.row);
      const holder = lookup.byIdNumber.get(idNumber);
      if (holder && holder.staffNo !== staffNo) bad('idNumber', `已登记为工号 ${holder.staffNo} 的人员，不能用于另一工号`);
      if (gender && parsed.info.gender !== gender) bad('gender', `与身份证号所示性别（${parsed.info.gender === 'male' ? '男' : '女'}）不一致`);
    }

    let birthDate = parsed.ok ? parsed.info.birthDate : '';
    if (v('birthDate')) {
      const d = normalizeDate(v('birthDate'));
      if (!d) bad('birthDate', '不是有效日期（如 1980-05-01）');
      else if (parsed.ok && d !== parsed.info.birthDate) bad('birthDate', `与身份证号中的出生日期 ${parsed.info.birthDate} 不一致`);
      else birthDate = d;
    }

    const politicalStatus = POLITICAL_WORDS[v('politicalStatus')];
    if (!politicalStatus) bad('politicalStatus', `应为：${Object.keys(POLITICAL_WORDS).join('、')}`);

    const hireDate = normalizeDate(v('hireDate'));
    if (!v('hireDate')) bad('hireDate', '不能为空');
    else if (!hireDate) bad('hireDate', '不是有效日期（如 2005-07-01）');
    else if (birthDate && hireDate < `${Number(birthDate.slice(0, 4)) + 16}${birthDate.slice(4)}`) bad('hireDate', '参加工作时应已年满 16 周岁');

    const phone = v('phone') || null;
    if (phone && !/^1\d{10}$/.test(phone)) bad('phone', '应为 11 位手机号');

    // The post: department, title and rank together, or none of them.
    let post: RosterPost | undefined;
    const hasPost = !!(v('department') || v('postTitle') || v('rank'));
    if (hasPost) {
      const departmentId = lookup.departments.get(v('department'));
      const rank = lookup.ranks.get(v('rank'));
      const startDate = normalizeDate(v('startDate'));
      if (!v('department')) bad('department', '填写职务时须填写部门');
      else if (!departmentId) bad('department', `本院没有名为“${v('department')}”的部门；请先在“部门”菜单中点“新增部门”建立，或改为现有部门名称`);
      if (!v('postTitle')) bad('postTitle', '填写部门或职级时须填写职务');
      if (!rank) bad('rank', `应为：${[...new Set([...lookup.ranks.entries()].filter(([k, r]) => k !== r).map(([k]) => k))].join('、')}`);
      if (!v('startDate')) bad('startDate', '填写职务时须填写任职时间');
      else if (!startDate) bad('startDate', '不是有效日期（如 2021-09-01）');
      else if (startDate > lookup.today) bad('startDate', '不能晚于今天');
      else if (hireDate && startDate < hireDate) bad('startDate', `早于参加工作时间 ${hireDate}`);
      if (departmentId && v('postTitle') && rank && startDate) {
        const existing = lookup.posts.get(`${departmentId}|${v('postTitle')}`);
        if (existing && existing.rank !== rank) bad('rank', `该职务在系统中的职级为“${[...lookup.ranks.entries()].find(([k, r]) => r === existing.rank && k !== r)?.[0] ?? existing.rank}”`);
        post = { departmentId, title: v('postTitle'), rank, startDate, appointDocNo: v('appointDocNo') || null };
      }
    }

    if (out.problems.length) return out;
    const person: RosterPerson = { staffNo, name, gender: gender!, idNumber, birthDate, politicalStatus: politicalStatus!, hireDate: hireDate!, phone };
    out.person = person;
    const current = lookup.byStaffNo.get(staffNo);
    if (post) {
      const existing = lookup.posts.get(`${post.departmentId}|${post.title}`);
      const holds = !!current && !!existing?.holders.includes(current.id);
      out.addsTenure = !holds;
      if (!holds && lookup.singleHolderRanks.includes(post.rank)) {
        const other = existing?.holders.find((h) => h !== current?.id);
        const key = `${post.departmentId}|${post.title}`;
        if (other !== undefined) bad('postTitle', '该职务已有人在任（一职一人），请先在“人员”菜单中打开在任者办理免职');
        else if (singlePostTaken.has(key) && singlePostTaken.get(key) !== raw.row) bad('postTitle', `与第 ${singlePostTaken.get(key)} 行任同一职务（一职一人）`);
        else singlePostTaken.set(key, raw.row);
      }
      if (current && current.status !== 'active' && !holds) bad('staffNo', '该人员已退休或离职，不能任职');
      if (out.problems.length) return { ...out, person: undefined };
      out.post = post;
    }
    if (!current) out.action = 'new';
    else {
      const changes = (Object.keys(person) as (keyof RosterPerson)[]).filter((k) => (person[k] ?? null) !== (current[k] ?? null)).map((k) => FIELD_NAMES[k]);
      out.changes = changes;
      out.action = changes.length || out.addsTenure ? 'update' : 'unchanged';
    }
    return out;
  });
}
