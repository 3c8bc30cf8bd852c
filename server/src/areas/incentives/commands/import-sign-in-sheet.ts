import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { person, trainingRecord } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { readSignInSheet } from '../documents/sign-in-sheet';
import { checkSignIn } from '../rules/training';
import { getCourse, trainingRulesOf } from '../queries/training';
import type { signInImport } from '../http/training.schema';

/**
 * 导入签到表 (第9条): each row checked (rules/training.ts `checkSignIn`); without `commit` only the preview. Committed, all
 * rows or none — or, when asked, only the good rows — in one audited change.
 */
export async function importSignInSheet(deps: AppDeps, req: FastifyRequest, courseId: number, b: z.infer<typeof signInImport>) {
  const { db } = deps;
  const auth = req.auth!;
  const c = await getCourse(db, auth.institutionId, courseId);
  const { rules } = await trainingRulesOf(db, deps, auth.institutionId);
  const rows = await readSignInSheet(b.contentBase64, b.fileName);
  if (!rows.length) throw new AppError('SIGNIN.NO_ROWS', `文件“${b.fileName}”中没有签到记录`, 400);
  const people = await db.select({ id: person.id, staffNo: person.staffNo, name: person.name }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.staffNo, rows.map((r) => r.staffNo.trim()).filter(Boolean))));
  const already = new Set((await db.select({ personId: trainingRecord.personId }).from(trainingRecord).where(eq(trainingRecord.courseId, c.id))).map((r) => r.personId));
  const result = checkSignIn(rows, new Map(people.map((p) => [p.staffNo, { personId: p.id, name: p.name }])), c, rules.maxHoursPerDay, already);
  if (!b.commit) return { committed: false, imported: 0, ...result };
  if (result.bad.length && !b.onlyGood)
    throw new AppError('SIGNIN.HAS_ERRORS', `签到表有 ${result.bad.length} 行错误（第 ${result.bad.slice(0, 5).map((x) => x.row).join('、')} 行${result.bad.length > 5 ? '等' : ''}），未导入任何记录；请修改后重新上传，或选择只导入正确的行`, 400);
  if (!result.good.length) throw new AppError('SIGNIN.NOTHING', '没有可以导入的行', 400);
  await runCommand(db, req, async (tx) => {
    await tx.insert(trainingRecord).values(result.good.map((g) => ({ institutionId: auth.institutionId, courseId: c.id, personId: g.personId, hoursTenths: Math.round(g.hours * 10), source: 'sign_in_sheet', createdBy: auth.accountId })));
    return { result: null, audit: { action: 'training.sign_in_import', entityType: 'training_course', entityId: c.id, after: { fileName: b.fileName, imported: result.good.length, skipped: result.bad.length } } };
  });
  return { committed: true, imported: result.good.length, ...result };
}
