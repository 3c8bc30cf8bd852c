import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { addDays } from '../src/core/shared/dates';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { TEST_TODAY, TEST_YEAR, collegeRows, daysAgo, newAccount, newCollege, newDepartmentWithHead, newLeadership, signInAs, useFactoryApp, userWith, type College } from './support/factories';
import { newOutsideOrg, newSideline, newUscc } from './support/area-factories';

/**
 * Issue 21 (sidelines' writes as commands): each command's refusals not covered elsewhere. A refused command answers
 * 4xx with its code and a Chinese message (with the article where a rule forbids it), and writes nothing: no row of the
 * area's tables, no successful audit event, the record as it was.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
const TABLES = ['outside_org', 'sideline_application', 'sideline_decision', 'sideline_file', 'sideline', 'sideline_report', 'sideline_pay'];
const TOMORROW = addDays(TEST_TODAY, 1);

interface Refusal { status: number; code: string; field?: string; article?: string }

describe.each(ENGINES)('兼职 commands refuse and write nothing, on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A department head (a middle cadre, overseen by a leader) and a staff member, with accounts; org and finance accounts. */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 1, overseenBy: lead.leaders[0].personId });
    return {
      c, dept,
      head: await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId })),
      org: await userWith(ctx.app, c, ['org']),
      finance: await userWith(ctx.app, c, ['finance']),
    };
  }

  const written = async (c: College) => Promise.all([...TABLES.map((t) => collegeRows(c, t)), collegeRows(c, 'audit_event', "outcome = 'success'")]);

  /** Sends a request that must be refused as `r`; nothing written, and `state` (what a user would look at) unchanged. */
  async function refuses(c: College, send: () => Promise<LightMyRequestResponse>, r: Refusal, state?: () => Promise<unknown>) {
    const seen = await state?.();
    const rows = await written(c);
    const res = await send();
    expect(res.statusCode, res.body).toBe(r.status);
    const error = res.json().error;
    expect(error).toMatchObject({ code: r.code, ...(r.field ? { field: r.field } : {}), ...(r.article ? { article: r.article } : {}) });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await written(c)).toEqual(rows);
    if (state) expect(await state()).toEqual(seen);
  }

  const fields = (orgId: number, f: object = {}) => ({ orgId, postTitle: '理事', hasTerms: true, termYears: 5, termNumber: 1, startDate: addDays(TEST_TODAY, 30), endDate: addDays(TEST_TODAY, 30 + 5 * 365), reason: '推动专业建设与行业合作', commitment: true, ...f });
  const draft = async (who: Client, orgId: number, f: object = {}) => {
    const res = await who.post('/api/sideline-applications', fields(orgId, f));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    for (const kind of KINDS) expect((await who.post(`/api/sideline-applications/${id}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: PDF })).statusCode).toBe(201);
    return id;
  };

  it('登记兼职单位: a domestic one without its credit code, college investment outside an enterprise, a name already registered', async () => {
    const { c, head } = await scene();
    await newOutsideOrg(c, { name: '四川省职业教育学会' });
    await refuses(c, () => head.post('/api/outside-orgs', { name: '某科技有限公司', kind: 'enterprise', relatedField: true }), { status: 400, code: 'SIDELINE.USCC_REQUIRED', field: 'uscc' });
    await refuses(c, () => head.post('/api/outside-orgs', { name: '某行业协会', kind: 'association', uscc: newUscc(), relatedField: true, collegeInvestment: 'controlling' }), { status: 400, code: 'SIDELINE.INVESTMENT_KIND', field: 'collegeInvestment' });
    await refuses(c, () => head.post('/api/outside-orgs', { name: '四川省职业教育学会', kind: 'association', uscc: newUscc(), relatedField: true }), { status: 409, code: 'SIDELINE.ORG_EXISTS', field: 'name' });
  });

  it('兼职申请草稿: no cadre behind the account, 第十四条 a term without its end, dates out of order, an unknown organization, continuing a post not one\'s own or ended', async () => {
    const { c, dept, head, org } = await scene();
    const orgId = (await newOutsideOrg(c)).id;
    const others = await newSideline(c, { personId: dept.staff[0].personId });
    const ended = await newSideline(c, { personId: dept.head.personId, endedOn: daysAgo(30) });
    const create = (f: object, who = head) => () => who.post('/api/sideline-applications', fields(orgId, f));
    await refuses(c, create({}, org), { status: 403, code: 'SIDELINE.NO_PERSON' });
    await refuses(c, create({ endDate: null }), { status: 400, code: 'SIDELINE.END_REQUIRED', field: 'endDate', article: 'scitc-2025 附件2 第十四条' });
    await refuses(c, create({ firstHeldSince: addDays(TEST_TODAY, 60) }), { status: 400, code: 'SIDELINE.FIRST_HELD', field: 'firstHeldSince' });
    await refuses(c, () => head.post('/api/sideline-applications', fields(999999)), { status: 400, code: 'SIDELINE.UNKNOWN_ORG', field: 'orgId' });
    await refuses(c, create({ continuesSidelineId: others.id }), { status: 400, code: 'SIDELINE.UNKNOWN_SIDELINE', field: 'continuesSidelineId' });
    await refuses(c, create({ continuesSidelineId: ended.id }), { status: 400, code: 'SIDELINE.SIDELINE_ENDED', field: 'continuesSidelineId' });

    // The same checks guard a change of a draft, which stays as it was.
    const id = await draft(head, orgId);
    const view = async () => (await head.get(`/api/sideline-applications/${id}`)).json();
    await refuses(c, () => head.patch(`/api/sideline-applications/${id}`, fields(orgId, { continuesSidelineId: ended.id })), { status: 400, code: 'SIDELINE.SIDELINE_ENDED' }, view);
    await refuses(c, () => head.post(`/api/sideline-applications/${id}/files`, { kind: 'end_statement', fileName: '说明.pdf', contentBase64: PDF }), { status: 400, code: 'FILE.KIND', field: 'kind' }, view);
    await refuses(c, () => head.delete(`/api/sideline-applications/${id}/files/999999`), { status: 404, code: 'FILE.NOT_FOUND' }, view);
  });

  it('提交与撤回: 第十三条 no written commitment, 第十四条 a post already held, changes once submitted, a second withdrawal', async () => {
    const { c, dept, head } = await scene();
    const uncommitted = await draft(head, (await newOutsideOrg(c)).id, { commitment: false });
    const view = (id: number) => async () => (await head.get(`/api/sideline-applications/${id}`)).json();
    await refuses(c, () => head.post(`/api/sideline-applications/${uncommitted}/submit`), { status: 400, code: 'SIDELINE.COMMITMENT', field: 'commitment', article: 'scitc-2025 附件2 第十三条' }, view(uncommitted));

    const heldOrg = (await newOutsideOrg(c)).id;
    await newSideline(c, { personId: dept.head.personId, orgId: heldOrg });
    const again = await draft(head, heldOrg, { postTitle: ' 理　事 ' });
    await refuses(c, () => head.post(`/api/sideline-applications/${again}/submit`), { status: 409, code: 'SIDELINE.ALREADY_HELD', article: 'scitc-2025 附件2 第十四条' }, view(again));

    const submitted = await draft(head, (await newOutsideOrg(c)).id);
    expect((await head.post(`/api/sideline-applications/${submitted}/submit`)).statusCode).toBe(200);
    await refuses(c, () => head.patch(`/api/sideline-applications/${submitted}`, fields(heldOrg, { postTitle: '副理事长' })), { status: 409, code: 'SIDELINE.NOT_EDITABLE' }, view(submitted));
    await refuses(c, () => head.post(`/api/sideline-applications/${submitted}/files`, { kind: 'charter', fileName: '章程.pdf', contentBase64: PDF }), { status: 409, code: 'SIDELINE.NOT_EDITABLE' }, view(submitted));
    await refuses(c, () => head.post(`/api/sideline-applications/${submitted}/submit`), { status: 409, code: 'SIDELINE.NOT_EDITABLE' }, view(submitted));

    expect((await head.post(`/api/sideline-applications/${submitted}/withdraw`)).statusCode).toBe(200);
    await refuses(c, () => head.post(`/api/sideline-applications/${submitted}/withdraw`), { status: 409, code: 'SIDELINE.NOT_WITHDRAWABLE' }, view(submitted));
  });

  it('一项兼职: 第十八条 the report\'s year and pay, 第十一条 pay and its turnover dates, a second turnover or confirmation, files and 第十七条 the resignation out of turn', async () => {
    const { c, dept, head, org, finance } = await scene();
    const post = await newSideline(c, { personId: dept.head.personId });
    const detail = async () => (await head.get(`/api/sidelines/${post.id}`)).json();
    const report = { year: TEST_YEAR, rolePerformed: '参加理事会会议并参与行业标准研讨', payReceived: false, expenses: '无' };
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/reports`, { ...report, year: TEST_YEAR + 1 }), { status: 400, code: 'SIDELINE.REPORT_YEAR', field: 'year' }, detail);
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/reports`, { ...report, payReceived: true }), { status: 400, code: 'SIDELINE.PAY_DETAILS', field: 'pay' }, detail);
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/reports`, { ...report, payReceived: true, pay: { amount: 500, receivedDate: TOMORROW, description: '审稿费' } }), { status: 400, code: 'SIDELINE.PAY_DATE', field: 'pay' }, detail);

    const pay = { amount: 800, receivedDate: daysAgo(10), description: '评审费' };
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/pays`, { ...pay, receivedDate: TOMORROW }), { status: 400, code: 'SIDELINE.PAY_DATE', field: 'receivedDate' }, detail);
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/pays`, { ...pay, turnedOverDate: daysAgo(20), receiptNo: 'CZ1' }), { status: 400, code: 'SIDELINE.TURNOVER_DATE', field: 'turnedOverDate' }, detail);
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/pays`, { ...pay, turnedOverDate: daysAgo(5) }), { status: 400, code: 'SIDELINE.RECEIPT_REQUIRED', field: 'receiptNo' }, detail);

    const open = (await head.post(`/api/sidelines/${post.id}/pays`, pay)).json().id as number;
    const turned = (await head.post(`/api/sidelines/${post.id}/pays`, { ...pay, turnedOverDate: daysAgo(5), receiptNo: 'CZ20260610' })).json().id as number;
    await refuses(c, () => head.post(`/api/sideline-pays/${open}/turnover`, { turnedOverDate: TOMORROW, receiptNo: 'CZ2' }), { status: 400, code: 'SIDELINE.TURNOVER_DATE', field: 'turnedOverDate' }, detail);
    await refuses(c, () => head.post(`/api/sideline-pays/${turned}/turnover`, { turnedOverDate: TEST_TODAY, receiptNo: 'CZ3' }), { status: 409, code: 'SIDELINE.ALREADY_TURNED_OVER' }, detail);
    expect((await finance.post(`/api/sideline-pays/${turned}/confirm`)).statusCode).toBe(200);
    await refuses(c, () => finance.post(`/api/sideline-pays/${turned}/confirm`), { status: 409, code: 'SIDELINE.ALREADY_CONFIRMED' }, detail);

    await refuses(c, () => head.post(`/api/sidelines/${post.id}/files`, { kind: 'charter', fileName: '章程.pdf', contentBase64: PDF }), { status: 400, code: 'FILE.KIND', field: 'kind' }, detail);
    await refuses(c, () => org.post(`/api/sidelines/${post.id}/end-registration`), { status: 409, code: 'SIDELINE.NOT_REPORTED' }, detail);
    const end = { kind: 'resigned', endedOn: daysAgo(400), report: '因工作调整辞去该职务，兼职单位已同意' };
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/end-report`, end), { status: 400, code: 'SIDELINE.END_DATE', field: 'endedOn' }, detail);
    expect((await head.post(`/api/sidelines/${post.id}/files`, { kind: 'end_statement', fileName: '说明.pdf', contentBase64: PDF })).statusCode).toBe(201);
    expect((await head.post(`/api/sidelines/${post.id}/end-report`, { ...end, endedOn: TEST_TODAY })).statusCode).toBe(200);
    await refuses(c, () => head.post(`/api/sidelines/${post.id}/end-report`, { ...end, endedOn: TEST_TODAY }), { status: 409, code: 'SIDELINE.NOT_ACTIVE' }, detail);

    const ended = await newSideline(c, { personId: dept.head.personId, endedOn: daysAgo(30) });
    await refuses(c, () => head.post(`/api/sidelines/${ended.id}/files`, { kind: 'report_evidence', fileName: '证明.pdf', contentBase64: PDF }), { status: 409, code: 'SIDELINE.ENDED' });
  });
});
