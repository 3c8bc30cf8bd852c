import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, ne } from 'drizzle-orm';
import { post } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import { getPost } from '../queries/people.repository';
import type { postUpdate } from '../http/people.schema';

/** 修改职位: its title stays unique in its department. */
export async function updatePost({ db }: AppDeps, req: FastifyRequest, postId: number, b: z.infer<typeof postUpdate>): Promise<{ id: number }> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const before = await getPost(tx, auth.institutionId, postId);
    if (!before) throw notFound('职位', 'POST.NOT_FOUND');
    authorizePerson(auth, 'editDepartment', { id: before.departmentId });
    if (b.title) {
      const [dup] = await tx.select({ id: post.id }).from(post).where(and(eq(post.departmentId, before.departmentId), eq(post.title, b.title), ne(post.id, before.id)));
      if (dup) throw new AppError('POST.DUPLICATE', `本部门已有名为“${b.title}”的职位`, 409, { field: 'title' });
    }
    await tx.update(post).set(b).where(eq(post.id, before.id));
    return { result: { id: before.id }, audit: { action: 'post.update', entityType: 'post', entityId: before.id, before, after: b } };
  });
}
