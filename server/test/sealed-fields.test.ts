import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { DEMO_PASSWORD } from '../src/demo/seed';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { resealFields } from '../src/core/db/field-reseal';
import { sealUnbound, useFieldKeys } from '../src/core/security/field-crypto';
import { UNREADABLE } from '../src/core/db/sealed';
import { fieldKeyVersions } from '../src/core/security/keys';
import { verifyAuditChain } from '../src/core/audit/audit-verify.service';
import { newCollege, newDepartmentWithHead, newHolder, TEST_TODAY, userWith } from './support/factories';
import { newInterview, newTalk } from './support/area-factories';

/** GB/T 39786-2021: talk notes, interview records and reporters' identities are ciphertext in the database. */
describe.each(ENGINES)('sensitive fields encrypted at rest (SM4 + HMAC-SM3) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    org = await signIn(app, 'pc.org');
  });
  afterAll(async () => {
    useFieldKeys();
    await app?.close();
    await database?.close();
  });
  const raw = async (q: ReturnType<typeof sql>) => (await database.db.execute(q)).rows[0] as Record<string, string | number>;

  it('the database holds ciphertext; the people allowed read plain text', async () => {
    // A college of the test's own: a department head who held a talk with a staff member, a prevention interview of
    // the head led by a 副院长, the discipline office and the organization department signed in.
    const c = await newCollege(database.db);
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const [own, discipline] = [await userWith(app, c, ['org']), await userWith(app, c, ['discipline'])];
    const held = await newTalk(c, { talkerIds: [dept.head.personId], subjectIds: [dept.staff[0].personId], keyPoints: '肯定成绩，指出不足，提出改进要求' });
    const t = await raw(sql`SELECT id, key_points FROM talk WHERE id = ${held.id}`);
    expect(String(t.key_points)).toMatch(/^sm4b:1:/);
    expect((await own.get(`/api/talks/${t.id}`)).json().keyPoints).toBe('肯定成绩，指出不足，提出改进要求');

    const named = await discipline.post('/api/petitions', { receivedOn: TEST_TODAY, channel: 'letter', reportedPersonId: dept.head.personId, allegation: '反映其在物资采购中收受供应商礼品', anonymous: false, reporterName: '王举报', reporterContact: '13800000000' });
    expect(named.statusCode, named.body).toBe(201);
    const p = await raw(sql`SELECT id, reporter_name FROM petition WHERE id = ${named.json().id}`);
    expect(String(p.reporter_name)).toMatch(/^sm4b:1:/);
    expect((await discipline.get(`/api/petitions/${p.id}`)).json().reporterName).toBe('王举报');

    const interview = await newInterview(c, { targetIds: [dept.head.personId], leadPersonId: (await newHolder(c, { rank: 'leader', title: '副院长' })).personId });
    const i = await raw(sql`SELECT record FROM interview WHERE id = ${interview.id}`);
    expect(String(i.record)).toMatch(/^sm4b:1:/);
  });

  it('a value changed in the database outside the app shows as unreadable in its place; the page still answers', async () => {
    const held = (await org.get('/api/talks?scope=all&status=held&pageSize=2')).json().items[1];
    const t = await raw(sql`SELECT id, key_points FROM talk WHERE id = ${held.id}`);
    const b = Buffer.from(String(t.key_points).slice(7), 'base64');
    b[20] ^= 1;
    await database.db.execute(sql`UPDATE talk SET key_points = ${`sm4b:1:${b.toString('base64')}`} WHERE id = ${t.id}`);
    const res = await org.get(`/api/talks/${t.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: t.id, keyPoints: UNREADABLE, place: held.place });
    expect(UNREADABLE).toContain('FIELD.INTEGRITY');
    await database.db.execute(sql`UPDATE talk SET key_points = ${t.key_points} WHERE id = ${t.id}`);
    expect((await org.get(`/api/talks/${t.id}`)).json().keyPoints).toBe(held.keyPoints);
  });

  it('values swapped between rows or moved to another column in SQL read as unreadable, not as the other row\'s text', async () => {
    // Two people: their encrypted ID numbers swapped.
    const [a, b] = ((await org.get('/api/persons?pageSize=50')).json().items as { id: number; idNumber: string; name: string }[]).slice(0, 2);
    const others = ((await org.get('/api/persons?pageSize=50')).json().items as { id: number; idNumber: string }[]).slice(2);
    await database.db.execute(sql`UPDATE person SET id_number = o.id_number FROM person o
      WHERE (person.id, o.id) IN ((${a.id}::int, ${b.id}::int), (${b.id}::int, ${a.id}::int))`);
    const list = await org.get('/api/persons?pageSize=50');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: number; idNumber: string }[];
    expect(items.find((p) => p.id === a.id)!.idNumber).toBe(UNREADABLE);
    expect(items.find((p) => p.id === b.id)!.idNumber).toBe(UNREADABLE);
    for (const o of others) expect(items.find((p) => p.id === o.id)!.idNumber).toBe(o.idNumber);
    const one = await org.get(`/api/persons/${a.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ name: a.name, idNumber: UNREADABLE });
    expect(JSON.stringify(one.json())).not.toContain(b.idNumber);
    // Those without roster.write see the marker too, not a mask of it.
    const leader = await signIn(app, 'pc.principal');
    const masked = (await leader.get(`/api/persons/${a.id}`)).json();
    if (masked.idNumber) expect(masked.idNumber).toBe(UNREADABLE);
    // Saving the person without a new ID number is refused with the code; with one, it is repaired.
    const kept = await org.patch(`/api/persons/${a.id}`, { phone: '13900000000' });
    expect(kept.statusCode).toBe(400);
    expect(kept.json().error).toMatchObject({ code: 'FIELD.INTEGRITY', field: 'idNumber' });
    expect((await org.patch(`/api/persons/${a.id}`, { idNumber: UNREADABLE })).statusCode).toBe(400);
    expect((await org.patch(`/api/persons/${a.id}`, { idNumber: a.idNumber })).statusCode).toBe(200);
    expect((await org.post(`/api/persons/${a.id}/personal-field`, { field: 'idNumber' })).json().value).toBe(a.idNumber);
    expect((await org.patch(`/api/persons/${b.id}`, { idNumber: b.idNumber })).statusCode).toBe(200);

    // Two talks: their key points swapped; a third: its key points moved into its follow-ups.
    const talks = (await org.get('/api/talks?scope=all&status=held&pageSize=50')).json().items as { id: number; keyPoints: string; followUps: string | null }[];
    const [t1, t2, t3] = talks.filter((t) => t.keyPoints);
    const saved = (await database.db.execute(sql`SELECT id, key_points, follow_ups FROM talk WHERE id IN (${t1.id}, ${t2.id}, ${t3.id})`)).rows as { id: number; key_points: string; follow_ups: string | null }[];
    await database.db.execute(sql`UPDATE talk SET key_points = o.key_points FROM talk o
      WHERE (talk.id, o.id) IN ((${t1.id}::int, ${t2.id}::int), (${t2.id}::int, ${t1.id}::int))`);
    await database.db.execute(sql`UPDATE talk SET follow_ups = key_points WHERE id = ${t3.id}`);
    const page = await org.get('/api/talks?scope=all&status=held&pageSize=50');
    expect(page.statusCode).toBe(200);
    const shown = new Map((page.json().items as { id: number; keyPoints: string; followUps: string | null }[]).map((t) => [t.id, t]));
    expect(shown.get(t1.id)!.keyPoints).toBe(UNREADABLE);
    expect(shown.get(t2.id)!.keyPoints).toBe(UNREADABLE);
    expect(shown.get(t3.id)).toMatchObject({ keyPoints: t3.keyPoints, followUps: UNREADABLE });
    for (const t of talks.filter((x) => ![t1.id, t2.id, t3.id].includes(x.id))) expect(shown.get(t.id)!.keyPoints).toBe(t.keyPoints);
    const detail = await org.get(`/api/talks/${t1.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().keyPoints).toBe(UNREADABLE);
    expect((await org.get(`/api/talks/${t1.id}/record.docx`)).statusCode).toBe(200);
    for (const r of saved) await database.db.execute(sql`UPDATE talk SET key_points = ${r.key_points}, follow_ups = ${r.follow_ups} WHERE id = ${r.id}`);
    expect((await org.get(`/api/talks/${t1.id}`)).json().keyPoints).toBe(t1.keyPoints);

    // A TOTP secret moved from the pending column to the active one is not accepted as a second factor.
    expect((await org.post('/api/auth/totp/setup', { password: DEMO_PASSWORD })).statusCode).toBe(200);
    await database.db.execute(sql`UPDATE account SET totp_secret = totp_pending WHERE username = 'pc.org'`);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'pc.org', password: DEMO_PASSWORD, code: '123456' } });
    expect(login.statusCode).toBe(409);
    expect(login.json().error.code).toBe('FIELD.INTEGRITY');
    await database.db.execute(sql`UPDATE account SET totp_secret = NULL WHERE username = 'pc.org'`);
  });

  const somePerson = async () => {
    const listed = (await org.get('/api/persons?pageSize=1')).json().items[0];
    const detail = (await org.get(`/api/persons/${listed.id}`)).json() as { id: number; staffNo: string; name: string; gender: string; birthDate: string; idNumber: string; politicalStatus: string; hireDate: string };
    // The page shows the ID number masked; the full one is read through the audited reveal.
    return { ...detail, idNumber: (await org.post(`/api/persons/${listed.id}/personal-field`, { field: 'idNumber' })).json().value as string };
  };
  const duplicateOf = (p: Awaited<ReturnType<typeof somePerson>>) =>
    org.post('/api/persons', { staffNo: `DUP${p.staffNo}`, name: '测试重号', gender: p.gender, birthDate: p.birthDate, idNumber: p.idNumber.toLowerCase(), politicalStatus: p.politicalStatus, hireDate: p.hireDate });

  it('ID numbers are ciphertext with a blind index that still finds duplicates; TOTP secrets are ciphertext', async () => {
    const p = await somePerson();
    expect(p.idNumber).toMatch(/^\d{17}[\dX]$/);
    const row = await raw(sql`SELECT id_number, id_number_index FROM person WHERE id = ${p.id}`);
    expect(String(row.id_number)).toMatch(/^sm4b:1:/);
    expect(String(row.id_number)).not.toContain(p.idNumber.slice(6, 14));
    expect(String(row.id_number_index)).toMatch(/^1:[0-9a-f]{64}$/);
    const dup = await duplicateOf(p);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'PERSON.DUPLICATE_ID_NUMBER', field: 'idNumber' });

    expect((await org.post('/api/auth/totp/setup', { password: DEMO_PASSWORD })).statusCode).toBe(200);
    const acct = await raw(sql`SELECT totp_pending FROM account WHERE username = 'pc.org'`);
    expect(String(acct.totp_pending)).toMatch(/^sm4b:1:/);
  });

  it('values in the earlier unbound format are resealed with their place once at start (format 1 → 2), audited; later ones are refused', async () => {
    const t = (await org.get('/api/talks?scope=all&status=held&pageSize=5')).json().items[4] as { id: number; keyPoints: string };
    await database.db.execute(sql`UPDATE talk SET key_points = ${sealUnbound('旧格式的要点')} WHERE id = ${t.id}`);
    expect((await org.get(`/api/talks/${t.id}`)).json().keyPoints).toBe(UNREADABLE);
    await database.db.execute(sql`UPDATE field_seal_state SET format = 1`);
    const done = await resealFields(database.db);
    expect(done?.changed).toEqual({ 'talk.key_points': 1 });
    expect(done?.unreadable).toEqual({});
    const left = await raw(sql`SELECT count(*)::int AS n FROM talk WHERE key_points NOT LIKE 'sm4b:1:%'`);
    expect(left.n).toBe(0);
    expect((await org.get(`/api/talks/${t.id}`)).json().keyPoints).toBe('旧格式的要点');
    const ev = await raw(sql`SELECT summary FROM audit_event WHERE action = 'security.fields_resealed' ORDER BY id DESC LIMIT 1`);
    expect(ev.summary).toMatchObject({ detail: { format: 2, changed: { 'talk.key_points': 1 } } });
    expect(await resealFields(database.db)).toBeNull();
    // Once at format 2, an unbound value (say, from an old backup) is not laundered by a later reseal.
    await database.db.execute(sql`UPDATE talk SET key_points = ${sealUnbound('备份中的旧值')} WHERE id = ${t.id}`);
    const forced = await resealFields(database.db, { force: true });
    expect(forced?.unreadable).toEqual({ 'talk.key_points': [t.id] });
    expect((await org.get(`/api/talks/${t.id}`)).json().keyPoints).toBe(UNREADABLE);
    await database.db.execute(sql`UPDATE talk SET key_points = NULL WHERE id = ${t.id}`);
  });

  it('values stored before encryption are encrypted when the database is opened (reseal), audited', async () => {
    const p = await somePerson();
    const t = (await org.get('/api/talks?scope=all&status=held&pageSize=3')).json().items[2] as { id: number };
    await database.db.execute(sql`UPDATE talk SET key_points = '迁移前的明文要点' WHERE id = ${t.id}`);
    await database.db.execute(sql`UPDATE person SET id_number = ${p.idNumber}, id_number_index = ${`plain:${p.idNumber}`} WHERE id = ${p.id}`);
    await database.db.execute(sql`DELETE FROM field_seal_state`);
    const done = await resealFields(database.db);
    expect(done?.changed).toMatchObject({ 'talk.key_points': 1, 'person.id_number': 1, 'person.id_number_index': 1 });
    expect(String((await raw(sql`SELECT id_number FROM person WHERE id = ${p.id}`)).id_number)).toMatch(/^sm4b:1:/);
    expect(String((await raw(sql`SELECT key_points FROM talk WHERE id = ${t.id}`)).key_points)).toMatch(/^sm4b:1:/);
    expect((await org.get(`/api/talks/${t.id}`)).json().keyPoints).toBe('迁移前的明文要点');
    expect((await duplicateOf(p)).statusCode).toBe(409);
    const ev = await raw(sql`SELECT action, summary FROM audit_event WHERE action = 'security.fields_resealed' ORDER BY id DESC LIMIT 1`);
    expect(ev.action).toBe('security.fields_resealed');
    expect(await resealFields(database.db)).toBeNull();
  });

  it('key rotation: with a second key version every encrypted value and blind index moves to it; everything still reads and matches', async () => {
    const p = await somePerson();
    const talkId = (await org.get('/api/talks?scope=all&status=held&pageSize=3')).json().items[2].id;
    const before = (await org.get(`/api/talks/${talkId}`)).json().keyPoints;
    const damaged = await raw(sql`SELECT id, record FROM interview WHERE record IS NOT NULL ORDER BY id LIMIT 1`);
    await database.db.execute(sql`UPDATE interview SET record = ${String(damaged.record).replace(/.{4}$/, 'AAA=')} WHERE id = ${damaged.id}`);
    useFieldKeys(new Map([...fieldKeyVersions(), [2, Buffer.alloc(32, 7)]]));
    const done = await resealFields(database.db);
    expect(done?.keyVersion).toBe(2);
    expect(done?.unreadable).toEqual({ 'interview.record': [Number(damaged.id)] });
    const left = await raw(sql`SELECT
      (SELECT count(*) FROM talk WHERE key_points NOT LIKE 'sm4b:2:%')::int AS talks,
      (SELECT count(*) FROM person WHERE id_number NOT LIKE 'sm4b:2:%' OR id_number_index NOT LIKE '2:%')::int AS people,
      (SELECT count(*) FROM petition WHERE reporter_name NOT LIKE 'sm4b:2:%')::int AS reporters,
      (SELECT count(*) FROM interview WHERE record NOT LIKE 'sm4b:2:%')::int AS records,
      (SELECT count(*) FROM person)::int AS total`);
    expect(left).toMatchObject({ talks: 0, people: 0, reporters: 0, records: 1 });
    expect(Number(left.total)).toBeGreaterThan(100);
    expect((await org.get(`/api/talks/${talkId}`)).json().keyPoints).toBe(before);
    expect((await org.post(`/api/persons/${p.id}/personal-field`, { field: 'idNumber' })).json().value).toBe(p.idNumber);
    expect((await duplicateOf(p)).statusCode).toBe(409);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});
