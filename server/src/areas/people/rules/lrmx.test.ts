import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { buildLrmx, LrmxError, lrmxDifferences, parseLrmx, type LrmxPerson } from './lrmx';

const sample: LrmxPerson = {
  name: '周建国', gender: '男', birthYm: '197901', idNumber: '34010219790101111X', politicalStatus: '中共党员',
  fields: { MinZu: '汉族', JiGuan: '安徽合肥', RuDangShiJian: '2001.06', JianLi: '1997.09--2001.07  安徽大学计算机系学习\n2001.07--2026.11  安徽中澳科技职业学院工作', XianRenZhiWu: '资产管理处处长', JiangChengQingKuang: '2023年获学院优秀共产党员' },
  family: [{ relation: '妻子', name: '林晓燕', birth: '1981.03', political: '群众', workplace: '合肥市第一中学教师' }, { relation: '儿子', name: '周子墨', birth: '2008.10', political: '共青团员', workplace: '合肥一中学生' }],
  photo: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
};
const fail = (bytes: Buffer) => {
  try {
    parseLrmx(bytes);
  } catch (e) {
    return e as LrmxError;
  }
  throw new Error('expected a refusal');
};

describe('干部任免审批表 (LRMX)', () => {
  it('round trip: what is written reads back the same, with no differences', () => {
    const back = parseLrmx(buildLrmx(sample));
    expect(back).toEqual(sample);
    expect(lrmxDifferences(sample, back)).toEqual([]);
  });

  it('reads the GB2312 files older editors write, a BOM, and a single family member', () => {
    const xml = '<?xml version="1.0" encoding="GB2312"?><Person><XingMing>李思源</XingMing><XingBie>女</XingBie><ChuShengNianYue>1985.03</ChuShengNianYue><ShenFenZheng>340102198503121242</ShenFenZheng><JiaTingChengYuan><Item><ChengWei>父亲</ChengWei><XingMing>李国强</XingMing></Item></JiaTingChengYuan></Person>';
    const p = parseLrmx(iconv.encode(xml, 'gb2312'));
    expect(p).toMatchObject({ name: '李思源', birthYm: '198503', family: [{ relation: '父亲', name: '李国强' }] });
    expect(parseLrmx(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml.replace('GB2312', 'UTF-8'))])).name).toBe('李思源');
  });

  it.each<[string, string, string | null, RegExp]>([
    ['not XML', '这不是 XML', null, /不是有效的 XML/],
    ['another root', '<Root><XingMing>张</XingMing></Root>', 'Person', /根元素应为 Person/],
    ['no name', '<Person><ShenFenZheng>1</ShenFenZheng></Person>', 'XingMing', /缺少姓名/],
    ['no ID number', '<Person><XingMing>张三</XingMing></Person>', 'ShenFenZheng', /缺少身份证号/],
    ['a bad birth month', '<Person><XingMing>张三</XingMing><ShenFenZheng>1</ShenFenZheng><ChuShengNianYue>一九八〇</ChuShengNianYue></Person>', 'ChuShengNianYue', /YYYYMM/],
    ['XXE: an entity declaration', '<?xml version="1.0"?><!DOCTYPE Person [<!ENTITY x SYSTEM "file:///etc/passwd">]><Person><XingMing>&x;</XingMing></Person>', null, /DTD|不是有效的 XML/],
    ['a photo that is not base64', '<Person><XingMing>张三</XingMing><ShenFenZheng>1</ShenFenZheng><ZhaoPian>不是图片</ZhaoPian></Person>', 'ZhaoPian', /base64/],
  ])('malformed: %s', (_n, xml, field, message) => {
    const e = fail(Buffer.from(xml));
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('differences name each box; a file without a photo keeps the one on record', () => {
    const incoming = { ...sample, photo: null, fields: { ...sample.fields, XianRenZhiWu: '资产管理处处长（正处级）' }, family: sample.family.slice(0, 1) };
    expect(lrmxDifferences(sample, incoming).map((d) => d.label)).toEqual(['现任职务', '家庭主要成员及重要社会关系']);
  });
});
