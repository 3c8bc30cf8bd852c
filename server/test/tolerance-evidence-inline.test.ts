import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, useProcessClock, type Clock } from '../src/core/shared/clock';
import { ENGINES } from './support/database';
import { newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, signInAs, useFactoryApp, userWith } from './support/factories';

/**
 * Issue 25, item 5 on the tolerance review page: its evidence is read in place — `?inline=1` shows a PDF in the page
 * (with the headers that keep it inert), the default stays a download, and whoever may not see the review gets the
 * 404 of an unknown one.
 */
const TODAY = '2026-12-18';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');

describe.each(ENGINES)('容错认定的证据材料在页面中预览 on %s', (engine) => {
  const ctx = useFactoryApp(engine, { today: TODAY });
  let previous: Clock;
  beforeAll(() => {
    previous = useProcessClock(fixedClock(TODAY));
  });
  afterAll(() => {
    useProcessClock(previous);
  });

  it('shows the written application inline to the applicant and the discipline office, with its type, nosniff and a frame-only CSP; hides it from a colleague', async () => {
    const c = await newCollege(ctx.database.db, { packId: 'xzcit-2018' });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const discipline = await userWith(ctx.app, c, ['discipline'], clerk.personId);
    const head = await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId }));
    const colleague = await signInAs(ctx.app, await newAccount(c, { personId: dept.staff[0].personId }));
    const theCase = await discipline.post('/api/accountability-cases', { subjectKind: 'person', subjectPersonId: dept.head.personId, accountableDepartmentId: jw.id, matter: '实训室安全检查整改不及时，被上级通报', startedOn: '2026-12-10' });
    expect(theCase.statusCode, theCase.body).toBe(201);
    const filed = await discipline.post('/api/tolerance-reviews/paper', { caseId: theCase.json().id, receivedOn: '2026-12-11', grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true, fileName: '容错申请书.pdf', contentBase64: PDF });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as number;

    const review = (await head.get(`/api/tolerance-reviews/${id}`)).json();
    expect(review.files.map((f: { fileName: string; mimeType: string }) => [f.fileName, f.mimeType])).toEqual([['容错申请书.pdf', 'application/pdf']]);
    const url = `/api/tolerance-reviews/${id}/files/${review.files[0].id}`;
    const name = `filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('容错申请书.pdf')}`;
    for (const who of [head, discipline]) {
      const inline = await who.get(`${url}?inline=1`);
      expect(inline.statusCode).toBe(200);
      expect(inline.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-disposition': `inline; ${name}`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      });
      expect((await who.get(url)).headers['content-disposition']).toBe(`attachment; ${name}`);
    }
    for (const q of ['', '?inline=1']) {
      const hidden = await colleague.get(`${url}${q}`);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().error.code).toBe('TOLERANCE.NOT_FOUND');
    }
  });
});
