import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Executor } from '../../../core/db/client';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { ID_NUMBER_MESSAGES, parseIdNumber } from '../rules/id-number';
import { currentPostsByPerson, getPerson, listPersons, oversightsOf, tenuresOf, visiblePerson } from '../queries/people.repository';
import { idParam } from '../../../core/http/ids';
import { writeAudit } from '../../../core/audit/audit.writer';
import { incentivesPolicy } from '../../incentives';
import { personCreate, personListQuery, personOut, personUpdate } from './people.schema';
import { idNumberOf, mayRevealPersonalData, presentPerson } from '../queries/people.presenter';
import { retirePerson } from '../commands/retirement';
import { isUnreadable, nextId, seal, UNREADABLE } from '../../../core/db/sealed';
import { dutiesFor } from '../../../core/duties/duties.service';
import { dutyOut, presentDuty } from '../../../core/duties/duties.schema';

import { idNumberIndex, withIdNumberIndex } from '../../../core/db/blind-indexes';


async function assertUnique(ex: Executor, institutionId: number, v: { staffNo?: string; idNumber?: string }, exceptId?: number) {
  const except = exceptId ? ne(person.id, exceptId) : undefined;
  if (v.staffNo) {
    const [dup] = await ex.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), eq(person.staffNo, v.staffNo), except));
    if (dup) throw new AppError('PERSON.DUPLICATE_STAFF_NO', `工号 ${v.staffNo} 已被 ${dup.name} 使用`, 409, { field: 'staffNo' });
  }
  if (v.idNumber) {
    const [dup] = await ex.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), eq(person.idNumberIndex, idNumberIndex(v.idNumber)), except));
    if (dup) throw new AppError('PERSON.DUPLICATE_ID_NUMBER', `该身份证号已登记在 ${dup.name} 名下`, 409, { field: 'idNumber' });
  }
}

/** Persons the caller may see; others are answered as not found, so their existence is not disclosed. */
export const peopleRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
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
      return { total, items: rows.map((r) => presentPerson(r, posts.get(r.id) ?? [], auth)) };
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
          masked: z.enum(['true', 'false'], '应为 true 或 false').optional().describe('true：身份证号和手机号打码（人员页面如此调用，点击查看另行留痕）；不传时同以往：维护花名册者见完整身份证号'),
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
      const mayseeDuties = auth.permissions.has('duty.dashboard') || auth.personId === p.id;
      const duties = mayseeDuties ? (await dutiesFor(db, packs, auth.institutionId, asOf)).duties.filter((d) => d.subjectPersonId === p.id) : [];
      // The page asks for the numbers masked; a client asking as before gets them as before, and a full ID read is audited.
      const masked = req.query.masked === 'true';
      if (!masked && auth.permissions.has('roster.write') && auth.personId !== p.id)
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
    async (req, reply) => {
      const auth = req.auth!;
      const body = req.body;
      const id = await runCommand(db, req, async (tx) => {
        await assertUnique(tx, auth.institutionId, body);
        const newId = await nextId(tx, person);
        const values = { ...withIdNumberIndex(body), id: newId, idNumber: seal(person.idNumber, newId, body.idNumber), phone: body.phone ?? null, institutionId: auth.institutionId };
        const [row] = await tx.insert(person).overridingSystemValue().values(values).returning({ id: person.id });
        return { result: row.id, audit: { action: 'person.create', entityType: 'person', entityId: row.id, after: { ...body, idNumber: '(已记录)' } } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/persons/:id',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '修改人员信息', params: idParam, body: personUpdate, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const { retiredOn, retirementDocNo, ...fields } = req.body;
      return runCommand(db, req, async (tx) => {
        const before = await getPerson(tx, auth.institutionId, req.params.id);
        if (!before) throw notFound('人员', 'PERSON.NOT_FOUND');
        const retiring = fields.status === 'retired' && before.status !== 'retired';
        if (retiredOn && !retiring) throw new AppError('PERSON.RETIRED_ON_UNUSED', '退休日期：只在将状态改为退休时填写', 400, { field: 'retiredOn' });
        const stored = idNumberOf(before);
        if (fields.idNumber?.includes(UNREADABLE) || (fields.idNumber === undefined && isUnreadable(stored))) {
          throw new AppError('FIELD.INTEGRITY', '身份证号：原有内容无法读取（完整性校验失败），请重新填写身份证号后保存', 400, { field: 'idNumber' });
        }
        const merged = { ...before, idNumber: stored, ...fields };
        const parsed = parseIdNumber(merged.idNumber);
        if (!parsed.ok) throw new AppError('VALIDATION.INVALID', `身份证号：${ID_NUMBER_MESSAGES[parsed.problem]}`, 400, { field: 'idNumber' });
        if (parsed.info.birthDate !== merged.birthDate) throw new AppError('VALIDATION.INVALID', `出生日期：与身份证号中的出生日期 ${parsed.info.birthDate} 不一致`, 400, { field: 'birthDate' });
        if (parsed.info.gender !== merged.gender) throw new AppError('VALIDATION.INVALID', '性别：与身份证号所示性别不一致', 400, { field: 'gender' });
        await assertUnique(tx, auth.institutionId, fields, before.id);
        // Retiring ends the posts and oversights held on the date, in this same audited change (the retirement talk follows from it).
        const retirement = retiring ? await retirePerson(tx, auth.institutionId, { id: before.id, hireDate: merged.hireDate }, retiredOn, retirementDocNo ?? null, todayIso()) : null;
        await tx.update(person).set({ ...withIdNumberIndex(fields), idNumber: seal(person.idNumber, before.id, fields.idNumber), updatedAt: new Date() }).where(eq(person.id, before.id));
        const changed = Object.fromEntries(
          Object.keys(fields).map((k) => [k, k === 'idNumber' ? '(已修改)' : [before[k as keyof typeof before], fields[k as keyof typeof fields]]]),
        );
        return { result: { id: before.id }, audit: { action: 'person.update', entityType: 'person', entityId: before.id, before: { name: before.name }, after: retirement ? { ...changed, retirement } : changed } };
      });
    },
  );
};
