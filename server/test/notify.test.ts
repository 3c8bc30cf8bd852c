import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { notification, person } from '../src/core/db/schema';
import { notify } from '../src/core/notifications/notify';
import { ENGINES, freshDatabase, type TestDatabase } from './support/database';

describe.each(ENGINES)('notify (%s)', (engine) => {
  let database: TestDatabase;
  let who: { id: number; institutionId: number };
  beforeAll(async () => {
    database = await freshDatabase(engine);
    [who] = await database.db.select({ id: person.id, institutionId: person.institutionId }).from(person).limit(1);
  });
  afterAll(() => database.close());

  const notice = (dedupeKey: string | null) => ({ institutionId: who.institutionId, recipientPersonId: who.id, kind: 'test_notice', title: '测试提醒', body: '请处理', createdBy: 0, dedupeKey });

  it('records a notice once per recipient and dedupe key; notices without a key are all kept', async () => {
    const first = await notify(database.db, notice('duty:1:overdue:2026-12-20'));
    const again = await notify(database.db, notice('duty:1:overdue:2026-12-20'));
    const other = await notify(database.db, notice('duty:1:overdue:2026-12-21'));
    const plain1 = await notify(database.db, notice(null));
    const plain2 = await notify(database.db, notice(null));
    expect(first).toBeTypeOf('number');
    expect(again).toBeNull();
    expect(other).toBeTypeOf('number');
    expect(plain1).not.toBe(plain2);
    const rows = await database.db.select().from(notification).where(and(eq(notification.recipientPersonId, who.id), eq(notification.kind, 'test_notice')));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.urgent === false)).toBe(true);
  });
});
