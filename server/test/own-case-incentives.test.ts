import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { careCase, commendationNomination, inactionCase, inactionStep, reserveNomination } from '../src/core/db/schema';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { newHolder } from './support/people';

const TODAY = '2026-12-20';

/**
 * Issue: regulation fidelity round two, 6 (incentives) — 回避: the organization department's officer who is the subject
 * of an inaction matter, a reserve nomination, an appraisal grade, a commendation or a care case does not handle its
 * steps: PROCEDURE.OWN_CASE, and nothing changes (no row, no successful audit event).
 */
describe.each(ENGINES)('回避 in the incentives area on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let me: { personId: number; institutionId: number; accountId: number };
  const successes = async () => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE outcome = 'success'`)).rows[0] as { n: number }).n;
  /** The request is refused as the officer's own case and changes nothing. */
  const refusedAsOwn = async (send: () => Promise<LightMyRequestResponse>, unchanged: () => Promise<unknown>) => {
    const [audits, before] = [await successes(), await unchanged()];
    const res = await send();
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(res.json().error.message).toContain('应当回避');
    expect(await unchanged()).toEqual(before);
    expect(await successes()).toBe(audits);
  };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database, { clock: fixedClock(TODAY) })).app;
    org = await signIn(app, 'wj.org');
    const auth = (await org.get('/api/auth/me')).json();
    me = { personId: auth.personId, institutionId: auth.institution.id, accountId: auth.accountId };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('第14条 为官不为: the subject neither registers nor reminds, verifies, admonishes, proposes or decides', async () => {
    const rows = () => database.db.select({ status: inactionCase.status }).from(inactionCase).where(eq(inactionCase.personId, me.personId));
    await refusedAsOwn(() => org.post('/api/inaction', { personId: me.personId, signal: 'complaint', signalDetail: '反映其审批事项长期拖延', signaledOn: '2026-12-01' }), rows);
    // A matter about the officer, registered by a colleague (the row as the registration writes it).
    const [c] = await database.db.insert(inactionCase).values({ institutionId: me.institutionId, personId: me.personId, signal: 'complaint', signalDetail: '反映其审批事项长期拖延', signaledOn: '2026-11-01', status: 'reminded', requirements: '两周内办结', deadline: '2026-11-15', createdBy: me.accountId }).returning({ id: inactionCase.id });
    await database.db.insert(inactionStep).values({ institutionId: me.institutionId, caseId: c.id, action: 'signal', on: '2026-11-01', note: '反映其审批事项长期拖延', actorName: '同事' });
    const state = () => database.db.select({ status: inactionCase.status, deadline: inactionCase.deadline }).from(inactionCase).where(eq(inactionCase.id, c.id));
    for (const body of [
      { action: 'verify', on: '2026-11-20', corrected: true, note: '已经全部办结' },
      { action: 'remind', on: '2026-11-20', requirements: '立即办结全部积压事项', deadline: '2026-12-30' },
      { action: 'admonish', on: '2026-11-20', note: '进行诫勉谈话并限期整改', deadline: '2026-12-30' },
      { action: 'propose', on: '2026-11-20', adjustment: 'move_post', reason: '经提醒仍未改正' },
      { action: 'decide', on: '2026-11-20', meetingRef: '党委会纪要〔2026〕50号', decision: 'not_adjusted', note: '经集体研究不作组织调整' },
    ])
      await refusedAsOwn(() => org.post(`/api/inaction/${c.id}/actions`, body), state);
  });

  it('第4条、第5条 后备干部: the subject neither nominates, reviews, removes nor registers a finding about themselves', async () => {
    const rows = () => database.db.select({ id: reserveNomination.id, status: reserveNomination.status }).from(reserveNomination).where(eq(reserveNomination.personId, me.personId));
    await refusedAsOwn(() => org.post('/api/reserve/nominations', { personId: me.personId, targetRank: 'middle_deputy', reasons: '牵头完成干部档案专项审核，工作实绩突出' }), rows);
    await refusedAsOwn(() => org.post('/api/reserve/findings', { personId: me.personId, kind: 'integrity_zero_tolerance', on: '2026-12-01', detail: '违规收受礼金' }), () => database.db.execute(sql`SELECT count(*)::int AS n FROM reserve_finding`).then((r) => r.rows));
    const [n] = await database.db.insert(reserveNomination).values({ institutionId: me.institutionId, personId: me.personId, targetRank: 'middle_deputy', reasons: '牵头完成干部档案专项审核，工作实绩突出', nominatedOn: '2026-12-01', createdBy: me.accountId }).returning({ id: reserveNomination.id });
    await refusedAsOwn(() => org.post(`/api/reserve/nominations/${n.id}/actions`, { action: 'approve', note: '经党委会研究同意' }), rows);
    await refusedAsOwn(() => org.post(`/api/reserve/nominations/${n.id}/actions`, { action: 'reject', note: '暂不符合条件' }), rows);
    await database.db.update(reserveNomination).set({ status: 'approved', reviewedOn: '2026-12-02', reviewNote: '同意' }).where(eq(reserveNomination.id, n.id));
    await refusedAsOwn(() => org.post(`/api/reserve/nominations/${n.id}/actions`, { action: 'remove', reason: '本人申请退出后备干部库' }), rows);
  });

  it('第6条 年度考核: nobody registers their own grade', async () => {
    const cycle = ((await org.get('/api/appraisal-cycles')).json() as { id: number }[])[0];
    const rows = () => database.db.execute(sql`SELECT count(*)::int AS n FROM appraisal WHERE person_id = ${me.personId}`).then((r) => r.rows);
    await refusedAsOwn(() => org.post('/api/appraisals', { cycleId: cycle.id, personId: me.personId, departmentId: 1, grade: 'excellent' }), rows);
  });

  it('第15条 表彰: a nominee neither nominates themselves, decides the awards nor registers an award of their own', async () => {
    const other = await newHolder(org, { n: 811, rank: 'section', title: '科长', since: '2021-03-01' });
    const round = (await org.post('/api/commendation-rounds', { year: 2026, title: '2026年度“担当作为好干部”评选', quota: 2 })).json();
    const noms = () => database.db.select({ personId: commendationNomination.personId, status: commendationNomination.status }).from(commendationNomination).where(eq(commendationNomination.roundId, round.id));
    await refusedAsOwn(() => org.post(`/api/commendation-rounds/${round.id}/nominations`, { personId: me.personId, deeds: '牵头完成干部档案专项审核，连续加班攻坚，成效突出' }), noms);
    expect((await org.post(`/api/commendation-rounds/${round.id}/nominations`, { personId: other.personId, deeds: '牵头完成实训基地建设，急难险重任务中冲得上去' })).statusCode).toBe(201);
    await database.db.insert(commendationNomination).values({ institutionId: me.institutionId, roundId: round.id, personId: me.personId, deeds: '牵头完成干部档案专项审核，连续加班攻坚，成效突出', createdBy: me.accountId });
    expect((await org.post(`/api/commendation-rounds/${round.id}/actions`, { action: 'close' })).json().status).toBe('reviewing');
    const state = async () => [(await org.get('/api/commendation-rounds')).json().find((r: { id: number }) => r.id === round.id).status, await noms()];
    await refusedAsOwn(() => org.post(`/api/commendation-rounds/${round.id}/actions`, { action: 'decide', on: TODAY, meetingRef: '党委会纪要〔2026〕51号', awardedPersonIds: [other.personId] }), state);
    await refusedAsOwn(() => org.post('/api/commendations', { personId: me.personId, title: '省级优秀组工干部', issuer: '省委组织部', awardedOn: '2026-12-01' }), () => database.db.execute(sql`SELECT count(*)::int AS n FROM commendation WHERE person_id = ${me.personId}`).then((r) => r.rows));
  });

  it('第10条 关怀帮扶: the person helped neither registers the visit to them nor closes their own case (registering one\'s own hardship is allowed)', async () => {
    const own = await org.post('/api/care/cases', { personId: me.personId, situation: 'serious_illness', description: '直系亲属患重大疾病住院治疗', registeredOn: '2026-12-10' });
    expect(own.statusCode, own.body).toBe(201);
    const id = own.json().id;
    const state = async () => [await database.db.select({ status: careCase.status }).from(careCase).where(eq(careCase.id, id)), await database.db.execute(sql`SELECT count(*)::int AS n FROM care_visit WHERE case_id = ${id}`).then((r) => r.rows)];
    await refusedAsOwn(() => org.post(`/api/care/cases/${id}/visits`, { on: '2026-12-15', visitors: '党委组织部', help: '看望慰问并送慰问金' }), state);
    await refusedAsOwn(() => org.post(`/api/care/cases/${id}/close`, { on: '2026-12-18' }), state);
  });
});
