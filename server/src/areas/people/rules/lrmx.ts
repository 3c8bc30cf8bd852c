import iconv from 'iconv-lite';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FamilyMember } from '../db';

/**
 * 干部任免审批表 in the LRMX format every organization department exchanges: XML with root `Person`, one element per
 * box of the form, `JiaTingChengYuan/Item` for the family and `ZhaoPian` for the photo in base64. Pure: bytes in,
 * data out, and back. The XML parser does not resolve entities or DTDs (no XXE).
 */

/** The form's text boxes beyond the roster's own fields, in the form's order, with their labels. */
export const LRMX_FIELDS = [
  ['MinZu', '民族'],
  ['JiGuan', '籍贯'],
  ['ChuShengDi', '出生地'],
  ['RuDangShiJian', '入党时间'],
  ['CanJiaGongZuoShiJian', '参加工作时间'],
  ['JianKangZhuangKuang', '健康状况'],
  ['ZhuanYeJiShuZhiWu', '专业技术职务'],
  ['ShuXiZhuanYeYouHeZhuanChang', '熟悉专业有何专长'],
  ['QuanRiZhiJiaoYu_XueLi', '全日制教育学历'],
  ['QuanRiZhiJiaoYu_XueWei', '全日制教育学位'],
  ['QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi', '全日制教育毕业院校系及专业'],
  ['QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi', '全日制教育学位授予院校'],
  ['ZaiZhiJiaoYu_XueLi', '在职教育学历'],
  ['ZaiZhiJiaoYu_XueWei', '在职教育学位'],
  ['ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi', '在职教育毕业院校系及专业'],
  ['ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi', '在职教育学位授予院校'],
  ['XianRenZhiWu', '现任职务'],
  ['NiRenZhiWu', '拟任职务'],
  ['NiMianZhiWu', '拟免职务'],
  ['JianLi', '简历'],
  ['JiangChengQingKuang', '奖惩情况'],
  ['NianDuKaoHeJieGuo', '年度考核结果'],
  ['RenMianLiYou', '任免理由'],
  ['ChengBaoDanWei', '呈报单位'],
  ['JiSuanNianLingShiJian', '计算年龄时间'],
  ['TianBiaoShiJian', '填表时间'],
  ['TianBiaoRen', '填表人'],
] as const;
export type LrmxField = (typeof LRMX_FIELDS)[number][0];
export const LRMX_LABELS: Record<string, string> = Object.fromEntries(LRMX_FIELDS);

export interface LrmxPerson {
  name: string;
  gender: string;
  /** YYYYMM as the form writes it. */
  birthYm: string;
  idNumber: string;
  politicalStatus: string;
  fields: Partial<Record<LrmxField, string>>;
  family: FamilyMember[];
  photo: Buffer | null;
}

export class LrmxError extends Error {
  constructor(readonly field: string | null, message: string) {
    super(message);
  }
}

/** The text of an .lrmx file: UTF-8 (with or without BOM), or GBK/GB2312/GB18030 when the declaration says so. */
export function decodeLrmx(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf16le');
  const head = bytes.subarray(0, 200).toString('latin1');
  const enc = head.match(/encoding\s*=\s*["']([\w-]+)["']/i)?.[1]?.toLowerCase();
  return enc && /^(gb2312|gbk|gb18030)$/.test(enc) ? iconv.decode(bytes, 'gb18030') : bytes.toString('utf8');
}

const text = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return '#text' in (v as object) ? String((v as { '#text': unknown })['#text']) : '';
  return String(v);
};
/** Line breaks as Windows writes them inside the résumé, made plain. */
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');

/** Parses one .lrmx file; throws LrmxError naming the element that is wrong. */
export function parseLrmx(bytes: Buffer): LrmxPerson {
  const xml = decodeLrmx(bytes);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new LrmxError(null, `不是有效的 XML（第 ${valid.err.line} 行：${valid.err.msg}）`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new LrmxError(null, '含有 DTD 或实体声明，出于安全原因不予读取');
  const doc = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false, isArray: (name) => name === 'Item' }).parse(xml) as Record<string, unknown>;
  const p = doc.Person as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object') throw new LrmxError('Person', '根元素应为 Person（干部任免审批表）');
  const name = clean(text(p.XingMing));
  if (!name) throw new LrmxError('XingMing', '缺少姓名（XingMing）');
  const idNumber = clean(text(p.ShenFenZheng)).toUpperCase();
  if (!idNumber) throw new LrmxError('ShenFenZheng', '缺少身份证号（ShenFenZheng），无法与人员对应');
  const birthYm = clean(text(p.ChuShengNianYue)).replace(/[.\-/年月]/g, '');
  if (birthYm && !/^\d{6}(\d{2})?$/.test(birthYm)) throw new LrmxError('ChuShengNianYue', `出生年月“${text(p.ChuShengNianYue)}”格式不正确，应为 YYYYMM`);
  const fields: Partial<Record<LrmxField, string>> = {};
  for (const [tag] of LRMX_FIELDS) {
    const v = clean(text(p[tag]));
    if (v) fields[tag] = v;
  }
  const items = ((p.JiaTingChengYuan as { Item?: Record<string, unknown>[] } | undefined)?.Item ?? []).filter((i) => i && typeof i === 'object');
  const family = items
    .map((i) => ({ relation: clean(text(i.ChengWei)), name: clean(text(i.XingMing)), birth: clean(text(i.ChuShengRiQi)), political: clean(text(i.ZhengZhiMianMao)), workplace: clean(text(i.GongZuoDanWeiJiZhiWu)) }))
    .filter((m) => m.relation || m.name);
  const photoText = clean(text(p.ZhaoPian)).replace(/\s+/g, '');
  if (photoText && !/^[A-Za-z0-9+/]+={0,2}$/.test(photoText)) throw new LrmxError('ZhaoPian', '照片（ZhaoPian）不是有效的 base64 编码');
  return { name, gender: clean(text(p.XingBie)), birthYm: birthYm.slice(0, 6), idNumber, politicalStatus: clean(text(p.ZhengZhiMianMao)), fields, family, photo: photoText ? Buffer.from(photoText, 'base64') : null };
}

/** Writes an .lrmx file (UTF-8), every element present in the form's order, empty ones as empty elements. */
export function buildLrmx(p: LrmxPerson): Buffer {
  const person: Record<string, unknown> = { XingMing: p.name, XingBie: p.gender, ChuShengNianYue: p.birthYm };
  for (const [tag] of LRMX_FIELDS.slice(0, 3)) person[tag] = p.fields[tag] ?? '';
  person.ZhengZhiMianMao = p.politicalStatus;
  for (const [tag] of LRMX_FIELDS.slice(3)) person[tag] = p.fields[tag] ?? '';
  person.ShenFenZheng = p.idNumber;
  person.ZhaoPian = p.photo ? p.photo.toString('base64') : '';
  person.JiaTingChengYuan = { Item: p.family.map((m) => ({ ChengWei: m.relation, XingMing: m.name, ChuShengRiQi: m.birth, ZhengZhiMianMao: m.political, GongZuoDanWeiJiZhiWu: m.workplace })) };
  const xml = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false }).build({ Person: person }) as string;
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, 'utf8');
}

export interface Difference {
  field: string;
  label: string;
  current: string;
  incoming: string;
}

/** What merging a file would change: the roster's name and political status, each box of the form, the family, the photo. Pure. */
export function lrmxDifferences(current: LrmxPerson, incoming: LrmxPerson): Difference[] {
  const out: Difference[] = [];
  const cmp = (field: string, label: string, a: string, b: string) => a !== b && out.push({ field, label, current: a, incoming: b });
  cmp('XingMing', '姓名', current.name, incoming.name);
  if (incoming.politicalStatus) cmp('ZhengZhiMianMao', '政治面貌', current.politicalStatus, incoming.politicalStatus);
  for (const [tag, label] of LRMX_FIELDS) cmp(tag, label, current.fields[tag] ?? '', incoming.fields[tag] ?? '');
  const fam = (f: FamilyMember[]) => f.map((m) => `${m.relation} ${m.name} ${m.birth} ${m.political} ${m.workplace}`).join('\n');
  cmp('JiaTingChengYuan', '家庭主要成员及重要社会关系', fam(current.family), fam(incoming.family));
  // A file without a photo keeps the one on record; a different photo replaces it.
  if (incoming.photo && !(current.photo && current.photo.equals(incoming.photo)))
    out.push({ field: 'ZhaoPian', label: '照片', current: current.photo ? `照片（${Math.ceil(current.photo.length / 1024)} KB）` : '无照片', incoming: `照片（${Math.ceil(incoming.photo.length / 1024)} KB）` });
  return out;
}
