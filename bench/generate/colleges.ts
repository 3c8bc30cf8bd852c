import { COLLEGES, type CollegeTemplate } from '../../server/src/demo/colleges';
import { generateCollege } from '../../server/src/demo/generate';

/** Place names and kinds of college the benchmark colleges are named from: fictional, as the demo's are. */
const PLACES = ['江城', '云岭', '汉水', '泰岳', '滨海', '雁门', '湘楚', '黔中', '闽江', '燕山', '陇原', '淮扬', '洞庭', '岭南', '桐柏', '渭河', '青崖', '雪峰', '沅陵', '松辽', '赣南', '浔阳', '天山', '琼州', '大别山', '太行', '沂蒙', '巴渝', '鄱湖', '钱塘'];
const KINDS = ['职业技术学院', '工业职业技术学院', '师范学院', '交通职业学院', '医学高等专科学校'];
/** Administrative division prefixes for fictional ID numbers. */
const REGIONS = ['110', '130', '140', '210', '320', '330', '340', '350', '360', '370', '410', '420', '430', '440', '500', '510', '520', '530', '610', '620'];

/** People per college at every scale (the issue: a college has about 2,000 people). */
export const PEOPLE_PER_COLLEGE = 2000;

const scaleFor = new Map<string, number>();
/** The staff scale that gives a template about 2,000 people (a few proportional corrections; the cadres do not scale). */
function staffScaleFor(tpl: CollegeTemplate): number {
  let s = scaleFor.get(tpl.code);
  if (s) return s;
  s = tpl.staffScale;
  for (let i = 0; i < 4; i++) s *= PEOPLE_PER_COLLEGE / generateCollege({ ...tpl, staffScale: s }, 1, '2026-11-30').persons.length;
  scaleFor.set(tpl.code, s);
  return s;
}

/**
 * `n` colleges for a benchmark: the first is the demo's largest college as it is (its accounts keep their names: org,
 * discipline, …), the others follow the four demo templates in turn (so all four policy packs are in play) under names
 * of their own, each with about 2,000 people and accounts prefixed `b<k>.`. Deterministic.
 */
export function benchColleges(n: number): CollegeTemplate[] {
  const out: CollegeTemplate[] = [];
  for (let k = 0; k < n; k++) {
    const base = COLLEGES[k % COLLEGES.length];
    if (k === 0) {
      out.push({ ...base, staffScale: staffScaleFor(base) });
      continue;
    }
    const place = PLACES[k % PLACES.length] + (k >= PLACES.length ? String(Math.floor(k / PLACES.length) + 1) : '');
    const kind = KINDS[k % KINDS.length];
    out.push({
      ...base,
      code: `bench${k}`,
      name: `${place}${kind}`,
      shortName: `${place}${kind.slice(0, 2)}`,
      region: REGIONS[k % REGIONS.length],
      accountPrefix: `b${k}.`,
      staffScale: staffScaleFor(base),
    });
  }
  return out;
}
