import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, oversight, person, post, tenure } from '../../../core/db/schema';
import { activeOn } from '../../../core/db/sql';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { getDepartment, oversightsOf } from '../queries/people.repository';
import { departmentCreate, departmentUpdate } from './people.schema';
import { idParam } from '../../../core/http/ids';
import { personOfTenure, postOfTenure } from '../../../core/db/joins';

const deptOut = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  sortOrder: z.number(),
  active: z.boolean(),
  headcount: z.number(),
  cadreCount: z.number(),
  leaders: z.array(z.object({ personId: z.number(), name: z.string() })),
});

export const departmentsRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/departments',
    { config: { access: 'roster.read' }, schema: { tags: ['people'], summary: '部门列表（含在岗人数、中层干部数、分管院领导）', response: { 200: z.array(deptOut) } } },
    async (req) => {
      const auth = req.auth!;
      const asOf = todayIso();
      const depts = await db.select().from(department).where(eq(department.institutionId, auth.institutionId)).orderBy(asc(department.sortOrder), asc(department.id));
      const counts = await db
        .select({
          departmentId: post.departmentId,
          headcount: sql<number>`count(DISTINCT ${tenure.personId})::int`,
          cadres: sql<number>`count(DISTINCT ${tenure.personId}) FILTER (WHERE ${post.rank} IN ('middle_chief','middle_deputy'))::int`,
        })
        .from(tenure)
        .innerJoin(post, postOfTenure)
        .where(and(eq(tenure.institutionId, auth.institutionId), activeOn(tenure.startDate, tenure.endDate, asOf)))
        .groupBy(post.departmentId);
      const byDept = new Map(counts.map((c) => [c.departmentId, c]));
      const ovs = await oversightsOf(db, auth.institutionId, activeOn(oversight.startDate, oversight.endDate, asOf));
      return depts.map((d) => ({
        id: d.id, code: d.code, name: d.name, kind: d.kind, sortOrder: d.sortOrder, active: d.active,
        headcount: byDept.get(d.id)?.headcount ?? 0,
        cadreCount: byDept.get(d.id)?.cadres ?? 0,
        leaders: ovs.filter((o) => o.departmentId === d.id).map((o) => ({ personId: o.leaderPersonId, name: o.leaderName })),
      }));
    },
  );

  app.get(
    '/api/departments/:id',
    {
      config: { access: 'roster.read' },
      schema: {
        tags: ['people'],
        summary: '部门详情：职位及在任人员、分管院领导',
        params: idParam,
        response: {
          200: deptOut.omit({ headcount: true, cadreCount: true, leaders: true }).extend({
            posts: z.array(
              z.object({
                id: z.number(), title: z.string(), rank: z.string(), isHead: z.boolean(), isKeyPost: z.boolean(), isHighRiskPost: z.boolean(), isDualRole: z.boolean(), active: z.boolean(),
                holders: z.array(z.object({ personId: z.number(), name: z.string(), tenureId: z.number(), startDate: z.string() })),
              }),
            ),
            oversights: z.array(z.object({ id: z.number(), leaderPersonId: z.number(), leaderName: z.string(), startDate: z.string(), endDate: z.string().nullable() })),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const asOf = todayIso();
      const d = await getDepartment(db, auth.institutionId, req.params.id);
      if (!d) throw notFound('部门', 'DEPARTMENT.NOT_FOUND');
      const posts = await db.select().from(post).where(eq(post.departmentId, d.id)).orderBy(asc(post.id));
      const holders = await db
        .select({ postId: tenure.postId, personId: person.id, name: person.name, tenureId: tenure.id, startDate: tenure.startDate })
        .from(tenure)
        .innerJoin(post, postOfTenure)
        .innerJoin(person, personOfTenure)
        .where(and(eq(post.departmentId, d.id), activeOn(tenure.startDate, tenure.endDate, asOf)))
        .orderBy(asc(tenure.startDate));
      const ovs = await oversightsOf(db, auth.institutionId, eq(oversight.departmentId, d.id));
      return {
        id: d.id, code: d.code, name: d.name, kind: d.kind, sortOrder: d.sortOrder, active: d.active,
        posts: posts
          .filter((p) => p.rank !== 'staff' || holders.some((h) => h.postId === p.id))
          .map((p) => ({
            id: p.id, title: p.title, rank: p.rank, isHead: p.isHead, isKeyPost: p.isKeyPost, isHighRiskPost: p.isHighRiskPost, isDualRole: p.isDualRole, active: p.active,
            holders: holders.filter((h) => h.postId === p.id).map(({ postId: _p, ...h }) => h),
          })),
        oversights: ovs.map((o) => ({ id: o.id, leaderPersonId: o.leaderPersonId, leaderName: o.leaderName, startDate: o.startDate, endDate: o.endDate })),
      };
    },
  );

  app.post(
    '/api/departments',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '新增部门', body: departmentCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const id = await runCommand(db, req, async (tx) => {
        const [dup] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), sql`(${department.code} = ${req.body.code} OR ${department.name} = ${req.body.name})`));
        if (dup) throw new AppError('DEPARTMENT.DUPLICATE', '部门编码或名称已存在', 409, { field: 'name' });
        const [row] = await tx.insert(department).values({ ...req.body, institutionId: auth.institutionId }).returning();
        return { result: row.id, audit: { action: 'department.create', entityType: 'department', entityId: row.id, after: req.body } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/departments/:id',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '修改部门', params: idParam, body: departmentUpdate, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      return runCommand(db, req, async (tx) => {
        const before = await getDepartment(tx, auth.institutionId, req.params.id);
        if (!before) throw notFound('部门', 'DEPARTMENT.NOT_FOUND');
        const { code, name } = req.body;
        if (code || name) {
          const [dup] = await tx
            .select({ id: department.id })
            .from(department)
            .where(and(eq(department.institutionId, auth.institutionId), ne(department.id, before.id), sql`(${department.code} = ${code ?? ''} OR ${department.name} = ${name ?? ''})`));
          if (dup) throw new AppError('DEPARTMENT.DUPLICATE', '部门编码或名称已存在', 409, { field: name ? 'name' : 'code' });
        }
        if (req.body.active === false) {
          const [held] = await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(tenure)
            .innerJoin(post, postOfTenure)
            .where(and(eq(post.departmentId, before.id), isNull(tenure.endDate)));
          if (held.n > 0) throw new AppError('DEPARTMENT.HAS_STAFF', `该部门仍有 ${held.n} 人在岗，请先办理调动或免职后再撤销`, 409, { field: 'active' });
        }
        await tx.update(department).set(req.body).where(eq(department.id, before.id));
        return { result: { id: before.id }, audit: { action: 'department.update', entityType: 'department', entityId: before.id, before, after: req.body } };
      });
    },
  );
};
