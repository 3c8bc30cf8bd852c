import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { oversight, person, post, tenure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { getDepartment, getPerson, getPost } from '../queries/people.repository';
import { idParam } from '../../../core/http/ids';
import { oversightCreate, oversightEnd, postCreate, postUpdate, tenureCreate, tenureEnd } from './people.schema';
import { SINGLE_HOLDER_RANKS } from '../../../core/roster/kinds';
import { personOfTenure, postOfTenure } from '../../../core/db/joins';
import { partyMembershipWarning } from '../rules/party-posts';

const created = z.object({ id: z.number() });
const appointed = created.extend({
  /** Recorded all the same; e.g. a post that requires a Party member given to someone who is not one. */
  warnings: z.array(z.object({ code: z.string(), message: z.string(), basis: z.string() })),
});

/** A period [start, end) still running on or after `from` (end null meaning open). */
const runningFrom = (end: typeof tenure.endDate, from: string) => or(isNull(end), sql`${end} > ${from}`)!;

export const appointmentsRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/posts',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '新增职位', body: postCreate, response: { 201: created } } },
    async (req, reply) => {
      const auth = req.auth!;
      const id = await runCommand(db, req, async (tx) => {
        const d = await getDepartment(tx, auth.institutionId, req.body.departmentId);
        if (!d) throw new AppError('DEPARTMENT.NOT_FOUND', '所选部门不存在', 400, { field: 'departmentId' });
        const [dup] = await tx.select({ id: post.id }).from(post).where(and(eq(post.departmentId, d.id), eq(post.title, req.body.title)));
        if (dup) throw new AppError('POST.DUPLICATE', `${d.name}已有名为“${req.body.title}”的职位`, 409, { field: 'title' });
        const [row] = await tx.insert(post).values({ ...req.body, institutionId: auth.institutionId }).returning();
        return { result: row.id, audit: { action: 'post.create', entityType: 'post', entityId: row.id, after: req.body } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/posts/:id',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '修改职位', params: idParam, body: postUpdate, response: { 200: created } } },
    async (req) => {
      const auth = req.auth!;
      return runCommand(db, req, async (tx) => {
        const before = await getPost(tx, auth.institutionId, req.params.id);
        if (!before) throw notFound('职位', 'POST.NOT_FOUND');
        if (req.body.title) {
          const [dup] = await tx.select({ id: post.id }).from(post).where(and(eq(post.departmentId, before.departmentId), eq(post.title, req.body.title), ne(post.id, before.id)));
          if (dup) throw new AppError('POST.DUPLICATE', `本部门已有名为“${req.body.title}”的职位`, 409, { field: 'title' });
        }
        await tx.update(post).set(req.body).where(eq(post.id, before.id));
        return { result: { id: before.id }, audit: { action: 'post.update', entityType: 'post', entityId: before.id, before, after: req.body } };
      });
    },
  );

  app.post(
    '/api/tenures',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '任职（任命到职位）；任用非中共正式党员担任须由党员担任的职务时给出提醒', body: tenureCreate, response: { 201: appointed } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const result = await runCommand(db, req, async (tx) => {
        const p = await getPerson(tx, auth.institutionId, b.personId);
        if (!p) throw new AppError('PERSON.NOT_FOUND', '所选人员不存在', 400, { field: 'personId' });
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
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/tenures/:id/end',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '免职（结束任职，记录保留）', params: idParam, body: tenureEnd, response: { 200: created } } },
    async (req) => {
      const auth = req.auth!;
      return runCommand(db, req, async (tx) => {
        const [t] = await tx.select().from(tenure).where(and(eq(tenure.institutionId, auth.institutionId), eq(tenure.id, req.params.id)));
        if (!t) throw notFound('任职记录', 'TENURE.NOT_FOUND');
        if (t.endDate) throw new AppError('TENURE.ALREADY_ENDED', `该任职已于 ${t.endDate} 结束`, 409);
        if (req.body.endDate <= t.startDate) throw new AppError('TENURE.END_BEFORE_START', `免职日期应晚于任职日期 ${t.startDate}`, 400, { field: 'endDate' });
        await tx.update(tenure).set(req.body).where(eq(tenure.id, t.id));
        return { result: { id: t.id }, audit: { action: 'tenure.end', entityType: 'tenure', entityId: t.id, before: { endDate: null }, after: req.body } };
      });
    },
  );

  app.post(
    '/api/oversights',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '设置分管（联系）院领导', body: oversightCreate, response: { 201: created } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const id = await runCommand(db, req, async (tx) => {
        const d = await getDepartment(tx, auth.institutionId, b.departmentId);
        if (!d) throw new AppError('DEPARTMENT.NOT_FOUND', '所选部门不存在', 400, { field: 'departmentId' });
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
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/oversights/:id/end',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '结束分管（联系）关系', params: idParam, body: oversightEnd, response: { 200: created } } },
    async (req) => {
      const auth = req.auth!;
      return runCommand(db, req, async (tx) => {
        const [o] = await tx.select().from(oversight).where(and(eq(oversight.institutionId, auth.institutionId), eq(oversight.id, req.params.id)));
        if (!o) throw notFound('分管关系', 'OVERSIGHT.NOT_FOUND');
        if (o.endDate) throw new AppError('OVERSIGHT.ALREADY_ENDED', `该分管关系已于 ${o.endDate} 结束`, 409);
        if (req.body.endDate <= o.startDate) throw new AppError('OVERSIGHT.END_BEFORE_START', `结束日期应晚于开始日期 ${o.startDate}`, 400, { field: 'endDate' });
        await tx.update(oversight).set({ endDate: req.body.endDate }).where(eq(oversight.id, o.id));
        return { result: { id: o.id }, audit: { action: 'oversight.end', entityType: 'oversight', entityId: o.id, after: req.body } };
      });
    },
  );
};
