import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { person, talkOccasion } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { addDays, todayIso } from '../../../core/shared/dates';
import { isoDate } from '../../../core/http/iso-date';
import { policyFor } from '../../../core/services/policy.service';
import { registerTalkOccasion } from '../commands/occasions';
import { idField } from '../../../core/http/ids';
import { talksPolicy } from '../policy';

const ORG_KINDS = ['deviation', 'major_event', 'team_conflict', 'weak_appraisal', 'tendency', 'life_meeting', 'major_project'] as const;

export const occasionsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  app.post(
    '/api/talk-occasions',
    {
      config: { access: 'talk.assign' },
      schema: {
        tags: ['talks'],
        summary: '登记需要谈心谈话的情形（第五条）',
        body: z
          .object({
            kind: z.enum(ORG_KINDS, '情形取值不正确').describe('情形'),
            subjectPersonId: idField().nullish().transform((v) => v ?? null).describe('谈话对象'),
            occasionDate: isoDate.describe('发生日期'),
            note: z.string().trim().min(4, '请简要写明情况（至少 4 个字）').max(500).describe('情况说明'),
          })
          .refine((b) => b.kind === 'life_meeting' || b.subjectPersonId !== null, { message: '请选择谈话对象', path: ['subjectPersonId'] }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      if (b.kind !== 'life_meeting' && b.occasionDate > today) throw new AppError('TALK.OCCASION_IN_FUTURE', '情形发生日期不能晚于今天', 400, { field: 'occasionDate' });
      if (b.occasionDate < addDays(today, -365)) throw new AppError('TALK.OCCASION_TOO_OLD', '只能登记一年以内发生的情形', 400, { field: 'occasionDate' });
      if (b.subjectPersonId) {
        const [p] = await db.select({ id: person.id }).from(person).where(and(eq(person.id, b.subjectPersonId), eq(person.institutionId, auth.institutionId)));
        if (!p) throw new AppError('TALK.UNKNOWN_PERSON', '所选人员不存在', 400, { field: 'subjectPersonId' });
      }
      const id = await runCommand(db, req, async (tx) => {
        const id = await registerTalkOccasion(tx, { ...b, subjectPersonId: b.kind === 'life_meeting' ? null : b.subjectPersonId, institutionId: auth.institutionId, source: 'org', createdBy: auth.accountId });
        return { result: id, audit: { action: 'talk.occasion', entityType: 'talk_occasion', entityId: id, after: b } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/talk-occasions/request',
    {
      config: { access: 'talk.record' },
      schema: {
        tags: ['talks'],
        summary: '申请谈心谈话（第五条（七）干部职工主动要求）',
        body: z.object({ note: z.string().trim().min(2, '请简要写明想谈的内容').max(500).describe('想谈的内容') }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      if (auth.personId === null) throw new AppError('TALK.NO_PERSON', '该账号未关联人员，不能申请谈心谈话', 400);
      const today = todayIso();
      const { policy } = await policyFor(db, deps.packs, auth.institutionId);
      const repeatDays = policy.value(talksPolicy, 'talks.own_request_repeat_days', today);
      const [open] = await db
        .select({ id: talkOccasion.id })
        .from(talkOccasion)
        .where(and(eq(talkOccasion.institutionId, auth.institutionId), eq(talkOccasion.kind, 'own_request'), eq(talkOccasion.subjectPersonId, auth.personId), gte(talkOccasion.occasionDate, addDays(today, -repeatDays))));
      if (open) throw new AppError('TALK.REQUEST_PENDING', `您在 ${repeatDays} 天内已提出过谈心谈话申请，谈话责任人会尽快安排`, 409);
      const id = await runCommand(db, req, async (tx) => {
        const id = await registerTalkOccasion(tx, { institutionId: auth.institutionId, kind: 'own_request', subjectPersonId: auth.personId, occasionDate: today, note: req.body.note, source: 'self', createdBy: auth.accountId });
        return { result: id, audit: { action: 'talk.request', entityType: 'talk_occasion', entityId: id } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/talk-occasions',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '已登记的谈话情形',
        response: { 200: z.array(z.object({ id: z.number(), kind: z.string(), subject: z.string().nullable(), occasionDate: z.string(), note: z.string(), source: z.string() })) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const rows = await db.select().from(talkOccasion).where(eq(talkOccasion.institutionId, auth.institutionId)).orderBy(desc(talkOccasion.occasionDate)).limit(200);
      const ids = rows.map((r) => r.subjectPersonId).filter((x): x is number => x !== null);
      const names = ids.length ? await db.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, ids)) : [];
      // Own requests carry the person's words: the organization department sees that one was made, not its text.
      return rows.map((r) => ({
        id: r.id, kind: r.kind, subject: names.find((n) => n.id === r.subjectPersonId)?.name ?? null, occasionDate: r.occasionDate,
        note: r.kind === 'own_request' ? '（本人申请）' : r.note, source: r.source,
      }));
    },
  );
};
