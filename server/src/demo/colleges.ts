/** The four fictional demo colleges, one per policy pack, and their departments. */
export interface DeptTemplate {
  code: string;
  name: string;
  kind: 'party' | 'admin' | 'academic' | 'support' | 'enterprise';
  chief: string;
  deputies: string[];
  sections?: string[];
  staff: number;
  keyPost?: boolean;
  highRisk?: boolean;
}

export interface CollegeTemplate {
  code: string;
  name: string;
  shortName: string;
  packId: string;
  /** Administrative division code prefix for fictional ID numbers. */
  region: string;
  accountPrefix: string;
  staffScale: number;
  departments: DeptTemplate[];
}

const party: DeptTemplate[] = [
  { code: 'dzb', name: '党委办公室（院长办公室）', kind: 'party', chief: '主任', deputies: ['副主任'], sections: ['综合科科长', '秘书科科长'], staff: 8 },
  { code: 'zzb', name: '党委组织部（人事处）', kind: 'party', chief: '部长', deputies: ['副部长（人事）', '副部长（组织）'], sections: ['干部科科长', '人事科科长'], staff: 8, keyPost: true },
  { code: 'xcb', name: '党委宣传部（统战部）', kind: 'party', chief: '部长', deputies: ['副部长'], sections: ['新闻中心主任'], staff: 6 },
  { code: 'jwb', name: '纪委办公室（监察处）', kind: 'party', chief: '主任', deputies: ['副主任'], sections: ['监督检查科科长'], staff: 5 },
  { code: 'xgb', name: '党委学生工作部（学生处）', kind: 'party', chief: '部长', deputies: ['副部长', '副处长（心理健康）'], sections: ['学生管理科科长', '资助中心主任'], staff: 10 },
  { code: 'tw', name: '团委', kind: 'party', chief: '书记', deputies: ['副书记'], staff: 4 },
  { code: 'gh', name: '工会', kind: 'party', chief: '常务副主席', deputies: [], staff: 3 },
];
const admin: DeptTemplate[] = [
  { code: 'jwc', name: '教务处', kind: 'admin', chief: '处长', deputies: ['副处长（教学运行）', '副处长（质量）'], sections: ['教学运行科科长', '考务科科长'], staff: 12 },
  { code: 'kjc', name: '科技处', kind: 'admin', chief: '处长', deputies: ['副处长'], sections: ['项目管理科科长'], staff: 6 },
  { code: 'cwc', name: '财务处', kind: 'admin', chief: '处长', deputies: ['副处长'], sections: ['会计核算科科长', '收费管理科科长'], staff: 14, keyPost: true, highRisk: true },
  { code: 'zcc', name: '资产管理处', kind: 'admin', chief: '处长', deputies: ['副处长'], sections: ['采购科科长'], staff: 8, keyPost: true, highRisk: true },
  { code: 'gjc', name: '国际合作与交流处', kind: 'admin', chief: '处长', deputies: ['副处长'], staff: 5 },
  { code: 'zsc', name: '招生就业处', kind: 'admin', chief: '处长', deputies: ['副处长（招生）', '副处长（就业）'], sections: ['招生科科长'], staff: 9, keyPost: true, highRisk: true },
  { code: 'hqc', name: '后勤管理处', kind: 'admin', chief: '处长', deputies: ['副处长'], sections: ['基建科科长', '膳食科科长'], staff: 22, highRisk: true },
  { code: 'bwc', name: '保卫处', kind: 'admin', chief: '处长', deputies: ['副处长'], staff: 12 },
  { code: 'fgc', name: '发展规划处', kind: 'admin', chief: '处长', deputies: [], staff: 4 },
  { code: 'sjc', name: '审计处', kind: 'admin', chief: '处长', deputies: [], staff: 4, keyPost: true },
];
const academic = (names: string[], staffEach: number[]): DeptTemplate[] =>
  names.map((n, i) => ({
    code: `ac${i + 1}`,
    name: n,
    kind: 'academic' as const,
    chief: '院长',
    deputies: ['党总支书记', '副院长（教学）', '副院长（科研）', '党总支副书记'].slice(0, 2 + (i % 3)),
    sections: ['办公室主任'],
    staff: staffEach[i % staffEach.length],
  }));
const support: DeptTemplate[] = [
  { code: 'tsg', name: '图书馆', kind: 'support', chief: '馆长', deputies: ['副馆长'], staff: 16 },
  { code: 'xxzx', name: '信息与教育技术中心', kind: 'support', chief: '主任', deputies: ['副主任'], staff: 14 },
  { code: 'sxzx', name: '实训中心', kind: 'support', chief: '主任', deputies: ['副主任'], staff: 18 },
  { code: 'gjs', name: '高等职业教育研究所', kind: 'support', chief: '所长', deputies: [], staff: 5 },
];
const enterprise: DeptTemplate[] = [{ code: 'zcgs', name: '资产经营有限公司', kind: 'enterprise', chief: '总经理', deputies: ['副总经理'], staff: 9, keyPost: true, highRisk: true }];

export const COLLEGES: CollegeTemplate[] = [
  {
    code: 'shuchuan', name: '蜀川信息职业技术学院', shortName: '蜀川信息', packId: 'scitc-2025', region: '510', accountPrefix: '', staffScale: 1.4,
    departments: [
      ...party, ...admin,
      ...academic(
        ['电子工程学院', '计算机与软件学院', '通信工程学院', '智能制造学院', '经济管理学院', '艺术设计学院', '人工智能学院', '汽车工程学院', '马克思主义学院', '基础教学部', '继续教育学院', '国际教育学院'],
        [150, 170, 120, 130, 110, 90, 100, 95, 45, 80, 25, 30],
      ),
      ...support, ...enterprise,
    ],
  },
  {
    code: 'pengcheng', name: '彭城工业职业技术学院', shortName: '彭城工院', packId: 'xzcit-2018', region: '320', accountPrefix: 'pc.', staffScale: 0.3,
    departments: [...party.slice(0, 5), ...admin.slice(0, 7), ...academic(['机械工程学院', '材料工程学院', '信息工程学院', '化工学院', '管理学院', '马克思主义学院'], [140, 110, 130, 100, 90, 40]), support[0], support[1]],
  },
  {
    code: 'fanjing', name: '梵净学院', shortName: '梵净学院', packId: 'tongren-2016', region: '520', accountPrefix: 'fj.', staffScale: 0.35,
    departments: [...party.slice(0, 6), ...admin.slice(0, 8), ...academic(['文学院', '数学与信息科学学院', '经济管理学院', '农林工程学院', '教育学院', '马克思主义学院'], [120, 110, 100, 90, 120, 40]), support[0]],
  },
  {
    code: 'wanjiang', name: '皖江中澳科技职业学院', shortName: '皖江中澳', packId: 'ahzaxy-2020', region: '340', accountPrefix: 'wj.', staffScale: 0.3,
    departments: [...party.slice(0, 5), ...admin.slice(0, 6), ...academic(['经济贸易系', '信息工程系', '艺术设计系', '建筑工程系', '基础部'], [110, 130, 90, 100, 60]), support[0], support[1]],
  },
];
