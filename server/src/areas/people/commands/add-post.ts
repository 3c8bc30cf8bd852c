import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { post } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import { getDepartment } from '../queries/people.repository';
import type { postCreate } from '../http/people.schema';

/** 新增职位: in a department of the college, under a title the department has not used. Returns the post's id. */
export async function addPost({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof postCreate>): Promise<number> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const d = await getDepartment(tx, auth.institutionId, b.departmentId);
    if (!d) throw new AppError('DEPARTMENT.NOT_FOUND', '所选部门不存在', 400, { field: 'departmentId' });
    authorizePerson(auth, 'editDepartment', d);
    const [dup] = await tx.select({ id: post.id }).from(post).where(and(eq(post.departmentId, d.id), eq(post.title, b.title)));
    if (dup) throw new AppError('POST.DUPLICATE', `${d.name}已有名为“${b.title}”的职位`, 409, { field: 'title' });
    const [row] = await tx.insert(post).values({ ...b, institutionId: auth.institutionId }).returning();
    return { result: row.id, audit: { action: 'post.create', entityType: 'post', entityId: row.id, after: b } };
  });
}
