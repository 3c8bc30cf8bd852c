import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { person, tenure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { personOfTenure } from '../../../core/db/joins';
import { SINGLE_HOLDER_RANKS } from '../../../core/roster/kinds';
import { AppError } from '../../../core/shared/errors';
import { partyMembershipWarning } from '../rules/party-posts';
import { authorizePerson } from '../access';
import { getDepartment, getPerson, getPost, runningFrom } from '../queries/people.repository';
import type { tenureCreate } from '../http/people.schema';

/**
 * 任职（任命到职位）: an active person, to an open post, not before they began work, not twice at once, and a post one
 * person holds (正职) only when free. Recorded as appointed — the appointment is the Party committee's act — with a
 * warning where the post requires a Party member and the person is not one.
 */
export async function appointPerson({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof tenureCreate>) {
  const auth = req.auth!;
  return runCommand(db, req, async (tx) => {
    const p = await getPerson(tx, auth.institutionId, b.personId);
    if (!p) throw new AppError('PERSON.NOT_FOUND', '所选人员不存在', 400, { field: 'personId' });
    authorizePerson(auth, 'appoint', { personId: p.id });
    if (p.status !== 'active') throw new AppError('TENURE.PERSON_INACTIVE', `${p.name}已退休或离职，不能任职`, 409, { field: 'personId' });
    const po = await getPost(tx, auth.institutionId, b.postId);
    if (!po) throw new AppError('POST.NOT_FOUND', '所选职位不存在', 400, { field: 'postId' });
    if (!po.active) throw new AppError('TENURE.POST_INACTIVE', '该职位已撤销，不能任职', 409, { field: 'postId' });
    if (b.startDate < p.hireDate) throw new AppError('TENURE.BEFORE_HIRE', `任职日期早于${p.name}参加工作时间 ${p.hireDate}`, 400, { field: 'startDate' });
    const [same] = await tx.select({ id: tenure.id }).from(tenure).where(and(eq(tenure.personId, p.id), eq(tenure.postId, po.id), runningFrom(tenure.endDate, b.startDate)));
    if (same) throw new AppError('TENURE.OVERLAP', `${p.name}在该日期已担任此职务`, 409, { field: 'startDate' });
    if (SINGLE_HOLDER_RANKS.includes(po.rank)) {
      const [holder] = await tx
        .select({ name: person.name })
        .from(tenure)
        .innerJoin(person, personOfTenure)
        .where(and(eq(tenure.postId, po.id), runningFrom(tenure.endDate, b.startDate)));
      if (holder) throw new AppError('TENURE.POST_OCCUPIED', `该职位由${holder.name}在任，请先办理其免职`, 409, { field: 'postId' });
    }
    const [row] = await tx.insert(tenure).values({ ...b, institutionId: auth.institutionId }).returning();
    // Recorded as appointed (the appointment is the Party committee's act), with a warning where the post requires a Party member.
    const d = await getDepartment(tx, auth.institutionId, po.departmentId);
    const warning = partyMembershipWarning({ title: po.title, departmentName: d?.name ?? '' }, p);
    const warnings = warning ? [warning] : [];
    return { result: { id: row.id, warnings }, audit: { action: 'tenure.create', entityType: 'tenure', entityId: row.id, after: { person: p.name, post: po.title, ...b, ...(warnings.length ? { warnings: warnings.map((w) => w.message) } : {}) } } };
  });
}
