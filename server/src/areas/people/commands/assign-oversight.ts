import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { oversight, person, post, tenure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { personOfTenure, postOfTenure } from '../../../core/db/joins';
import { AppError } from '../../../core/shared/errors';
import { authorizePerson } from '../access';
import { getDepartment } from '../queries/people.repository';
import type { oversightCreate } from '../http/people.schema';

/** 设置分管（联系）院领导: a current member of the college leadership, not twice over the same department. Returns its id. */
export async function assignOversight({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof oversightCreate>): Promise<number> {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const d = await getDepartment(tx, auth.institutionId, b.departmentId);
    if (!d) throw new AppError('DEPARTMENT.NOT_FOUND', '所选部门不存在', 400, { field: 'departmentId' });
    authorizePerson(auth, 'editDepartment', d);
    const [leader] = await tx
      .select({ name: person.name })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .innerJoin(person, personOfTenure)
      .where(and(eq(tenure.personId, b.leaderPersonId), eq(person.institutionId, auth.institutionId), isNull(tenure.endDate), sql`${post.rank} IN ('principal','leader')`));
    if (!leader) throw new AppError('OVERSIGHT.NOT_LEADER', '分管（联系）院领导须为现任院领导班子成员', 400, { field: 'leaderPersonId' });
    const [dup] = await tx
      .select({ id: oversight.id })
      .from(oversight)
      .where(and(eq(oversight.leaderPersonId, b.leaderPersonId), eq(oversight.departmentId, d.id), or(isNull(oversight.endDate), sql`${oversight.endDate} > ${b.startDate}`)));
    if (dup) throw new AppError('OVERSIGHT.DUPLICATE', `${leader.name}已分管${d.name}`, 409, { field: 'departmentId' });
    const [row] = await tx.insert(oversight).values({ ...b, institutionId: auth.institutionId }).returning();
    return { result: row.id, audit: { action: 'oversight.create', entityType: 'oversight', entityId: row.id, after: { leader: leader.name, department: d.name, startDate: b.startDate } } };
  });
}
