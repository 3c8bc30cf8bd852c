import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { department, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { applicantContext } from '../../sidelines';
import { authorizeTolerance } from '../access';
import { rulesAndCalendar } from '../context';
import type { caseCreate } from '../http/tolerance.schema';
import { openAccountabilityCase } from './open-case';

/** 登记问责案件 (the discipline office, org): nobody registers a case against themselves or the unit they lead (回避). */
export async function registerCase(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof caseCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  if (b.startedOn > today) throw new AppError('ACCOUNTABILITY.FUTURE_DATE', '启动问责程序日期不能晚于今天', 400, { field: 'startedOn' });
  if (b.subjectKind === 'person' && !b.subjectPersonId) throw new AppError('ACCOUNTABILITY.SUBJECT_REQUIRED', '请选择被问责人', 400, { field: 'subjectPersonId' });
  authorizeTolerance(auth, 'registerCase', { subjectKind: b.subjectKind, subjectPersonId: b.subjectKind === 'person' ? b.subjectPersonId : null, subjectDepartmentId: b.subjectDepartmentId });
  if (b.subjectKind === 'department' && !b.subjectDepartmentId) throw new AppError('ACCOUNTABILITY.SUBJECT_REQUIRED', '请选择被问责单位', 400, { field: 'subjectDepartmentId' });
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, b.startedOn);
  return runCommand(db, req, async (tx) => {
    const deptIds = [b.accountableDepartmentId, b.subjectKind === 'department' ? b.subjectDepartmentId! : undefined].filter((x): x is number => !!x);
    const depts = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), inArray(department.id, deptIds)));
    if (depts.length !== new Set(deptIds).size) throw new AppError('ACCOUNTABILITY.DEPARTMENT', '所选部门不存在', 400, { field: 'accountableDepartmentId' });
    let subjectDepartmentId = b.subjectKind === 'department' ? b.subjectDepartmentId : null;
    if (b.subjectKind === 'person') {
      const [p] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.subjectPersonId!)));
      if (!p) throw new AppError('ACCOUNTABILITY.PERSON', '所选人员不存在', 400, { field: 'subjectPersonId' });
      subjectDepartmentId = (await applicantContext(tx, auth.institutionId, p.id, b.startedOn)).departmentId;
    }
    const c = await openAccountabilityCase(tx, auth, rules, {
      subjectKind: b.subjectKind, subjectPersonId: b.subjectKind === 'person' ? b.subjectPersonId : null, subjectDepartmentId,
      accountableDepartmentId: b.accountableDepartmentId, matter: b.matter, startedOn: b.startedOn,
    });
    return { result: c.id, audit: { action: 'accountability.create', entityType: 'accountability_case', entityId: c.id, after: b } };
  });
}
