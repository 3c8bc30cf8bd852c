import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { getDepartment } from '../queries/people.repository';
import { departmentDetail, departmentList } from '../queries/departments';
import { authorizePerson } from '../access';
import { addDepartment } from '../commands/add-department';
import { updateDepartment } from '../commands/update-department';
import { departmentCreate, departmentUpdate } from './people.schema';
import { idParam } from '../../../core/http/ids';

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

export const departmentsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  app.get(
    '/api/departments',
    { config: { access: 'roster.read' }, schema: { tags: ['people'], summary: '部门列表（含在岗人数、中层干部数、分管院领导）', response: { 200: z.array(deptOut) } } },
    async (req) => departmentList(db, req.auth!.institutionId, todayIso()),
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
      const d = await getDepartment(db, auth.institutionId, req.params.id);
      if (!d) throw notFound('部门', 'DEPARTMENT.NOT_FOUND');
      authorizePerson(auth, 'seeDepartment', d);
      return departmentDetail(db, auth.institutionId, d, todayIso());
    },
  );

  app.post(
    '/api/departments',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '新增部门', body: departmentCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await addDepartment(deps, req, req.body) }),
  );

  app.patch(
    '/api/departments/:id',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '修改部门', params: idParam, body: departmentUpdate, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => updateDepartment(deps, req, req.params.id, req.body),
  );
};
