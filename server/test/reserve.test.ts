import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, daysAgo, newAccount, newCollege, newDepartment, newDepartmentWithHead, signInAs, useFactoryApp, userWith } from './support/factories';
import { newAccountabilityCase, newAppraisal, newAppraisalCycle, newToleranceDecision } from './support/area-factories';

describe.each(ENGINES)('后备干部 on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const REASONS = '牵头完成实训基地建设，急难险重任务中冲得上去，群众公认度高';

  /**
   * A college of the test's own under ahzaxy-2020: an academic department with its head (middle_chief, 主任) and two
   * staff members, and a 纪委办公室. Signed in: the organization department and the department head.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartmentWithHead(c, { staff: 2 });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    return {
      c, dept, jw,
      org: await userWith(ctx.app, c, ['org']),
      head: await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId })),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;
  const nominate = (s: Scene, personId: number, targetRank = 'middle_chief') => s.org.post('/api/reserve/nominations', { personId, targetRank, reasons: REASONS });
  const act = (s: Scene, id: number, body: object) => s.org.post(`/api/reserve/nominations/${id}/actions`, body);
  const check = async (s: Scene, personId: number) => (await s.org.get(`/api/reserve/check?personId=${personId}`)).json() as { blockers: { code: string; reason: string; article: string | null }[]; excellent: number; commendations: number };

  it('第4条: a nomination is reviewed into the pool, which shows each nominee\'s excellent grades of the last three years (第6条); department heads cannot open it', async () => {
    const s = await scene();
    const { head, staff: [clerk] } = s.dept;
    // Excellent in 2025, 2024 and 2022: the last is older than the three years counted.
    for (const [year, grade] of [[TEST_YEAR - 1, 'excellent'], [TEST_YEAR - 2, 'excellent'], [TEST_YEAR - 4, 'excellent']] as const) {
      const cycle = await newAppraisalCycle(s.c, { year, closed: true });
      await newAppraisal(s.c, { cycle, personId: head.personId, departmentId: s.dept.departmentId, grade });
      await newAppraisal(s.c, { cycle, personId: clerk.personId, departmentId: s.dept.departmentId });
    }

    const a = await nominate(s, head.personId, 'leader');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ personId: head.personId, name: head.name, title: '主任', targetRank: 'leader', reasons: REASONS, nominatedOn: TEST_TODAY, status: 'nominated', statusLabel: '待审核', excellent: 2, commendations: 0, blockers: [] });
    const b = await nominate(s, clerk.personId, 'middle_deputy');
    expect(b.statusCode, b.body).toBe(201);
    const approved = await act(s, a.json().id, { action: 'approve', note: '经党委会研究同意' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', statusLabel: '在库', reviewedOn: TEST_TODAY, reviewNote: '经党委会研究同意' });
    expect(await auditOf(s.c, 'reserve_nomination', a.json().id)).toEqual(['reserve.nominate', 'reserve.approve']);
    expect(await auditOf(s.c, 'reserve_nomination', b.json().id)).toEqual(['reserve.nominate']);

    const pool = (await s.org.get('/api/reserve')).json() as { personId: number; status: string; excellent: number }[];
    expect(pool.map((n) => [n.personId, n.status, n.excellent]).sort()).toEqual([[head.personId, 'approved', 2], [clerk.personId, 'nominated', 0]].sort());
    expect(((await s.org.get('/api/reserve?status=approved')).json() as { personId: number }[]).map((n) => n.personId)).toEqual([head.personId]);
    expect((await s.head.get('/api/reserve')).statusCode).toBe(403);
  });

  it('第5条: only the pack\'s findings are registered; an integrity finding blocks the nomination with its reason and article; nothing is written', async () => {
    const s = await scene();
    const p = s.dept.staff[0];
    const rumour = await s.org.post('/api/reserve/findings', { personId: p.personId, kind: 'rumour', on: TEST_TODAY, detail: '有人反映其工作作风问题' });
    expect(rumour.statusCode).toBe(400);
    expect(rumour.json().error).toMatchObject({ code: 'RESERVE.FINDING_KIND', article: 'ahzaxy-2020 第5条', field: 'kind' });
    const future = await s.org.post('/api/reserve/findings', { personId: p.personId, kind: 'integrity_zero_tolerance', on: daysAgo(-1), detail: '违规收受服务对象礼金，受到党内警告处分' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'RESERVE.FUTURE', field: 'on' });
    expect(await collegeRows(s.c, 'reserve_finding')).toBe(0);

    const on = daysAgo(30);
    const finding = await s.org.post('/api/reserve/findings', { personId: p.personId, kind: 'integrity_zero_tolerance', on, detail: '违规收受服务对象礼金，受到党内警告处分' });
    expect(finding.statusCode, finding.body).toBe(201);
    expect(await auditOf(s.c, 'reserve_finding', finding.json().id)).toEqual(['reserve.finding']);
    expect((await check(s, p.personId)).blockers).toEqual([
      { code: 'RESERVE.INTEGRITY_ZERO_TOLERANCE', reason: expect.stringContaining(`${on} 违规收受服务对象礼金，受到党内警告处分`), article: 'ahzaxy-2020 第5条' },
    ]);

    const blocked = await nominate(s, p.personId, 'middle_deputy');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'RESERVE.INTEGRITY_ZERO_TOLERANCE', article: 'ahzaxy-2020 第5条' });
    expect(blocked.json().error.message).toContain('廉洁上有问题“零容忍”');
    expect(await collegeRows(s.c, 'reserve_nomination')).toBe(0);
    // A colleague without a finding is not blocked.
    expect((await check(s, s.dept.staff[1].personId)).blockers).toEqual([]);
  });

  it('第12条: an exempted cadre may be nominated; a nomination is reviewed into the pool once and can leave it; the target rank is the pack\'s', async () => {
    const s = await scene();
    const cadre = s.dept.head;
    const kase = await newAccountabilityCase(s.c, { subjectPersonId: cadre.personId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id, matter: '应急抢修超出预算，程序不规范', startedOn: daysAgo(60) });
    await newToleranceDecision(s.c, { caseId: kase.id, applicantPersonId: cadre.personId });
    expect((await check(s, cadre.personId)).blockers).toEqual([]);

    const principal = await nominate(s, cadre.personId, 'principal');
    expect(principal.statusCode).toBe(400);
    expect(principal.json().error).toMatchObject({ code: 'RESERVE.TARGET_RANK', article: 'ahzaxy-2020 第4条', field: 'targetRank' });
    expect(await collegeRows(s.c, 'reserve_nomination')).toBe(0);

    const n = await nominate(s, cadre.personId);
    expect(n.statusCode, n.body).toBe(201);
    const id = n.json().id as number;
    const dup = await nominate(s, cadre.personId);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('RESERVE.DUPLICATE');
    expect(await collegeRows(s.c, 'reserve_nomination')).toBe(1);

    const early = await act(s, id, { action: 'remove', reason: '已提拔任用，退出后备干部库' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RESERVE.STATUS');
    expect((await act(s, id, { action: 'approve', note: '经党委会研究同意' })).json().status).toBe('approved');
    const again = await act(s, id, { action: 'reject', note: '重复审核应被拒绝' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RESERVE.STATUS');
    const removed = await act(s, id, { action: 'remove', reason: '已提拔任用，退出后备干部库' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ status: 'removed', statusLabel: '已退出', removedOn: TEST_TODAY, removalReason: '已提拔任用，退出后备干部库' });
    expect(await auditOf(s.c, 'reserve_nomination', id)).toEqual(['reserve.nominate', 'reserve.approve', 'reserve.remove']);
    expect(((await s.org.get(`/api/persons/${cadre.personId}/reserve`)).json() as { id: number; status: string }[]).map((x) => [x.id, x.status])).toEqual([[id, 'removed']]);
  });

  it('第12条: a mitigation\'s running impact period blocks and is shown before nominating; an ended one does not', async () => {
    const s = await scene();
    const [running, ended] = s.dept.staff;
    const until = daysAgo(-200);
    for (const [p, impactUntil] of [[running, until], [ended, daysAgo(1)]] as const) {
      const kase = await newAccountabilityCase(s.c, { subjectPersonId: p.personId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id, matter: '实训耗材采购程序不规范', startedOn: daysAgo(300) });
      await newToleranceDecision(s.c, { caseId: kase.id, applicantPersonId: p.personId, outcome: 'mitigate', decidedOn: daysAgo(200), impactUntil });
    }
    expect((await check(s, running.personId)).blockers).toEqual([{ code: 'RESERVE.IMPACT_PERIOD', reason: `“实训耗材采购程序不规范”经认定减责，影响期至 ${until}`, article: 'ahzaxy-2020 第12条' }]);
    const refused = await nominate(s, running.personId);
    expect(refused.statusCode).toBe(409);
    // The refusal names its article (the reserve rule's, 第12条), though a mitigation carries no protections of its own.
    expect(refused.json().error).toMatchObject({ code: 'RESERVE.IMPACT_PERIOD', article: 'ahzaxy-2020 第12条' });
    expect(await collegeRows(s.c, 'reserve_nomination')).toBe(0);

    expect((await check(s, ended.personId)).blockers).toEqual([]);
    const ok = await nominate(s, ended.personId);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await auditOf(s.c, 'reserve_nomination', ok.json().id)).toEqual(['reserve.nominate']);
  });

  it('第15条: a 担当作为好干部 round is decided collectively within its places and published; awards count in the reserve view (第6条)', async () => {
    const s = await scene();
    const [a, b] = s.dept.staff;
    const created = await s.org.post('/api/commendation-rounds', { year: TEST_YEAR, title: `${TEST_YEAR}年度担当作为好干部评选`, quota: 1 });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ year: TEST_YEAR, quota: 1, status: 'nominating', nominations: [] });
    const id = created.json().id as number;
    const round = (body: object) => s.org.post(`/api/commendation-rounds/${id}/actions`, body);
    const deeds = '牵头完成实训基地建设任务，在急难险重任务中冲锋在前，成效明显';
    for (const p of [a, b]) expect((await s.org.post(`/api/commendation-rounds/${id}/nominations`, { personId: p.personId, deeds })).statusCode).toBe(201);

    const early = await round({ action: 'decide', on: TEST_TODAY, meetingRef: '纪要', awardedPersonIds: [a.personId] });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ROUND.STEP_ORDER');
    expect((await round({ action: 'close' })).json().status).toBe('reviewing');
    const noMeeting = await round({ action: 'decide', on: TEST_TODAY, meetingRef: null, awardedPersonIds: [a.personId] });
    expect(noMeeting.statusCode).toBe(400);
    expect(noMeeting.json().error).toMatchObject({ code: 'ROUND.COLLECTIVE', article: 'ahzaxy-2020 第15条' });
    const overQuota = await round({ action: 'decide', on: TEST_TODAY, meetingRef: '党委会纪要〔2026〕45号', awardedPersonIds: [a.personId, b.personId] });
    expect(overQuota.statusCode).toBe(400);
    expect(overQuota.json().error).toMatchObject({ code: 'ROUND.OVER_QUOTA', article: 'ahzaxy-2020 第15条' });
    const decided = await round({ action: 'decide', on: TEST_TODAY, meetingRef: '党委会纪要〔2026〕45号', awardedPersonIds: [a.personId] });
    expect(decided.json()).toMatchObject({ status: 'decided', decidedOn: TEST_TODAY, meetingRef: '党委会纪要〔2026〕45号' });
    expect(await collegeRows(s.c, 'commendation')).toBe(0);
    expect((await check(s, a.personId)).commendations).toBe(0);

    const published = await round({ action: 'publish', on: TEST_TODAY });
    expect(published.json()).toMatchObject({ status: 'published', publishedOn: TEST_TODAY, publicUntil: daysAgo(-5) });
    expect((published.json().nominations as { personId: number; status: string }[]).map((n) => [n.personId, n.status])).toEqual([[a.personId, 'awarded'], [b.personId, 'not_awarded']]);
    expect(await auditOf(s.c, 'commendation_round', id)).toEqual(['commendation.round', 'commendation.nominate', 'commendation.nominate', 'commendation.close', 'commendation.decide', 'commendation.publish']);
    expect((await check(s, a.personId)).commendations).toBe(1);
    expect((await check(s, b.personId)).commendations).toBe(0);
    const profile = (await s.org.get(`/api/persons/${a.personId}/profile`)).json() as { events: { area: string; title: string }[] };
    expect(profile.events.filter((e) => e.area === '表彰奖励').map((e) => e.title)).toEqual([expect.stringContaining(`${TEST_YEAR}年度担当作为好干部`)]);
  });
});
