import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { department, post, tenure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { postOfTenure } from '../../../core/db/joins';
import { AppError, notFound } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import { getDepartment } from '../queries/people.repository';
import type { departmentUpdate } from '../http/people.schema';

/** 修改部门: its code and name stay unique; a department is closed only when no one holds a post in it. */
export async function updateDepartment({ db }: AppDeps, req: FastifyRequest, departmentId: number, b: z.infer<typeof departmentUpdate>): Promise<{ id: number }> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const before = await getDepartment(tx, auth.institutionId, departmentId);
    if (!before) throw notFound('部门', 'DEPARTMENT.NOT_FOUND');
    authorizePerson(auth, 'editDepartment', before);
    const { code, name } = b;
    if (code || name) {
      const [dup] = await tx
        .select({ id: department.id })
        .from(department)
        .where(and(eq(department.institutionId, auth.institutionId), ne(department.id, before.id), sql`(${department.code} = ${code ?? ''} OR ${department.name} = ${name ?? ''})`));
      if (dup) throw new AppError('DEPARTMENT.DUPLICATE', '部门编码或名称已存在', 409, { field: name ? 'name' : 'code' });
    }
    if (b.active === false) {
      const [held] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(tenure)
        .innerJoin(post, postOfTenure)
        .where(and(eq(post.departmentId, before.id), isNull(tenure.endDate)));
      if (held.n > 0) throw new AppError('DEPARTMENT.HAS_STAFF', `该部门仍有 ${held.n} 人在岗，请先办理调动或免职后再撤销`, 409, { field: 'active' });
    }
    await tx.update(department).set(b).where(eq(department.id, before.id));
    return { result: { id: before.id }, audit: { action: 'department.update', entityType: 'department', entityId: before.id, before, after: b } };
  });
}
