import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { department } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import type { departmentCreate } from '../http/people.schema';

/** 新增部门: a code and a name no other department of the college has. Returns the department's id. */
export async function addDepartment({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof departmentCreate>): Promise<number> {
  const auth = req.auth!;
  authorizePerson(auth, 'editDepartment', { id: null });
  return runCommand(db, req, async (tx) => {
    const [dup] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), sql`(${department.code} = ${b.code} OR ${department.name} = ${b.name})`));
    if (dup) throw new AppError('DEPARTMENT.DUPLICATE', '部门编码或名称已存在', 409, { field: 'name' });
    const [row] = await tx.insert(department).values({ ...b, institutionId: auth.institutionId }).returning();
    return { result: row.id, audit: { action: 'department.create', entityType: 'department', entityId: row.id, after: b } };
  });
}
