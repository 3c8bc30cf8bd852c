import { and, eq, inArray } from 'drizzle-orm';
import { together } from '../../core/db/together';
import type { Tx } from '../../core/db/client';
import { appraisal, person, personDossier } from '../../core/db/schema';
import type { FamilyMember } from './db';
import { tenuresOf } from './queries/people.repository';
import { GIVEN_ANY, GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from '../../core/demo/names';
import { Rng } from '../../core/demo/random';

/** Places of origin by the college's region code (the first digits of its ID numbers). */
const PLACES: Record<string, string[]> = {
  '510': ['四川成都', '四川绵阳', '四川南充', '四川宜宾', '重庆万州', '四川达州'],
  '320': ['江苏徐州', '江苏宿迁', '江苏连云港', '山东枣庄', '安徽宿州', '江苏淮安'],
  '520': ['贵州铜仁', '贵州遵义', '湖南怀化', '贵州贵阳', '重庆秀山', '贵州思南'],
  '340': ['安徽芜湖', '安徽合肥', '安徽安庆', '安徽六安', '安徽宣城', '江苏南京'],
};
const ETHNIC: Record<string, string[]> = { '520': ['汉族', '汉族', '土家族', '苗族', '侗族'], default: ['汉族', '汉族', '汉族', '汉族', '回族'] };
const SCHOOLS = ['四川大学', '南京师范大学', '安徽大学', '贵州大学', '中国矿业大学', '西南交通大学', '合肥工业大学', '华中师范大学', '东北师范大学', '江苏大学'];
const MAJORS = ['机械工程', '计算机科学与技术', '会计学', '思想政治教育', '汉语言文学', '电气工程及其自动化', '土木工程', '管理科学与工程', '马克思主义理论', '教育学'];
const TITLES = ['教授', '副教授', '副教授', '高级工程师', '讲师', '高级会计师'];
const GRADE_WORDS: Record<string, string> = { excellent: '优秀', competent: '合格', basic: '基本合格', incompetent: '不合格' };

const ym = (d: string) => d.slice(0, 7).replace('-', '.');

/**
 * 干部任免审批表 details for most leaders and middle cadres: origin, education, professional title, a résumé written
 * from their tenures, rewards, appraisal results from the appraisal records, family. About a quarter of the middle
 * cadres have none yet (their files not yet collected), as in a real office.
 */
export async function seedDossiers(tx: Tx, institutionId: number, ref: string, seed: number, region: string, collegeName: string): Promise<number> {
  const rng = new Rng(seed);
  const tenures = await tenuresOf(tx, institutionId);
  const cadres = [...new Set(tenures.filter((t) => ['principal', 'leader', 'middle_chief', 'middle_deputy'].includes(t.rank) && (t.endDate === null || t.endDate > ref)).map((t) => t.personId))];
  const chosen = cadres.filter((_, i) => i < 12 || rng.chance(0.75));
  if (!chosen.length) return 0;
  const [people, grades] = await together(tx, [
    () => tx.select().from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, chosen))),
    () => tx.select({ personId: appraisal.personId, year: appraisal.year, grade: appraisal.grade }).from(appraisal).where(and(eq(appraisal.institutionId, institutionId), inArray(appraisal.personId, chosen))),
  ]);
  const places = PLACES[region] ?? PLACES['340'];
  const rows = people.map((p) => {
    const birthYear = Number(p.birthDate.slice(0, 4));
    const school = rng.pick(SCHOOLS);
    const major = rng.pick(MAJORS);
    const doctor = rng.chance(0.3);
    const graduated = `${Number(p.hireDate.slice(0, 4))}.07`;
    const mine = tenures.filter((t) => t.personId === p.id);
    const resume = [
      `${birthYear + 18}.09--${graduated}  ${school}${major}专业学习`,
      ...mine.map((t) => `${ym(t.startDate)}--${t.endDate ? ym(t.endDate) : '　　　　'}  ${collegeName}${t.departmentName === '院领导' ? '' : t.departmentName}${t.title}`),
    ];
    if (mine.length && mine[0].startDate > p.hireDate) resume.splice(1, 0, `${graduated}--${ym(mine[0].startDate)}  ${collegeName}教师`);
    const years = grades.filter((g) => g.personId === p.id).sort((a, b) => a.year - b.year);
    const spouseFemale = p.gender === 'male';
    const family: FamilyMember[] = [
      { relation: spouseFemale ? '妻子' : '丈夫', name: `${rng.pick(SURNAMES)}${rng.pick(spouseFemale ? GIVEN_FEMALE : GIVEN_MALE)}${rng.chance(0.5) ? rng.pick(GIVEN_ANY) : ''}`, birth: `${birthYear + rng.int(-2, 3)}.${String(rng.int(1, 12)).padStart(2, '0')}`, political: rng.pick(['中共党员', '群众', '群众']), workplace: rng.pick(['市第一人民医院医生', '市实验中学教师', '区税务局干部', '市住房公积金中心职员', '本院教师']) },
      { relation: rng.chance(0.5) ? '儿子' : '女儿', name: `${p.name[0]}${rng.pick(GIVEN_ANY)}${rng.pick([...GIVEN_MALE, ...GIVEN_FEMALE])}`, birth: `${birthYear + rng.int(25, 32)}.${String(rng.int(1, 12)).padStart(2, '0')}`, political: '共青团员', workplace: rng.pick(['在读大学生', '在读高中生', '在读研究生']) },
    ];
    return {
      institutionId, personId: p.id, source: '组织部录入',
      fields: {
        MinZu: rng.pick(ETHNIC[region] ?? ETHNIC.default), JiGuan: rng.pick(places), ChuShengDi: rng.pick(places),
        ...(p.politicalStatus === 'cpc_member' ? { RuDangShiJian: `${Number(p.hireDate.slice(0, 4)) - rng.int(-4, 2)}.${String(rng.int(1, 12)).padStart(2, '0')}` } : {}),
        CanJiaGongZuoShiJian: ym(p.hireDate), JianKangZhuangKuang: '健康', ZhuanYeJiShuZhiWu: rng.pick(TITLES),
        QuanRiZhiJiaoYu_XueLi: doctor ? '研究生' : '大学', QuanRiZhiJiaoYu_XueWei: doctor ? '工学博士' : rng.pick(['工学学士', '管理学学士', '文学学士']),
        QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: `${school}${major}专业`,
        ...(rng.chance(0.4) ? { ZaiZhiJiaoYu_XueLi: '研究生', ZaiZhiJiaoYu_XueWei: '管理学硕士', ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi: `${rng.pick(SCHOOLS)}公共管理专业` } : {}),
        JianLi: resume.join('\n'),
        JiangChengQingKuang: rng.chance(0.5) ? `${Number(ref.slice(0, 4)) - rng.int(1, 4)}年被评为学院优秀共产党员` : '无',
        NianDuKaoHeJieGuo: years.length ? years.map((g) => `${g.year}年度考核${GRADE_WORDS[g.grade] ?? g.grade}`).join('；') : '',
      },
      family,
    };
  });
  await tx.insert(personDossier).values(rows);
  return rows.length;
}
