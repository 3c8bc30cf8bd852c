import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { newUscc } from './support/area-factories';
import { newAccount, newCollege, newDepartmentWithHead, newLeadership, signInAs, useFactoryApp, userWith } from './support/factories';

/**
 * Issue 25, item 5 — a decision on one page: the dossier of a part-time post's application (the application, its
 * attachments shown inline, today's checks with their articles, its history, the caller's own step) and the inline
 * serving of its attachments (scitc-2025 附件2 第十三条).
 */
const TODAY = '2026-06-15';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** An old Word (.doc) file: the compound-file signature the upload check reads. */
const DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016)]).toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation'];
const A2 = (article: string) => `scitc-2025 附件2 ${article}`;
const PREVIEW_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

describe.each(ENGINES)('一页审批 of a part-time post\'s application, on %s', (engine) => {
  const ctx = useFactoryApp(engine, { today: TODAY });

  /**
   * A college of the test's own: a 副院长 overseeing an academic department whose head (中层正职) applies for a post
   * in a related association — a PDF, an image and a Word file among its attachments — and submits it. Signed in: the
   * head, the 副院长, the organization department, and the head of another department.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 0, overseenBy: lead.leaders[0].personId });
    const other = await newDepartmentWithHead(c, { staff: 0, overseenBy: lead.leaders[0].personId });
    const head = await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId, displayName: '申请人甲' }));
    const leader = await signInAs(ctx.app, await newAccount(c, { personId: lead.leaders[0].personId, displayName: '副院长乙' }));
    const org = await signInAs(ctx.app, await newAccount(c, { roles: ['org'], displayName: '组织部丙' }));
    const stranger = await signInAs(ctx.app, await newAccount(c, { personId: other.head.personId }));
    const orgRes = await head.post('/api/outside-orgs', { name: '电子信息行业协会', kind: 'association', uscc: newUscc(), relatedField: true });
    expect(orgRes.statusCode, orgRes.body).toBe(201);
    const created = await head.post('/api/sideline-applications', {
      orgId: orgRes.json().id, postTitle: '常务理事', hasTerms: true, termYears: 5, startDate: '2026-07-01', endDate: '2031-06-30', reason: '对接行业标准和企业资源', commitment: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const files: Record<string, number> = {};
    for (const kind of KINDS) files[kind] = (await head.post(`/api/sideline-applications/${id}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: PDF })).json().id;
    files.commitment = (await head.post(`/api/sideline-applications/${id}/files`, { kind: 'commitment', fileName: '承诺书.png', contentBase64: PNG })).json().id;
    files.doc = (await head.post(`/api/sideline-applications/${id}/files`, { kind: 'charter', fileName: '章程.doc', contentBase64: DOC })).json().id;
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    return { c, id, files, head, leader, org, stranger, headPersonId: dept.head.personId };
  }

  it('serves an attachment inline only when asked, only PDF and images, with a CSP that lets nothing in it run; 404 for who may not see it', async () => {
    const { id, files, leader, stranger } = await scene();
    const url = (f: number, q = '') => `/api/sideline-applications/${id}/files/${f}${q}`;

    const pdf = await leader.get(url(files.leaders_list, '?inline=1'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="leaders_list.pdf"; filename*=UTF-8''leaders_list.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': PREVIEW_CSP,
      'x-frame-options': 'SAMEORIGIN',
    });

    const png = await leader.get(url(files.commitment, '?inline=1'));
    expect(png.headers).toMatchObject({ 'content-type': 'image/png', 'content-disposition': `inline; filename="___.png"; filename*=UTF-8''${encodeURIComponent('承诺书.png')}`, 'x-content-type-options': 'nosniff', 'content-security-policy': `${PREVIEW_CSP}; sandbox` });

    // A Word file is never shown inline; without ?inline every file is a download, as before.
    const doc = await leader.get(url(files.doc, '?inline=1'));
    expect(doc.headers).toMatchObject({ 'content-type': 'application/msword', 'content-disposition': `attachment; filename="__.doc"; filename*=UTF-8''${encodeURIComponent('章程.doc')}`, 'x-content-type-options': 'nosniff' });
    expect(doc.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const download = await leader.get(url(files.leaders_list));
    expect(download.headers['content-disposition']).toBe(`attachment; filename="leaders_list.pdf"; filename*=UTF-8''leaders_list.pdf`);
    expect(download.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    // The head of another department sees neither the application nor its files: the 404 of an unknown id.
    for (const q of ['', '?inline=1']) {
      const hidden = await stranger.get(url(files.leaders_list, q));
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().error.code).toBe('SIDELINE.NOT_FOUND');
    }
    expect((await stranger.get(`/api/sideline-applications/${id}/dossier`)).statusCode).toBe(404);
    const bad = await leader.get(url(files.leaders_list, '?inline=yes'));
    expect(bad.statusCode).toBe(400);
  });

  it('gives the overseeing leader the whole file and their step; after one decision with a comment, the next step and an emptier inbox', async () => {
    const { id, head, leader, org } = await scene();
    const inboxKeys = async (who: typeof leader) => ((await who.get('/api/inbox')).json().items as { key: string }[]).map((i) => i.key);
    expect(await inboxKeys(leader)).toEqual([`sideline_review:${id}:0`]);

    const res = await leader.get(`/api/sideline-applications/${id}/dossier`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.application).toMatchObject({ id, postTitle: '常务理事', status: 'in_review', mayDecide: true, currentStepLabel: '分管（联系）院领导同意' });
    expect(d.application.files.map((f: { fileName: string; mimeType: string }) => [f.fileName, f.mimeType])).toEqual([
      ['leaders_list.pdf', 'application/pdf'], ['legal_person_certificate.pdf', 'application/pdf'], ['charter.pdf', 'application/pdf'], ['invitation.pdf', 'application/pdf'],
      ['承诺书.png', 'image/png'], ['章程.doc', 'application/msword'],
    ]);
    expect(d.checks).toEqual({
      asOf: TODAY,
      findings: [],
      items: [
        { topic: 'scope', verdict: 'ok', article: A2('第二条'), findings: [] },
        { topic: 'background', verdict: 'ok', article: A2('第十条'), findings: [] },
        { topic: 'field', verdict: 'ok', article: A2('第七条'), findings: [] },
        { topic: 'posts', verdict: 'ok', article: A2('第七条第三款'), findings: [] },
        { topic: 'foreign', verdict: 'ok', article: A2('第九条'), findings: [] },
        { topic: 'pay', verdict: 'ok', article: A2('第十一条'), findings: [] },
        { topic: 'terms', verdict: 'ok', article: A2('第十四条'), findings: [] },
      ],
    });
    expect(d.history).toEqual([{ stepKind: 'applicant', stepLabel: '申请人', decision: 'submit', actorName: '申请人甲', reason: null, reference: null, meetingDate: null, decidedAt: expect.any(String) }]);
    expect(d.current).toEqual({ index: 0, kind: 'overseeing_leader', label: '分管（联系）院领导同意', actorLabel: expect.any(String), outside: false });
    expect(d.myStep).toEqual({ index: 0, kind: 'overseeing_leader', label: '分管（联系）院领导同意', outside: false, decisions: ['approve', 'refuse', 'return'], meetingDate: 'none', reference: 'none', referenceKind: null, reasonRequiredFor: ['refuse', 'return'] });

    // The applicant and the organization department read the same file, without a step of their own.
    expect((await head.get(`/api/sideline-applications/${id}/dossier`)).json()).toMatchObject({ myStep: null, current: { kind: 'overseeing_leader' } });
    expect((await org.get(`/api/sideline-applications/${id}/dossier`)).json()).toMatchObject({ myStep: null, current: { kind: 'overseeing_leader' } });

    // One action with a comment.
    const decided = await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reason: '同意，注意处理好本职工作与兼职的关系' });
    expect(decided.json()).toEqual({ id, status: 'in_review', sidelineId: null });
    const after = (await leader.get(`/api/sideline-applications/${id}/dossier`)).json();
    expect(after.myStep).toBeNull();
    expect(after.current).toEqual({ index: 1, kind: 'party_committee', label: '学院党委审批', actorLabel: '党委组织部', outside: false });
    expect(after.history.map((h: { stepLabel: string; decision: string; actorName: string; reason: string | null }) => [h.stepLabel, h.decision, h.actorName, h.reason])).toEqual([
      ['申请人', 'submit', '申请人甲', null],
      ['分管（联系）院领导同意', 'approve', '副院长乙', '同意，注意处理好本职工作与兼职的关系'],
    ]);
    expect(await inboxKeys(leader)).toEqual([]);
    expect((await leader.get('/api/inbox/count')).json()).toEqual({ total: 0, overdue: 0 });

    // The committee's step is the organization department's, with the meeting's date and minutes to record.
    expect((await org.get(`/api/sideline-applications/${id}/dossier`)).json().myStep).toEqual({
      index: 1, kind: 'party_committee', label: '学院党委审批', outside: false, decisions: ['approve', 'refuse', 'return'], meetingDate: 'required', reference: 'required', referenceKind: 'minutes', reasonRequiredFor: ['refuse', 'return'],
    });
  });

  it('回避: an applicant who holds the organization department\'s role reads their own file but is offered no step of it', async () => {
    const { c, id, leader, headPersonId } = await scene();
    const headAsOrg = await userWith(ctx.app, c, ['org'], headPersonId);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' })).statusCode).toBe(200);
    const d = (await headAsOrg.get(`/api/sideline-applications/${id}/dossier`)).json();
    expect(d).toMatchObject({ current: { kind: 'party_committee' }, myStep: null, application: { mayDecide: false } });
  });
});
