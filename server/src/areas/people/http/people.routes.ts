import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { todayIso } from '../../../core/shared/dates';
import { currentPostsByPerson, listPersons, oversightsOf, tenuresOf, visiblePerson } from '../queries/people.repository';
import { idParam } from '../../../core/http/ids';
import { writeAudit } from '../../../core/audit/audit.writer';
import { incentivesPolicy } from '../../incentives';
import { maskedQuery, personCreate, personListQuery, personOut, personUpdate } from './people.schema';
import { mayRevealPersonalData, presentPerson } from '../queries/people.presenter';
import { mayPerson } from '../access';
import { addPerson } from '../commands/add-person';
import { updatePerson } from '../commands/update-person';
import { dutiesFor } from '../../../core/duties/duties.service';
import { dutyOut, presentDuty } from '../../../core/duties/duties.schema';

/** Persons the caller may see; others are answered as not found, so their existence is not disclosed. */
export const peopleRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db, packs } = deps;
  app.get(
    '/api/persons',
    {
      config: { access: 'roster.read' },
      schema: { tags: ['people'], summary: '人员列表', querystring: personListQuery, response: { 200: z.object({ total: z.number(), items: z.array(personOut) }) } },
    },
    async (req) => {
      const auth = req.auth!;
      const asOf = todayIso();
      const { policy } = await policyFor(db, packs, auth.institutionId, auth.factsVersion);
      const { total, rows } = await listPersons(db, auth.institutionId, auth.scope, req.query, asOf);
      const posts = currentPostsByPerson(await tenuresOf(db, auth.institutionId, rows.map((r) => r.id)), asOf, policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf));
      return { total, items: rows.map((r) => presentPerson(r, posts.get(r.id) ?? [], auth, { masked: req.query.masked === 'true' })) };
    },
  );

  app.get(
    '/api/persons/:id',
    {
      config: { access: 'roster.read' },
      schema: {
        tags: ['people'],
        summary: '人员详情：任职经历、分管部门、相关应办事项',
        params: idParam,
        querystring: z.object({
          masked: maskedQuery.describe('true：身份证号和手机号打码（人员页面如此调用，点击查看另行留痕）；不传时同以往：维护花名册者见完整身份证号'),
        }),
        response: {
          200: personOut.extend({
            mayReveal: z.boolean().describe('可否查看完整的身份证号和手机号（点击查看，记入审计日志）'),
            tenures: z.array(
              z.object({
                id: z.number(), postId: z.number(), title: z.string(), rank: z.string(), departmentId: z.number(), departmentName: z.string(),
                startDate: z.string(), endDate: z.string().nullable(), appointDocNo: z.string().nullable(), appointReason: z.string().nullable(),
                endDocNo: z.string().nullable(), endReason: z.string().nullable(),
              }),
            ),
            oversights: z.array(z.object({ id: z.number(), departmentId: z.number(), departmentName: z.string(), startDate: z.string(), endDate: z.string().nullable() })),
            duties: z.array(dutyOut),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const asOf = todayIso();
      const p = await visiblePerson(db, auth, req.params.id, asOf);
      const { policy } = await policyFor(db, packs, auth.institutionId);
      const tenures = await tenuresOf(db, auth.institutionId, [p.id]);
      const current = currentPostsByPerson(tenures, asOf, policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf)).get(p.id) ?? [];
      const ovs = await oversightsOf(db, auth.institutionId, eq(person.id, p.id));
      const duties = mayPerson(auth, 'seeDuties', p) ? (await dutiesFor(db, packs, auth.institutionId, asOf)).duties.filter((d) => d.subjectPersonId === p.id) : [];
      // The page asks for the numbers masked; a client asking as before gets them as before, and a full ID read is audited.
      const masked = req.query.masked === 'true';
      if (!masked && mayPerson(auth, 'seeIdNumber', p) && auth.personId !== p.id)
        await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'person.personal_data.view', entityType: 'person', entityId: p.id, ip: req.ip, outcome: 'success', detail: { fields: ['idNumber'], via: 'api' } });
      return {
        ...presentPerson(p, current, auth, { masked }),
        mayReveal: mayRevealPersonalData(auth, p.id),
        tenures: [...tenures].reverse().map((t) => ({
          id: t.id, postId: t.postId, title: t.title, rank: t.rank, departmentId: t.departmentId, departmentName: t.departmentName,
          startDate: t.startDate, endDate: t.endDate, appointDocNo: t.appointDocNo, appointReason: t.appointReason, endDocNo: t.endDocNo, endReason: t.endReason,
        })),
        oversights: ovs.map((o) => ({ id: o.id, departmentId: o.departmentId, departmentName: o.departmentName, startDate: o.startDate, endDate: o.endDate })),
        duties: duties.map(presentDuty),
      };
    },
  );

  app.post(
    '/api/persons',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '新增人员', body: personCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await addPerson(deps, req, req.body) }),
  );

  app.patch(
    '/api/persons/:id',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '修改人员信息', params: idParam, body: personUpdate, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => updatePerson(deps, req, req.params.id, req.body),
  );
};
