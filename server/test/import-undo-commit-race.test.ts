import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ENGINES } from './support/database';
import { collegeRows, daysAgo, newCollege, newDepartment, newHolder, useFactoryApp, userWith } from './support/factories';
import { importLedgerFile } from './support/documents';
import { untilWaitingOnALock } from './support/locks';

const HEADERS: Record<string, string> = { staffNo: '工号*', name: '姓名*', title: '培训名称*', organizer: '主办单位', startDate: '开始日期*', endDate: '结束日期*', hours: '学时*', kind: '培训类别*' };

/**
 * Withdrawing a batch (撤销导入) while a later batch of the same ledger is being committed over what it wrote: the two
 * take turns on the college, so either the undo sees the later batch and is refused, or the later batch is checked
 * after the undo. Never both on the state before: the later batch would be written as an update of records the undo
 * removed, and its own undo would bring them back.
 */
describe.runIf(ENGINES.includes('postgres'))('an import undone while a later batch of its ledger commits (PostgreSQL)', () => {
  const ctx = useFactoryApp('postgres');

  it('the undo waits for the commit and is refused (a later batch), the later batch\'s update stands; a batch previewed earlier but committed later counts as later', async () => {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartment(c, { name: '机电工程系' });
    await newHolder(c, { rank: 'middle_deputy', departmentId: dept.id, title: '副主任', person: { name: '王立新', staffNo: 'T1001' } });
    const org = await userWith(ctx.app, c, ['org']);
    const course = (hours: string) => ({ staffNo: 'T1001', name: '王立新', title: '中青年干部培训班', organizer: '省委党校', startDate: daysAgo(60), endDate: daysAgo(49), hours, kind: '党校（行政学院、干部学院）培训' });
    const upload = async (hours: string) => (await org.post('/api/imports/training_records', { fileName: '教育培训记录.xlsx', contentBase64: await importLedgerFile('教育培训记录', '某学院干部教育培训记录', HEADERS, [course(hours)]) })).json() as { id: number };
    const db = ctx.database.db;

    // Batch B is previewed first (the lower number), batch A after it; A is committed, then B, over A's record.
    const b = await upload('96');
    const a = await upload('80');
    expect((await org.post(`/api/imports/batches/${a.id}/commit`, { onlyGood: false })).statusCode).toBe(200);
    expect(b.id).toBeLessThan(a.id);

    // B's commit is held on its batch row (as a slow commit would be); the undo of A is asked for meanwhile.
    let committing: Promise<{ statusCode: number; body: string }> | undefined;
    let undoing: Promise<{ statusCode: number; body: string; json(): { error: { code: string } } }> | undefined;
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT id FROM import_batch WHERE id = ${b.id} FOR UPDATE`);
      committing = org.post(`/api/imports/batches/${b.id}/commit`, { onlyGood: false });
      await untilWaitingOnALock(db, 'the commit never waited for its batch');
      undoing = org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
      // The undo waits for the college's row the commit holds (or, were it not to, would be done by now).
      await Promise.race([untilWaitingOnALock(db, 'the undo never waited', 2), undoing]);
    });
    const committed = await committing!;
    expect(committed.statusCode, committed.body).toBe(200);
    const undone = await undoing!;
    expect(undone.statusCode, undone.body).toBe(409);
    expect(undone.json().error.code).toBe('IMPORT.UNDO_LATER_BATCH');
    expect(await collegeRows(c, 'training_record', 'hours_tenths = 960')).toBe(1);

    // B withdrawn, A may go: the record as A left it, then none.
    expect((await org.post(`/api/imports/batches/${b.id}/undo`, { reason: '学时填错' })).statusCode).toBe(200);
    expect(await collegeRows(c, 'training_record', 'hours_tenths = 800')).toBe(1);
    expect((await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' })).statusCode).toBe(200);
    expect(await collegeRows(c, 'training_record')).toBe(0);
  });
});
