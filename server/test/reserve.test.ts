import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { addDays, todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('后备干部 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let head: Client;
  const count = (table: string) => rowCount(database, table);
  const REASONS = '牵头完成实训基地建设，急难险重任务中冲得上去，群众公认度高';

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, head] = await Promise.all(['wj.org', 'wj.depthead'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('第4条: the demo pool, with each nominee\'s excellent grades of recent years (第6条); department heads cannot open it', async () => {
    const pool = (await org.get('/api/reserve')).json() as { status: string; excellent: number }[];
    expect(pool.filter((n) => n.status === 'approved').length).toBeGreaterThan(0);
    expect(pool.some((n) => n.excellent > 0)).toBe(true);
    expect((await head.get('/api/reserve')).statusCode).toBe(403);
  });

  it('第5条: an integrity finding blocks the nomination with its reason and article; nothing is written', async () => {
    const p = ((await org.get('/api/persons?rank=section&pageSize=50')).json().items as { id: number }[]).at(-1)!;
    expect((await org.post('/api/reserve/findings', { personId: p.id, kind: 'rumour', on: todayIso(), detail: '有人反映其工作作风问题' })).json().error).toMatchObject({ code: 'RESERVE.FINDING_KIND', article: 'ahzaxy-2020 第5条' });
    expect((await org.post('/api/reserve/findings', { personId: p.id, kind: 'integrity_zero_tolerance', on: todayIso(), detail: '违规收受服务对象礼金，受到党内警告处分' })).statusCode).toBe(201);
    const before = await count('reserve_nomination');
    const blocked = await org.post('/api/reserve/nominations', { personId: p.id, targetRank: 'middle_deputy', reasons: REASONS });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'RESERVE.INTEGRITY_ZERO_TOLERANCE', article: 'ahzaxy-2020 第5条' });
    expect(blocked.json().error.message).toContain('廉洁上有问题“零容忍”');
    expect(await count('reserve_nomination')).toBe(before);
  });

  it('第12条: an exempted cadre may be nominated; a nomination is reviewed into the pool and can leave it', async () => {
    const cases = (await org.get('/api/accountability-cases')).json() as { outcome: string | null; subjectPersonId: number | null }[];
    const exempt = cases.find((c) => c.outcome === 'exempt' && c.subjectPersonId)!;
    expect((await org.get(`/api/reserve/check?personId=${exempt.subjectPersonId}`)).json().blockers).toEqual([]);
    const existing = (await org.get(`/api/persons/${exempt.subjectPersonId}/reserve`)).json() as { status: string }[];
    if (!existing.some((n) => ['nominated', 'approved'].includes(n.status))) {
      const n = await org.post('/api/reserve/nominations', { personId: exempt.subjectPersonId, targetRank: 'middle_chief', reasons: REASONS });
      expect(n.statusCode, n.body).toBe(201);
      expect((await org.post('/api/reserve/nominations', { personId: exempt.subjectPersonId, targetRank: 'middle_chief', reasons: REASONS })).json().error.code).toBe('RESERVE.DUPLICATE');
      const approved = (await org.post(`/api/reserve/nominations/${n.json().id}/actions`, { action: 'approve', note: '经党委会研究同意' })).json();
      expect(approved.status).toBe('approved');
      const removed = (await org.post(`/api/reserve/nominations/${n.json().id}/actions`, { action: 'remove', reason: '已提拔任用，退出后备干部库' })).json();
      expect(removed).toMatchObject({ status: 'removed', statusLabel: '已退出' });
    }
    expect((await org.post('/api/reserve/nominations', { personId: exempt.subjectPersonId, targetRank: 'principal', reasons: REASONS })).json().error).toMatchObject({ code: 'RESERVE.TARGET_RANK', article: 'ahzaxy-2020 第4条' });
  });

  it('第12条: a mitigation\'s running impact period blocks; it is shown before nominating', async () => {
    // A mitigation decided today with an impact period into next year, through the tolerance procedure's record.
    const cases = (await org.get('/api/accountability-cases')).json() as { id: number; outcome: string | null; subjectPersonId: number | null; reviewId: number | null }[];
    const mitigated = cases.find((c) => c.outcome === 'mitigate' && c.subjectPersonId && c.reviewId)!;
    await database.db.execute(sql`UPDATE tolerance_review SET impact_until = ${addDays(todayIso(), 200)} WHERE id = ${mitigated.reviewId}`);
    const check = (await org.get(`/api/reserve/check?personId=${mitigated.subjectPersonId}`)).json();
    expect(check.blockers).toContainEqual(expect.objectContaining({ code: 'RESERVE.IMPACT_PERIOD', article: 'ahzaxy-2020 第12条' }));
    const refused = await org.post('/api/reserve/nominations', { personId: mitigated.subjectPersonId, targetRank: 'middle_chief', reasons: REASONS });
    // The refusal names its article (the reserve rule's, 第12条), though a mitigation carries no protections of its own.
    expect(refused.json().error).toMatchObject({ code: 'RESERVE.IMPACT_PERIOD', article: 'ahzaxy-2020 第12条' });
  });

  it('第15条: a 担当作为好干部 round is decided collectively within its places and published; awards count in the reserve view (第6条)', async () => {
    const rounds = (await org.get('/api/commendation-rounds')).json() as { id: number; status: string; quota: number; nominations: { personId: number }[] }[];
    const open = rounds.find((r) => r.status === 'nominating')!;
    const [a, b] = open.nominations;
    expect((await org.post(`/api/commendation-rounds/${open.id}/actions`, { action: 'decide', on: todayIso(), meetingRef: '纪要', awardedPersonIds: [a.personId] })).json().error.code).toBe('ROUND.STEP_ORDER');
    expect((await org.post(`/api/commendation-rounds/${open.id}/actions`, { action: 'close' })).json().status).toBe('reviewing');
    const noMeeting = await org.post(`/api/commendation-rounds/${open.id}/actions`, { action: 'decide', on: todayIso(), meetingRef: null, awardedPersonIds: [a.personId] });
    expect(noMeeting.json().error).toMatchObject({ code: 'ROUND.COLLECTIVE', article: 'ahzaxy-2020 第15条' });
    expect((await org.post(`/api/commendation-rounds/${open.id}/actions`, { action: 'decide', on: todayIso(), meetingRef: '党委会纪要〔2026〕45号', awardedPersonIds: [a.personId, b.personId] })).json().status).toBe('decided');
    const before = (await org.get(`/api/reserve/check?personId=${a.personId}`)).json().commendations as number;
    const published = (await org.post(`/api/commendation-rounds/${open.id}/actions`, { action: 'publish', on: todayIso() })).json();
    expect(published.status).toBe('published');
    expect((await org.get(`/api/reserve/check?personId=${a.personId}`)).json().commendations).toBe(before + 1);
    const profile = (await org.get(`/api/persons/${a.personId}/profile`)).json() as { events: { area: string; title: string }[] };
    expect(profile.events.some((e) => e.area === '表彰奖励' && e.title.includes('担当作为好干部'))).toBe(true);
  });
});
