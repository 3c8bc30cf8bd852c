import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ENGINES } from './support/database';
import { newAccount, newCollege, newPerson, signInAs, useFactoryApp, userWith, auditOf } from './support/factories';
import { newTalk } from './support/area-factories';

/** 谈话内容要点 are read only with a trace: on the detail page (one event per talk) and in the list (one event naming its talks). */
describe.each(ENGINES)('reading talk key points leaves a trace, in the list as on the detail page, on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  it('a list that carries key points writes one talk.read_notes event naming exactly those talks; a list without them writes none', async () => {
    const c = await newCollege(ctx.database.db);
    const [talker, subject, other] = [await newPerson(c), await newPerson(c), await newPerson(c)];
    const withNotes = await newTalk(c, { talkerIds: [talker.id], subjectIds: [subject.id], keyPoints: '肯定成绩，指出不足' });
    const noNotes = await newTalk(c, { talkerIds: [talker.id], subjectIds: [other.id], status: 'scheduled' });
    const org = await userWith(ctx.app, c, ['org']);
    const listed = (await org.get('/api/talks?scope=all&pageSize=50')).json() as { items: { id: number; keyPoints?: string | null }[] };
    expect(listed.items.map((t) => [t.id, t.keyPoints ?? null]).sort()).toEqual([[withNotes.id, '肯定成绩，指出不足'], [noNotes.id, null]].sort());
    const events = (await c.db.execute(sql`SELECT actor_name, entity_id, summary FROM audit_event WHERE institution_id = ${c.id} AND action = 'talk.read_notes'`)).rows as { entity_id: string | null; summary: { detail: { talkIds: number[]; via: string } } }[];
    expect(events.map((e) => [e.entity_id, e.summary.detail])).toEqual([[null, { talkIds: [withNotes.id], via: '谈心谈话列表' }]]);
    // The subject sees the talk but not its key points: their list writes nothing.
    const own = await signInAs(ctx.app, await newAccount(c, { personId: other.id }));
    expect((await own.get('/api/talks?pageSize=50')).statusCode).toBe(200);
    expect((await c.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE institution_id = ${c.id} AND action = 'talk.read_notes'`)).rows[0]).toEqual({ n: 1 });
    // The detail page: one event on the talk itself, as before.
    await org.get(`/api/talks/${withNotes.id}`);
    expect(await auditOf(c, 'talk', withNotes.id)).toEqual(['talk.read_notes']);
  });
});
