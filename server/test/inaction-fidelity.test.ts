import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { useCollegeApp } from './support/app';
import { newHolder } from './support/people';

const TODAY = '2026-12-20';

/** Issue: regulation fidelity round two, 8 and 17 — 为官不为 as ahzaxy-2020 第14条 words and orders it. */
describe.each(ENGINES)('为官不为 (ahzaxy-2020 第14条) on %s', (engine) => {
  const ctx = useCollegeApp(engine, { today: TODAY });

  const proposalDuty = async (personId: number) =>
    ((await ctx.org.get(`/api/persons/${personId}`)).json().duties as { key: string; status: string; dueDate: string; doneDate: string | null; citation: string; isDefaultRule: boolean; dueIsDefault: boolean; title: string }[]).find((d) => d.key.startsWith('inaction_proposal:'));

  it('第14条: not corrected after the reminder — the organization department owes a proposal (pack default days), done when it is recorded', async () => {
    const p = await newHolder(ctx.org, { n: 801, rank: 'middle_deputy', title: '副处长', since: '2023-03-01' });
    const c = (await ctx.org.post('/api/inaction', { personId: p.personId, signal: 'complaint', signalDetail: '多名学生反映其负责的资助审核长期拖延', signaledOn: '2026-10-01' })).json();
    const act = (body: object) => ctx.org.post(`/api/inaction/${c.id}/actions`, body);
    expect((await act({ action: 'remind', on: '2026-10-08', requirements: '两周内完成积压资助审核', deadline: '2026-10-22' })).json().status).toBe('reminded');
    expect(await proposalDuty(p.personId)).toBeUndefined();

    expect((await act({ action: 'verify', on: '2026-11-20', corrected: false, note: '仍有三十余件未审核' })).json().status).toBe('uncorrected');
    const owed = await proposalDuty(p.personId);
    expect(owed).toMatchObject({ key: `inaction_proposal:${c.id}:2026-11-20`, status: 'overdue', dueDate: '2026-12-05', doneDate: null, citation: 'ahzaxy-2020 第14条', isDefaultRule: false, dueIsDefault: true });
    expect(owed!.title).toContain('调离岗位、改任非领导职务、免职、降职');

    expect((await act({ action: 'propose', on: '2026-12-18', adjustment: 'move_post', reason: '经提醒仍未改正，建议调离岗位' })).json().status).toBe('proposed');
    expect(await proposalDuty(p.personId)).toMatchObject({ status: 'done', doneDate: '2026-12-18', citation: 'ahzaxy-2020 第14条' });
  });

  it('第14条: a 不作为 tendency is named in the article\'s words, not as the talks\' 作风、品德、廉洁 tendency; the earlier key still means it', async () => {
    const rules = (await ctx.org.get('/api/inaction/rules')).json();
    expect(rules.signals).toContainEqual({ key: 'inaction_tendency', label: '存在不作为苗头性、倾向性问题' });
    expect(rules.signals.map((s: { label: string }) => s.label).join('、')).not.toMatch(/作风|品德|廉洁/);
    const p = await newHolder(ctx.org, { n: 802, rank: 'section', title: '科长', since: '2022-03-01' });
    const c = await ctx.org.post('/api/inaction', { personId: p.personId, signal: 'tendency', signalDetail: '对分管的招生咨询工作推诿扯皮、回复不及时', signaledOn: '2026-12-01' });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json()).toMatchObject({ signal: 'inaction_tendency', signalLabel: '存在不作为苗头性、倾向性问题' });
  });
});
