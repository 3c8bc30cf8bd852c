import { addDays, diffDays, type IsoDate } from '../core/shared/dates';
import { idNumberCheckChar } from '../areas/people/rules/id-number';
import { partyPostRule } from '../areas/people/rules/party-posts';
import type { CollegeTemplate } from './colleges';
import { GIVEN_ANY, GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from '../core/demo/names';
import { Rng } from '../core/demo/random';

/** Plain demo data for one college; refs are indexes into the arrays, resolved to ids when inserted. Pure. */
export interface DemoCollege {
  departments: { code: string; name: string; kind: string; sortOrder: number }[];
  posts: { dept: number; title: string; rank: string; isHead: boolean; isKeyPost: boolean; isHighRiskPost: boolean; isDualRole: boolean }[];
  persons: { staffNo: string; name: string; gender: 'male' | 'female'; birthDate: string; idNumber: string; politicalStatus: string; hireDate: string; phone: string | null; status: string }[];
  tenures: { person: number; post: number; startDate: string; endDate: string | null; appointDocNo: string | null; appointReason: string; endDocNo: string | null; endReason: string | null }[];
  oversights: { leader: number; dept: number; startDate: string; endDate: string | null }[];
  accounts: { username: string; displayName: string; roles: string[]; person: number | null; label: string }[];
}

const DAY = 1;
const diffYears = (from: IsoDate, to: IsoDate) => diffDays(from, to) / 365.25;
const yearsAgo = (ref: IsoDate, years: number) => addDays(ref, -Math.round(years * 365.25 * DAY));

export function generateCollege(tpl: CollegeTemplate, seed: number, ref: IsoDate): DemoCollege {
  const rng = new Rng(seed);
  const out: DemoCollege = { departments: [], posts: [], persons: [], tenures: [], oversights: [], accounts: [] };
  const usedNames = new Set<string>();
  let staffSeq = 0;
  const docSeq = new Map<number, number>();
  const docNo = (date: IsoDate) => {
    const y = Number(date.slice(0, 4));
    const n = (docSeq.get(y) ?? 0) + 1;
    docSeq.set(y, n);
    return `${tpl.shortName}党〔${y}〕${n}号`;
  };

  function newPerson(minAge: number, maxAge: number, opts: { cadre: boolean; firstStart?: IsoDate }): number {
    const gender = rng.chance(opts.cadre ? 0.32 : 0.52) ? 'female' : 'male';
    let name = '';
    for (let i = 0; i < 20 && (!name || usedNames.has(name)); i++) {
      const given = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
      const first = rng.chance(0.7) ? rng.pick(rng.chance(0.5) ? GIVEN_ANY : given) : '';
      let last = rng.pick(given);
      while (last === first) last = rng.pick(given);
      name = rng.pick(SURNAMES) + first + last;
    }
    usedNames.add(name);
    // Old enough to have started the earliest post of their history at 23 or later.
    const lowest = opts.firstStart ? Math.max(minAge, Math.ceil(diffYears(opts.firstStart, ref)) + 23) : minAge;
    const age = rng.int(lowest, Math.max(maxAge, lowest + 2));
    const birthDate = addDays(yearsAgo(ref, age), -rng.int(0, 360));
    let hireDate = addDays(birthDate, Math.round(rng.int(22, 27) * 365.25) + rng.int(180, 250));
    if (opts.firstStart && hireDate > opts.firstStart) hireDate = addDays(opts.firstStart, -rng.int(30, 400));
    const seqNo = String(rng.int(0, 499) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
    const first17 = `${tpl.region}${String(rng.int(101, 199))}${birthDate.replace(/-/g, '')}${seqNo}`;
    staffSeq++;
    const political = opts.cadre ? (rng.chance(0.94) ? 'cpc_member' : 'democratic_party') : rng.pick(['cpc_member', 'cpc_member', 'masses', 'masses', 'league_member', 'democratic_party', 'cpc_probationary']);
    out.persons.push({
      staffNo: `${hireDate.slice(0, 4)}${String(staffSeq).padStart(4, '0')}`,
      name,
      gender,
      birthDate,
      idNumber: first17 + idNumberCheckChar(first17),
      politicalStatus: political,
      hireDate,
      phone: rng.chance(0.9) ? `1${rng.pick(['3', '5', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}` : null,
      status: 'active',
    });
    return out.persons.length - 1;
  }

  function addPost(dept: number, title: string, rank: string, flags: Partial<DemoCollege['posts'][number]> = {}): number {
    out.posts.push({ dept, title, rank, isHead: false, isKeyPost: false, isHighRiskPost: false, isDualRole: false, ...flags });
    return out.posts.length - 1;
  }

  function appoint(person: number, post: number, start: IsoDate, end: IsoDate | null, reason: string, endReason?: string) {
    out.tenures.push({ person, post, startDate: start, endDate: end, appointDocNo: docNo(start), appointReason: reason, endDocNo: end ? docNo(end) : null, endReason: end ? (endReason ?? '工作调动') : null });
  }

  // Leadership: the 院领导 pseudo-department holds the leadership posts.
  out.departments.push({ code: 'yld', name: '院领导', kind: 'party', sortOrder: 0 });
  tpl.departments.forEach((d, i) => out.departments.push({ code: d.code, name: d.name, kind: d.kind, sortOrder: (i + 1) * 10 }));

  const leaderTitles: [string, string][] = [
    ['党委书记', 'principal'],
    ['院长（党委副书记）', 'principal'],
    ['党委副书记', 'leader'],
    ['副院长（分管教学）', 'leader'],
    ['副院长（分管科研与产教融合）', 'leader'],
    ['副院长（分管后勤与资产）', 'leader'],
    ['纪委书记', 'leader'],
  ];
  const leaders: number[] = [];
  for (const [title, rank] of leaderTitles) {
    const p = addPost(0, title, rank, { isHead: rank === 'principal', isKeyPost: true });
    const start = yearsAgo(ref, rng.int(8, 70) / 10);
    const person = newPerson(rank === 'principal' ? 52 : 47, 59, { cadre: true, firstStart: yearsAgo(ref, 14) });
    appoint(person, p, start, null, '上级党委任命');
    leaders.push(person);
  }

  // Rotations this year: the chief of department X moved to head department Y after more than five years (done duties).
  const n = tpl.departments.length;
  const rotations = Array.from({ length: Math.max(1, Math.round(n / 12)) }, (_, k) => ({
    from: 1 + ((k * 7 + 2) % n),
    to: 1 + ((k * 7 + 5) % n),
    moved: yearsAgo(ref, rng.int(2, 8) / 12),
  }));

  // Departments: chief, deputies, section posts, staff.
  const chiefsByDept: number[] = [];
  const chiefPosts: number[] = [];
  const persons: { person: number; dept: number; rank: string }[] = [];
  const staffPosts = new Map<number, number[]>();
  tpl.departments.forEach((d, i) => {
    const dept = i + 1;
    const keyFlags = { isKeyPost: !!d.keyPost, isHighRiskPost: !!d.highRisk };
    const chiefPost = addPost(dept, d.chief, 'middle_chief', { isHead: true, ...keyFlags, isDualRole: d.kind === 'academic' && rng.chance(0.5) });
    chiefPosts[dept] = chiefPost;
    const deputyPosts = d.deputies.map((t) =>
      t === '党总支书记' ? addPost(dept, t, 'middle_chief', { isHead: true }) : addPost(dept, t, 'middle_deputy', { isHighRiskPost: !!d.highRisk }),
    );
    const sectionPosts = (d.sections ?? []).map((t) => addPost(dept, t, 'section', { isHighRiskPost: !!d.highRisk && rng.chance(0.6) }));
    const sp = d.kind === 'academic' ? [addPost(dept, '专任教师', 'staff'), addPost(dept, '辅导员', 'staff'), addPost(dept, '教学秘书', 'staff')] : [addPost(dept, '工作人员', 'staff')];
    staffPosts.set(dept, sp);

    const fillCadre = (post: number, rank: string, forcedStart?: IsoDate) => {
      const r = rng.next();
      const years = rank === 'section' ? rng.int(5, 130) / 10 : r < 0.13 ? rng.int(50, 95) / 10 : r < 0.24 ? rng.int(40, 50) / 10 : rng.int(2, 39) / 10;
      const start = forcedStart ?? yearsAgo(ref, years);
      // Earlier career: often as staff of the same department (long department periods), sometimes elsewhere.
      const sameDept = rng.chance(0.55);
      const prevStart = yearsAgo(start, rng.int(20, rank === 'section' ? 60 : 70) / 10);
      const person = newPerson(rank === 'middle_chief' ? 40 : rank === 'middle_deputy' ? 35 : 30, rank === 'section' ? 52 : 57, { cadre: true, firstStart: prevStart });
      const prevPost = sameDept ? sp[0] : (staffPosts.get(rng.int(1, dept))?.[0] ?? sp[0]);
      appoint(person, prevPost, prevStart, start, '公开招聘', '提拔任用');
      appoint(person, post, start, null, rank === 'middle_chief' ? '经党委会研究决定' : '竞聘上岗');
      persons.push({ person, dept, rank });
      return person;
    };
    const rotatedIn = rotations.some((r) => r.to === dept);
    if (!rotatedIn) chiefsByDept[dept] = fillCadre(chiefPost, 'middle_chief', rotations.find((r) => r.from === dept)?.moved);
    for (const p of deputyPosts) if (rng.chance(0.9)) fillCadre(p, out.posts[p].rank); // ~10% of deputy posts vacant
    for (const p of sectionPosts) if (rng.chance(0.92)) fillCadre(p, 'section');
    const headcount = Math.max(2, Math.round(d.staff * tpl.staffScale));
    for (let k = 0; k < headcount; k++) {
      const person = newPerson(23, 59, { cadre: false });
      const post = d.kind === 'academic' ? (k % 9 === 0 ? sp[1] : k % 23 === 0 ? sp[2] : sp[0]) : sp[0];
      appoint(person, post, out.persons[person].hireDate < yearsAgo(ref, 30) ? yearsAgo(ref, rng.int(5, 30)) : out.persons[person].hireDate, null, '招聘入职');
      persons.push({ person, dept, rank: 'staff' });
    }
  });
  for (const r of rotations) {
    const person = newPerson(42, 55, { cadre: true, firstStart: yearsAgo(r.moved, 9) });
    appoint(person, staffPosts.get(r.from)![0], yearsAgo(r.moved, 9), yearsAgo(r.moved, rng.int(52, 68) / 10), '公开招聘', '提拔任用');
    appoint(person, chiefPosts[r.from], out.tenures[out.tenures.length - 1].endDate!, r.moved, '经党委会研究决定', '轮岗交流');
    appoint(person, chiefPosts[r.to], r.moved, null, '轮岗交流');
    chiefsByDept[r.to] = person;
    persons.push({ person, dept: r.to, rank: 'middle_chief' });
  }

  // A few retired cadres, their tenures ended.
  for (let k = 0; k < Math.max(2, Math.round(6 * tpl.staffScale)); k++) {
    const dept = 1 + rng.int(0, tpl.departments.length - 1);
    const person = newPerson(61, 66, { cadre: true, firstStart: yearsAgo(ref, 30) });
    out.persons[person].status = 'retired';
    const retired = yearsAgo(ref, rng.int(1, 40) / 10);
    appoint(person, staffPosts.get(dept)![0], yearsAgo(retired, rng.int(10, 25)), retired, '工作调动', '退休');
  }

  // Oversight: each leader takes some departments; the discipline secretary takes 纪委 and 审计; one gap left unassigned.
  const depts = tpl.departments.map((_, i) => i + 1);
  const unassigned = depts[depts.length - 1];
  depts.forEach((dept, i) => {
    if (dept === unassigned) return;
    const code = tpl.departments[dept - 1].code;
    // The teaching vice-president (the demo 分管院领导 account) oversees the first academic department (the demo 部门负责人's).
    const firstAcademicDept = tpl.departments.findIndex((d) => d.kind === 'academic') + 1;
    const leader =
      code === 'jwb' || code === 'sjc' ? leaders[6] : code === 'zzb' || code === 'xcb' ? leaders[0] : code === 'cwc' || code === 'fgc' ? leaders[1] : dept === firstAcademicDept ? leaders[3] : leaders[2 + (i % 4)];
    const leaderStart = out.tenures.find((t) => t.person === leader && t.endDate === null)!.startDate;
    out.oversights.push({ leader, dept, startDate: leaderStart, endDate: null });
  });

  // Posts that require a Party member (党委书记、副书记、纪委书记、党总支书记、党委工作部门负责人: areas/people/rules/party-posts.ts) are
  // held by full members, now and in the past; the random draw above (which stays as it was) is overridden for them.
  for (const t of out.tenures) {
    const po = out.posts[t.post];
    if (partyPostRule({ title: po.title, departmentName: out.departments[po.dept].name })) out.persons[t.person].politicalStatus = 'cpc_member';
  }

  // Demo accounts, one per role.
  const personIn = (code: string, rank: string) => {
    const dept = tpl.departments.findIndex((d) => d.code === code) + 1;
    return persons.find((p) => p.dept === dept && p.rank === rank)?.person ?? persons.find((p) => p.rank === rank)!.person;
  };
  const firstAcademic = tpl.departments.findIndex((d) => d.kind === 'academic') + 1;
  const acct = (username: string, roles: string[], person: number | null, label: string, displayName?: string) =>
    out.accounts.push({ username: tpl.accountPrefix + username, roles, person, label, displayName: displayName ?? (person !== null ? out.persons[person].name : label) });
  acct('org', ['org'], personIn('zzb', 'section'), '党委组织部');
  acct('discipline', ['discipline'], personIn('jwb', 'section'), '纪委（纪检监察室）');
  acct('office', ['office'], personIn('dzb', 'section'), '党政办');
  acct('finance', ['finance'], personIn('cwc', 'section'), '财资处');
  acct('foreign', ['foreign_affairs'], personIn('gjc', 'staff'), '外事部门');
  acct('publicity', ['publicity'], personIn('xcb', 'staff'), '宣传部');
  acct('principal', [], leaders[0], '党委书记');
  acct('leader', [], leaders[3], '分管院领导');
  acct('depthead', [], chiefsByDept[firstAcademic], '部门负责人');
  acct('staff', [], persons.find((p) => p.dept === firstAcademic && p.rank === 'staff')!.person, '干部职工');
  acct('sysadmin', ['sysadmin'], null, '系统管理员');
  acct('secadmin', ['secadmin'], null, '安全管理员');
  acct('auditor', ['auditor'], null, '审计管理员');
  return out;
}
