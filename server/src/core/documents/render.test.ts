import { describe, expect, it } from 'vitest';
import { renderDocx } from './word';
import { renderPdf } from './pdf';
import { pair, wide, type DocSpec } from './spec';
import { docxText, pdfPages } from '../../../test/support/documents';

const spec: DocSpec = {
  college: '安徽中澳科技职业学院',
  title: '容错认定结论',
  number: '编号：RC-2026-001',
  blocks: [
    { form: { widths: [18, 32, 18, 32], rows: [pair('申请人', '张明远', '所在单位', '资产管理处'), wide('认定结论', '予以容错。\n依据第十条')] } },
    { heading: '一、基本情况' },
    { text: '经调查核实，申请人在推进改革中出现失误，符合容错情形。', indent: true },
    { list: { widths: [10, 90], rows: [['序号', '事项'], ...Array.from({ length: 60 }, (_, i) => [String(i + 1), `第${i + 1}项整改措施的落实情况`])] } },
  ],
  signatures: ['经办人', '负责人'],
  seal: { issuer: '中共安徽中澳科技职业学院纪律检查委员会', date: '2026-11-30' },
};

describe('document layer: one declaration, Word and PDF alike', () => {
  it('PDF: Chinese text is extractable with the embedded font (no system font needed), pages are numbered, the seal block is dated', async () => {
    const pages = await pdfPages(await renderPdf(spec));
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join('\n').replace(/\s+/g, '');
    for (const t of ['安徽中澳科技职业学院', '容错认定结论', '编号：RC-2026-001', '张明远', '资产管理处', '一、基本情况', '第60项整改措施的落实情况', '经办人（签字）', '纪律检查委员会（盖章）', '2026年11月30日'])
      expect(all).toContain(t);
    expect(pages[0].replace(/\s+/g, '')).toContain(`第1页共${pages.length}页`);
    expect(pages.at(-1)!.replace(/\s+/g, '')).toContain(`第${pages.length}页共${pages.length}页`);
  });

  it('Word: the same content, with a page-number footer', async () => {
    const text = await docxText(await renderDocx(spec));
    for (const t of ['安徽中澳科技职业学院', '容错认定结论', '张明远', '予以容错。', '依据第十条', '第60项整改措施的落实情况', '负责人（签字）', '（盖章）', '2026年11月30日']) expect(text).toContain(t);
    expect(text).toMatch(/第 \[PAGE\] 页　共 \[NUMPAGES\] 页/);
  });

  it('a record signed by hand leaves the date blank', async () => {
    const text = await docxText(await renderDocx({ title: '谈心谈话记录表', blocks: [], signatures: ['谈话人'], seal: { date: null } }));
    expect(text).toContain('年　　月　　日');
    expect(text).not.toContain('盖章');
  });
});
