import type { DocSpec, GridRow } from '../../../core/documents/spec';
import type { LrmxPerson } from '../rules/lrmx';

/** Age on a date from a birth month (YYYYMM), as the form prints it beside the birth month. Pure. */
export function ageOn(birthYm: string, on: string): number | null {
  if (!/^\d{6}$/.test(birthYm)) return null;
  const y = Number(on.slice(0, 4)) - Number(birthYm.slice(0, 4));
  return Number(on.slice(5, 7)) < Number(birthYm.slice(4, 6)) ? y - 1 : y;
}
const ym = (s: string) => (/^\d{6}$/.test(s) ? `${s.slice(0, 4)}.${s.slice(4)}` : s);

/**
 * 干部任免审批表 in the usual layout: the personal boxes in a six-column grid, education, posts now, proposed and to be
 * removed, the résumé; then rewards, appraisals, the reason, the family table, and the boxes for the reporting unit
 * and the approving body with their seals. The photo stays with the .lrmx file.
 */
export function appointmentFormSpec(p: LrmxPerson, asOf: string): DocSpec {
  const f = p.fields;
  const v = (k: keyof typeof f) => f[k] ?? '';
  const age = ageOn(p.birthYm, asOf);
  const six = (a: string, b: string, c: string, d: string, e: string, g: string): GridRow => ({ cells: [a, b, c, d, e, g] });
  const wide = (a: string, b: string): GridRow => ({ cells: [a, b], spans: [1, 5] });
  const edu = (label: string, xl: string, xw: string, school: string, degreeSchool: string): GridRow => ({
    cells: [label, [xl, xw].filter(Boolean).join(' '), '毕业院校系及专业', [school, degreeSchool].filter((x, i, a) => x && a.indexOf(x) === i).join('\n')],
    spans: [1, 2, 1, 2],
  });
  return {
    title: '干部任免审批表',
    blocks: [
      {
        form: {
          widths: [14, 20, 14, 18, 16, 18],
          rows: [
            six('姓名', p.name, '性别', p.gender, '出生年月\n（岁）', `${ym(p.birthYm)}${age !== null ? `\n（${age}岁）` : ''}`),
            six('民族', v('MinZu'), '籍贯', v('JiGuan'), '出生地', v('ChuShengDi')),
            six('入党时间', v('RuDangShiJian'), '参加工作时间', v('CanJiaGongZuoShiJian'), '健康状况', v('JianKangZhuangKuang')),
            { cells: ['专业技术职务', v('ZhuanYeJiShuZhiWu'), '熟悉专业\n有何专长', v('ShuXiZhuanYeYouHeZhuanChang')], spans: [1, 2, 1, 2] },
            edu('学历学位\n全日制教育', v('QuanRiZhiJiaoYu_XueLi'), v('QuanRiZhiJiaoYu_XueWei'), v('QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi'), v('QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi')),
            edu('在职教育', v('ZaiZhiJiaoYu_XueLi'), v('ZaiZhiJiaoYu_XueWei'), v('ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi'), v('ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi')),
            wide('现任职务', v('XianRenZhiWu')),
            wide('拟任职务', v('NiRenZhiWu')),
            wide('拟免职务', v('NiMianZhiWu')),
            wide('简\n历', v('JianLi')),
            wide('奖惩情况', v('JiangChengQingKuang')),
            wide('年度考核结果', v('NianDuKaoHeJieGuo')),
            wide('任免理由', v('RenMianLiYou')),
          ],
        },
      },
      { heading: '家庭主要成员及重要社会关系' },
      { list: { widths: [10, 12, 12, 14, 52], rows: [['称谓', '姓名', '出生年月', '政治面貌', '工作单位及职务'], ...(p.family.length ? p.family.map((m) => [m.relation, m.name, m.birth, m.political, m.workplace]) : [['', '', '', '', '']])] } },
      {
        form: {
          widths: [14, 86],
          rows: [
            { cells: ['呈报单位', `${v('ChengBaoDanWei')}\n\n（盖章）　　　年　　月　　日`] },
            { cells: ['审批机关意见', '\n\n（盖章）　　　年　　月　　日'] },
            { cells: ['行政机关任免意见', '\n\n（盖章）　　　年　　月　　日'] },
          ],
        },
      },
      { text: `填表人：${v('TianBiaoRen')}　　填表时间：${v('TianBiaoShiJian')}`, align: 'right' },
    ],
  };
}
