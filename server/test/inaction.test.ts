import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { addDays, todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('为官不为 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let head: Client;
  const today = todayIso();
  const audits = async (action: string) => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = ${action}`)).rows[0] as { n: number }).n;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, head] = await Promise.all(['wj.org', 'wj.depthead'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('第14条: signal → reminder with a deadline (a duty to check it) → not corrected → adjustment proposed → decided collectively; each step audited', async () => {
    const p = ((await org.get('/api/persons?rank=middle_deputy&pageSize=30')).json().items as { id: number }[]).at(-1)!;
    const c = (await org.post('/api/inaction', { personId: p.id, signal: 'complaint', signalDetail: '多名学生反映其负责的资助审核长期拖延', signaledOn: addDays(today, -40) })).json();
    expect(c.statusLabel).toBe('已发现，待提醒');
    const act = (body: object) => org.post(`/api/inaction/${c.id}/actions`, body);
    const early = await act({ action: 'propose', on: addDays(today, -39), adjustment: 'dismissal', reason: '反映其不作为' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'INACTION.NOT_YET', article: 'ahzaxy-2020 第14条' });
    expect((await act({ action: 'remind', on: addDays(today, -38), requirements: '两周内完成积压资助审核', deadline: addDays(today, -24) })).json().status).toBe('reminded');
    const duty = ((await org.get('/api/duties?kind=inaction_followup&pageSize=200')).json().items as { key: string; status: string }[]).find((d) => d.key === `inaction:${c.id}:reminded`);
    expect(duty?.status).toBe('overdue');
    expect((await act({ action: 'verify', on: addDays(today, -20), corrected: false, note: '仍有三十余件未审核' })).json().status).toBe('uncorrected');
    expect((await act({ action: 'propose', on: addDays(today, -18), adjustment: 'non_leading_post', reason: '经提醒仍未改正' })).json().status).toBe('proposed');
    const noMeeting = await act({ action: 'decide', on: today, meetingRef: null, decision: 'non_leading_post', note: '同意' });
    expect(noMeeting.json().error).toMatchObject({ code: 'INACTION.COLLECTIVE', article: 'ahzaxy-2020 第14条' });
    const decided = (await act({ action: 'decide', on: today, meetingRef: '党委会纪要〔2026〕40号', decision: 'non_leading_post', note: '改任非领导职务' })).json();
    expect(decided).toMatchObject({ status: 'decided', decisionLabel: '改任非领导职务' });
    expect(decided.steps.map((s: { action: string }) => s.action)).toEqual(['发现问题', '提醒并提出整改要求', '核查整改', '提出组织调整建议', '集体研究决定']);
    expect(await audits('inaction.decide')).toBe(1);
    expect((await head.get('/api/inaction')).statusCode).toBe(403);
  });
});
