import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import type { Database } from '../src/core/db/connection';
import { parseLrmx, buildLrmx } from '../src/areas/people/rules/lrmx';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { docxText, pdfPages } from './support/documents';

describe.each(ENGINES)('干部任免审批表 (LRMX) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let target: { id: number; name: string; idNumber: string };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    org = await signIn(app, 'wj.org');
    const someone = (await org.get('/api/persons?rank=middle_chief&pageSize=1')).json().items[0];
    target = { ...(await org.get(`/api/persons/${someone.id}`)).json(), idNumber: (await org.post(`/api/persons/${someone.id}/personal-field`, { field: 'idNumber' })).json().value };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const importFile = (fileName: string, bytes: Buffer, extra: object = {}) => org.post('/api/lrmx/import', { fileName, contentBase64: bytes.toString('base64'), ...extra });
  const exported = async () => {
    const res = await org.get(`/api/persons/${target.id}/dossier.lrmx`);
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };

  it('round trip: a person\'s exported .lrmx reads back with no differences', async () => {
    const file = await exported();
    const p = parseLrmx(file);
    expect(p).toMatchObject({ name: target.name, idNumber: target.idNumber });
    expect(p.fields.XianRenZhiWu).toBeTruthy();
    const res = (await importFile(`${target.name}.lrmx`, file)).json();
    expect(res.files).toEqual([expect.objectContaining({ status: 'matched', personId: target.id, differences: [], message: '与系统中的信息一致' })]);
  });

  it('a zip with GBK names: differences previewed, nothing written; merged on confirmation; the form then carries them', async () => {
    const mine = parseLrmx(await exported());
    const edited = buildLrmx({
      ...mine, fields: { ...mine.fields, MinZu: '回族', JiGuan: '安徽芜湖', JianLi: '1998.09--2002.07  安徽师范大学数学系学习\n2002.07--　　　　安徽中澳科技职业学院工作', RenMianLiYou: '工作需要' },
      family: [{ relation: '妻子', name: '许静怡', birth: '1982.05', political: '中共党员', workplace: '芜湖市第十二中学教师' }],
      photo: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex'),
    });
    const stranger = buildLrmx({ ...mine, name: '查无此人', idNumber: '110101199001011237' });
    const zip = new JSZip();
    zip.file(`干部任免审批表/${target.name}.lrmx`, edited);
    zip.file('干部任免审批表/查无此人.lrmx', stranger);
    zip.file('干部任免审批表/损坏.lrmx', '<Person><XingMing>坏</XingMing>');
    zip.file('说明.txt', '不是任免表');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', encodeFileName: ((n: string) => iconv.encode(n, 'gbk')) as never });

    const dossiers = await rowCount(database, 'person_dossier');
    const preview = (await importFile('组织部任免表.zip', bytes)).json();
    const byName = (n: string) => preview.files.find((f: { fileName: string }) => f.fileName.endsWith(n));
    expect(byName(`${target.name}.lrmx`)).toMatchObject({ status: 'matched' });
    expect(byName(`${target.name}.lrmx`).differences.map((d: { label: string }) => d.label)).toEqual(expect.arrayContaining(['民族', '籍贯', '简历', '任免理由', '家庭主要成员及重要社会关系', '照片']));
    expect(byName('查无此人.lrmx')).toMatchObject({ status: 'unmatched', message: expect.stringContaining('请先在花名册中登记') });
    expect(byName('损坏.lrmx')).toMatchObject({ status: 'error', message: expect.stringContaining('不是有效的 XML') });
    expect(preview.files).toHaveLength(3);
    expect(await rowCount(database, 'person_dossier')).toBe(dossiers);

    const merged = (await importFile('组织部任免表.zip', bytes, { commit: true })).json();
    expect(merged).toMatchObject({ committed: true, merged: 1 });
    const dossier = (await org.get(`/api/persons/${target.id}/dossier`)).json();
    expect(dossier.fields).toEqual(expect.arrayContaining([{ key: 'MinZu', label: '民族', value: '回族' }]));
    expect(dossier).toMatchObject({ hasPhoto: true, family: [expect.objectContaining({ name: '许静怡' })] });
    expect((await org.get(`/api/persons/${target.id}/dossier/photo`)).headers['content-type']).toBe('image/png');

    const again = (await importFile('again.lrmx', await exported())).json();
    expect(again.files[0].differences).toEqual([]);

    const word = await docxText((await org.get(`/api/persons/${target.id}/appointment-form.docx`)).rawPayload);
    for (const t of ['干部任免审批表', target.name, '回族', '安徽师范大学数学系学习', '许静怡', '芜湖市第十二中学教师', '工作需要', '家庭主要成员及重要社会关系', '审批机关意见']) expect(word).toContain(t);
    const pdf = (await pdfPages((await org.get(`/api/persons/${target.id}/appointment-form.pdf`)).rawPayload)).join('').replace(/\s+/g, '');
    expect(pdf).toContain('干部任免审批表');
    expect(pdf).toContain('许静怡');
  });

  it('a department\'s forms go out as one zip and come back in with no differences', async () => {
    const dept = (await org.get(`/api/persons/${target.id}`)).json().currentPosts[0].departmentId;
    const zip = await org.get(`/api/lrmx/export.zip?departmentId=${dept}`);
    expect(zip.statusCode).toBe(200);
    const names = Object.keys((await JSZip.loadAsync(zip.rawPayload)).files);
    expect(names.some((n) => n.startsWith(target.name))).toBe(true);
    const back = (await importFile('部门任免表.zip', zip.rawPayload)).json();
    expect(back.files).toHaveLength(names.length);
    expect(back.files.every((f: { status: string; differences: unknown[] }) => f.status === 'matched' && f.differences.length === 0)).toBe(true);
  });

  it('unsafe or wrong uploads are refused whole, naming the file: a `../` entry, a PDF, a malformed .lrmx alone; staff may not import', async () => {
    const zip = new JSZip();
    zip.file(`${target.name}.lrmx`, await exported());
    zip.file('../../escape.lrmx', 'x');
    const traversal = await importFile('危险.zip', await zip.generateAsync({ type: 'nodebuffer' }), { commit: true });
    expect(traversal.statusCode).toBe(400);
    expect(traversal.json().error).toMatchObject({ code: 'ZIP.UNSAFE_NAME', message: expect.stringContaining('危险.zip') });
    const pdf = await importFile('任免表.lrmx', Buffer.from('%PDF-1.7\n%fake'));
    expect(pdf.json().error).toMatchObject({ code: 'LRMX.TYPE', message: expect.stringContaining('任免表.lrmx') });
    const bad = (await importFile('坏.lrmx', Buffer.from('<Person><XingMing>张三</XingMing></Person>'))).json();
    expect(bad.files[0]).toMatchObject({ status: 'error', message: expect.stringContaining('身份证号') });
    const staff = await signIn(app, 'wj.staff');
    expect((await staff.get(`/api/persons/${target.id}/dossier.lrmx`)).statusCode).toBe(403);
  });
});
