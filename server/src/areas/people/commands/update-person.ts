import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { isUnreadable, seal, UNREADABLE } from '../../../core/db/sealed';
import { withIdNumberIndex } from '../../../core/db/blind-indexes';
import { ID_NUMBER_MESSAGES, parseIdNumber } from '../rules/id-number';
import { authorizePerson } from '../access';
import { getPerson, refuseDuplicatePerson } from '../queries/people.repository';
import { idNumberOf } from '../queries/people.presenter';
import { retirePerson } from './retirement';
import type { personUpdate } from '../http/people.schema';

/**
 * 修改人员信息: the ID number, birth date and gender must agree (an unreadable stored number must be entered again), the
 * 工号 and ID number stay unique; setting the status to 退休 ends the posts and oversights held on the date, in the
 * same audited change (the retirement talk follows from it).
 */
export async function updatePerson({ db }: AppDeps, req: FastifyRequest, personId: number, body: z.infer<typeof personUpdate>): Promise<{ id: number }> {
  const auth = req.auth!;
  const { retiredOn, retirementDocNo, ...fields } = body;
  return runCommand(db, req, async (tx) => {
    const before = await getPerson(tx, auth.institutionId, personId);
    if (!before) throw notFound('人员', 'PERSON.NOT_FOUND');
    authorizePerson(auth, 'edit', before);
    const retiring = fields.status === 'retired' && before.status !== 'retired';
    if (retiredOn && !retiring) throw new AppError('PERSON.RETIRED_ON_UNUSED', '退休日期：只在将状态改为退休时填写', 400, { field: 'retiredOn' });
    const stored = idNumberOf(before);
    if (fields.idNumber?.includes(UNREADABLE) || (fields.idNumber === undefined && isUnreadable(stored))) {
      throw new AppError('FIELD.INTEGRITY', '身份证号：原有内容无法读取（完整性校验失败），请重新填写身份证号后保存', 400, { field: 'idNumber' });
    }
    const merged = { ...before, idNumber: stored, ...fields };
    const parsed = parseIdNumber(merged.idNumber);
    if (!parsed.ok) throw new AppError('VALIDATION.INVALID', `身份证号：${ID_NUMBER_MESSAGES[parsed.problem]}`, 400, { field: 'idNumber' });
    if (parsed.info.birthDate !== merged.birthDate) throw new AppError('VALIDATION.INVALID', `出生日期：与身份证号中的出生日期 ${parsed.info.birthDate} 不一致`, 400, { field: 'birthDate' });
    if (parsed.info.gender !== merged.gender) throw new AppError('VALIDATION.INVALID', '性别：与身份证号所示性别不一致', 400, { field: 'gender' });
    await refuseDuplicatePerson(tx, auth.institutionId, fields, before.id);
    // Retiring ends the posts and oversights held on the date, in this same audited change (the retirement talk follows from it).
    const retirement = retiring ? await retirePerson(tx, auth.institutionId, { id: before.id, hireDate: merged.hireDate }, retiredOn, retirementDocNo ?? null, todayIso()) : null;
    await tx.update(person).set({ ...withIdNumberIndex(fields), idNumber: seal(person.idNumber, before.id, fields.idNumber), updatedAt: new Date() }).where(eq(person.id, before.id));
    const changed = Object.fromEntries(
      Object.keys(fields).map((k) => [k, k === 'idNumber' ? '(已修改)' : [before[k as keyof typeof before], fields[k as keyof typeof fields]]]),
    );
    return { result: { id: before.id }, audit: { action: 'person.update', entityType: 'person', entityId: before.id, before: { name: before.name }, after: retirement ? { ...changed, retirement } : changed } };
  });
}
