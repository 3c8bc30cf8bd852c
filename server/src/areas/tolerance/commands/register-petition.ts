import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { person, petition } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { nextId, seal } from '../../../core/db/sealed';
import { applicantContext } from '../../sidelines';
import { authorizeTolerance } from '../access';
import type { petitionCreate } from '../http/petitions.schema';

/** 登记信访举报: the reporter's identity sealed; nobody registers a report about themselves (回避). */
export async function registerPetition(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof petitionCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  if (b.receivedOn > todayIso()) throw new AppError('PETITION.FUTURE_DATE', '收到日期不能晚于今天', 400, { field: 'receivedOn' });
  authorizeTolerance(auth, 'registerPetition', b);
  if (!b.anonymous && !b.reporterName) throw new AppError('PETITION.REPORTER', '实名举报请填写举报人姓名，或勾选匿名', 400, { field: 'reporterName' });
  const [p] = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.reportedPersonId)));
  if (!p) throw new AppError('PETITION.PERSON', '被反映人不存在', 400, { field: 'reportedPersonId' });
  // The department the reported person serves in, for the department figures of the duties that follow.
  const reportedDepartmentId = (await applicantContext(db, auth.institutionId, p.id, b.receivedOn)).departmentId;
  return runCommand(db, req, async (tx) => {
    const newId = await nextId(tx, petition);
    const reporter = { reporterName: seal(petition.reporterName, newId, b.anonymous ? null : b.reporterName), reporterContact: seal(petition.reporterContact, newId, b.anonymous ? null : b.reporterContact) };
    const [row] = await tx
      .insert(petition)
      .overridingSystemValue()
      .values({ ...b, ...reporter, id: newId, reportedDepartmentId, institutionId: auth.institutionId, createdBy: auth.accountId })
      .returning({ id: petition.id });
    // The audit keeps that a report was registered, not who made it.
    return { result: row.id, audit: { action: 'petition.create', entityType: 'petition', entityId: row.id, after: { receivedOn: b.receivedOn, channel: b.channel, reportedPersonId: b.reportedPersonId, anonymous: b.anonymous } } };
  });
}
