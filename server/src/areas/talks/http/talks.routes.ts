import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { person, talk, talkAssignment, talkParticipant } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';
import type { AuthContext } from '../../../core/auth/context';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { runCommand } from '../../../core/http/command';
import { writeAudit } from '../../../core/audit/audit.writer';
import { AppError } from '../../../core/shared/errors';
import { addYears, todayIso } from '../../../core/shared/dates';
import { checkTalk } from '../rules/talk-rules';
import { loadTalkRoster } from '../facts';
import { idParam } from '../../../core/http/ids';
import { nextId, seal } from '../../../core/db/sealed';
import { involving, listTalks, refuseDuplicate, mayReadNotes, presentTalk, seesAllTalks, visibleTalk } from '../queries/talks.repository';
import { assignmentCreate, talkCreate, talkHold, talkListQuery, talkOut, warningOut } from './talks.schema';
import { talksPolicy } from '../policy';
import type { PolicyKey } from '../../../core/policy/policy-keys';

type Warning = z.infer<typeof warningOut>;

/** The people a talk names, read once; checked per field in the order of the form. */
async function assertPersons(ex: Executor, institutionId: number, groups: { ids: number[]; field: string; activeOnly: boolean }[]) {
  const all = [...new Set(groups.flatMap((g) => g.ids))];
  const rows = await ex.select({ id: person.id, status: person.status, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, all)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const { ids, field, activeOnly } of groups) {
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) throw new AppError('TALK.UNKNOWN_PERSON', `所选人员不存在（编号 ${missing.join('、')}）`, 400, { field });
    const inactive = activeOnly ? ids.map((id) => byId.get(id)!).filter((r) => r.status !== 'active') : [];
    if (inactive.length) throw new AppError('TALK.INACTIVE_PERSON', `${inactive.map((r) => r.name).join('、')}已不在职，不能作为谈话人`, 400, { field });
  }
}

/** 第六条: for each subject, whether one of the talkers is responsible for them (or was named by the organization department). */
async function responsibilityWarnings(ex: Executor, policy: EffectivePolicy, auth: AuthContext, talkerIds: number[], subjectIds: number[], asOf: string): Promise<Warning[]> {
  // Only the roster: the year's talks and occasions are not needed to know who is responsible.
  const roster = await loadTalkRoster(ex, auth.institutionId, asOf, policy, { forSubjects: subjectIds });
  const resp = new Map(roster.responsibilities.map((r) => [r.subjectId, r]));
  const article = policy.param(talksPolicy, 'talks.responsibility', asOf).source.citation ?? undefined;
  return subjectIds
    .filter((s) => !resp.get(s)?.talkerIds.some((t) => talkerIds.includes(t)))
    .map((s) => ({
      code: 'TALK.NOT_RESPONSIBLE',
      message: `谈话人不负责与${roster.names.get(s) ?? '该对象'}谈心谈话，本次谈话已保存，但不计入年度谈话次数；如属特殊情况，请党委组织部指定谈话人`,
      article,
    }));
}

export const talksRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/talks',
    { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: '谈心谈话记录', querystring: talkListQuery, response: { 200: z.object({ total: z.number(), items: z.array(talkOut) }) } } },
    async (req) => {
      const auth = req.auth!;
      const q = req.query;
      const all = q.scope === 'all' && seesAllTalks(auth);
      if (!all && auth.personId === null) return { total: 0, items: [] };
      const { total, rows } = await listTalks(
        db,
        auth.institutionId,
        [
          all ? undefined : involving(auth.personId!),
          q.personId ? involving(q.personId) : undefined,
          q.year ? sql`EXTRACT(YEAR FROM ${talk.talkDate}) = ${q.year}` : undefined,
          q.kind ? eq(talk.kind, q.kind) : undefined,
          q.status ? eq(talk.status, q.status) : undefined,
        ],
        q.page,
        q.pageSize,
      );
      return { total, items: rows.map((t) => presentTalk(t, auth)) };
    },
  );

  app.get(
    '/api/talks/:id',
    { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: '谈话详情（内容要点仅谈话人、组织部、党委书记可见，查看留痕）', params: idParam, response: { 200: talkOut } } },
    async (req) => {
      const auth = req.auth!;
      const t = await visibleTalk(db, auth, req.params.id);
      if (mayReadNotes(auth, t) && (t.keyPoints || t.preparationNotes))
        await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'talk.read_notes', entityType: 'talk', entityId: t.id, ip: req.ip, outcome: 'success' });
      return presentTalk(t, auth);
    },
  );

  app.post(
    '/api/talks',
    {
      config: { access: 'talk.record' },
      schema: { tags: ['talks'], summary: '登记谈话（已谈或计划）', body: talkCreate, response: { 201: z.object({ id: z.number(), warnings: z.array(warningOut) }) } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { policy } = await policyFor(db, deps.packs, auth.institutionId, auth.factsVersion);
      const cite = (k: PolicyKey<typeof talksPolicy>) => policy.param(talksPolicy, k, today).source.citation;
      const problems = checkTalk(b, today, { record: cite('talks.record_required_fields'), forms: cite('talks.forms') });
      if (problems.length) throw new AppError(problems[0].code, problems[0].message, 400, { field: problems[0].field, article: problems[0].article });
      const earliest = `${Number(today.slice(0, 4)) - 1}-01-01`;
      if (b.talkDate < earliest) throw new AppError('TALK.DATE_OUT_OF_RANGE', `谈话日期早于 ${earliest}，超出可补录的范围（本年和上一年）`, 400, { field: 'talkDate' });
      if (b.talkDate > addYears(today, 1)) throw new AppError('TALK.DATE_OUT_OF_RANGE', '计划谈话的日期不能超过一年以后', 400, { field: 'talkDate' });
      if (!auth.roles.includes('org') && (auth.personId === null || !b.talkerIds.includes(auth.personId)))
        throw new AppError('TALK.NOT_A_TALKER', '只能登记本人作为谈话人的谈话；代他人登记请联系党委组织部', 403, { field: 'talkerIds' });
      // The checks below read independent facts: they run at once (a failing check still decides the answer).
      const warningsLoading = responsibilityWarnings(db, policy, auth, b.talkerIds, b.subjectIds, today);
      warningsLoading.catch(() => undefined);
      const persons = assertPersons(db, auth.institutionId, [
        { ids: b.talkerIds, field: 'talkerIds', activeOnly: true },
        { ids: b.subjectIds, field: 'subjectIds', activeOnly: false },
        { ids: b.recorderPersonId ? [b.recorderPersonId] : [], field: 'recorderPersonId', activeOnly: true },
      ]);
      persons.catch(() => undefined);
      await persons;
      const warnings = await warningsLoading;
      const id = await runCommand(db, req, async (tx) => {
        if (!b.confirmDuplicate) await refuseDuplicate(tx, auth.institutionId, b);
        const { talkerIds, subjectIds, confirmDuplicate: _c, ...fields } = b;
        const newId = await nextId(tx, talk);
        const notes = { keyPoints: seal(talk.keyPoints, newId, fields.keyPoints), preparationNotes: seal(talk.preparationNotes, newId, fields.preparationNotes), followUps: seal(talk.followUps, newId, fields.followUps) };
        const values = { ...fields, ...notes, id: newId, institutionId: auth.institutionId, recorderPersonId: b.recorderPersonId ?? auth.personId, createdBy: auth.accountId };
        const [row] = await tx.insert(talk).overridingSystemValue().values(values).returning({ id: talk.id });
        await tx.insert(talkParticipant).values([...talkerIds.map((personId) => ({ talkId: row.id, personId, role: 'talker' })), ...subjectIds.map((personId) => ({ talkId: row.id, personId, role: 'subject' }))]);
        return {
          result: row.id,
          audit: { action: b.status === 'held' ? 'talk.record' : 'talk.schedule', entityType: 'talk', entityId: row.id, after: { kind: b.kind, form: b.form, talkDate: b.talkDate, talkerIds, subjectIds, warnings: warnings.map((w) => w.code) } },
        };
      });
      return reply.status(201).send({ id, warnings });
    },
  );

  app.post(
    '/api/talks/:id/hold',
    { config: { access: 'talk.record' }, schema: { tags: ['talks'], summary: '计划谈话已谈：补记时间、地点、内容要点', params: idParam, body: talkHold, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const t = await visibleTalk(db, auth, req.params.id);
      if (!auth.roles.includes('org') && !t.talkers.some((p) => p.id === auth.personId)) throw new AppError('TALK.NOT_A_TALKER', '只有谈话人或党委组织部可以登记谈话结果', 403);
      if (t.status !== 'scheduled') throw new AppError('TALK.NOT_SCHEDULED', t.status === 'held' ? '该谈话已登记为已谈' : '该谈话已取消', 409);
      if (req.body.talkDate > today) throw new AppError('TALK.HELD_IN_FUTURE', `谈话日期 ${req.body.talkDate} 在今天之后，不能登记为已谈`, 400, { field: 'talkDate' });
      return runCommand(db, req, async (tx) => {
        const notes = { keyPoints: seal(talk.keyPoints, t.id, req.body.keyPoints), followUps: seal(talk.followUps, t.id, req.body.followUps) };
        await tx.update(talk).set({ ...req.body, ...notes, status: 'held', updatedAt: new Date() }).where(eq(talk.id, t.id));
        return { result: { id: t.id }, audit: { action: 'talk.hold', entityType: 'talk', entityId: t.id, before: { status: 'scheduled', talkDate: t.talkDate }, after: { status: 'held', talkDate: req.body.talkDate } } };
      });
    },
  );

  app.post(
    '/api/talks/:id/cancel',
    { config: { access: 'talk.record' }, schema: { tags: ['talks'], summary: '取消计划谈话', params: idParam, body: z.object({ reason: z.string().trim().min(2, '请写明取消原因').max(200).describe('取消原因') }), response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const t = await visibleTalk(db, auth, req.params.id);
      if (!auth.roles.includes('org') && !t.talkers.some((p) => p.id === auth.personId)) throw new AppError('TALK.NOT_A_TALKER', '只有谈话人或党委组织部可以取消谈话', 403);
      if (t.status !== 'scheduled') throw new AppError('TALK.NOT_SCHEDULED', '只有计划中的谈话可以取消；已谈的记录不能删除', 409);
      return runCommand(db, req, async (tx) => {
        await tx.update(talk).set({ status: 'cancelled', updatedAt: new Date() }).where(eq(talk.id, t.id));
        return { result: { id: t.id }, audit: { action: 'talk.cancel', entityType: 'talk', entityId: t.id, after: { reason: req.body.reason } } };
      });
    },
  );

  app.get(
    '/api/talk-assignments',
    {
      config: { access: 'talk.assign' },
      schema: {
        tags: ['talks'],
        summary: '组织部指定的谈话人（第六条 特殊情况）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.array(z.object({ id: z.number(), talker: z.object({ id: z.number(), name: z.string() }), subject: z.object({ id: z.number(), name: z.string() }), year: z.number(), reason: z.string() })) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const rows = await db.select().from(talkAssignment).where(and(eq(talkAssignment.institutionId, auth.institutionId), eq(talkAssignment.year, req.query.year)));
      const ids = [...new Set(rows.flatMap((r) => [r.talkerPersonId, r.subjectPersonId]))];
      const names = ids.length ? await db.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, ids)) : [];
      const ref = (id: number) => ({ id, name: names.find((n) => n.id === id)?.name ?? '' });
      return rows.map((r) => ({ id: r.id, talker: ref(r.talkerPersonId), subject: ref(r.subjectPersonId), year: r.year, reason: r.reason }));
    },
  );

  app.post(
    '/api/talk-assignments',
    { config: { access: 'talk.assign' }, schema: { tags: ['talks'], summary: '指定谈话人', body: assignmentCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      if (b.talkerPersonId === b.subjectPersonId) throw new AppError('TALK.SELF', '谈话人与谈话对象不能是同一人', 400, { field: 'talkerPersonId' });
      await assertPersons(db, auth.institutionId, [
        { ids: [b.talkerPersonId], field: 'talkerPersonId', activeOnly: true },
        { ids: [b.subjectPersonId], field: 'subjectPersonId', activeOnly: true },
      ]);
      const id = await runCommand(db, req, async (tx) => {
        const [dup] = await tx.select({ id: talkAssignment.id }).from(talkAssignment).where(and(eq(talkAssignment.institutionId, auth.institutionId), eq(talkAssignment.subjectPersonId, b.subjectPersonId), eq(talkAssignment.year, b.year)));
        if (dup) throw new AppError('TALK.ASSIGNMENT_EXISTS', `${b.year} 年已为该对象指定了谈话人`, 409, { field: 'subjectPersonId' });
        const [row] = await tx.insert(talkAssignment).values({ ...b, institutionId: auth.institutionId, createdBy: auth.accountId }).returning();
        return { result: row.id, audit: { action: 'talk.assign', entityType: 'talk_assignment', entityId: row.id, after: b } };
      });
      return reply.status(201).send({ id });
    },
  );
};
