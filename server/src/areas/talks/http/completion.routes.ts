import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { person, talkSupervisionNote } from '../../../core/db/schema';
import { notify } from '../../../core/notifications/notify';
import { composeTalkReminder, owedByTalker } from '../rules/reminder';
import { citationName } from '../../../core/policy/citation-names';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { yearCompletion } from '../queries/completion';
import { idField } from '../../../core/http/ids';
import { talksPolicy } from '../policy';

const row = z.object({ required: z.number(), held: z.number(), done: z.number(), total: z.number(), behind: z.number(), percent: z.number() });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const completionRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/talks/completion',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '谈心谈话完成情况（第八条、第十一条）：按谈话人、按部门',
        querystring: yearQuery,
        response: {
          200: z.object({
            year: z.number(),
            asOf: z.string(),
            total: row,
            byRelation: z.array(row.extend({ relation: z.string(), citation: z.string().nullable(), perYear: z.number().nullable().describe('该谈话关系每年应谈的次数（按制度，未按比例折算）') })),
            byDepartment: z.array(row.extend({ departmentId: z.number(), name: z.string() })),
            byTalker: z.array(row.extend({ key: z.string(), label: z.string(), personIds: z.array(z.number()) })),
            missingResponsibility: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const { year, asOf, duties, completion: c } = await yearCompletion(db, packs, auth.institutionId, req.query.year);
      return { year, asOf, ...c, missingResponsibility: duties.filter((d) => d.key.startsWith('talk_responsibility:') && d.status !== 'done').length };
    },
  );

  app.get(
    '/api/talks/supervision-notes',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '对谈心谈话开展不到位的谈话人的提醒和批评教育记录（第十一条）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.array(z.object({ id: z.number(), talker: z.string(), kind: z.string(), note: z.string(), createdAt: z.string() })) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const rows = await db
        .select({ id: talkSupervisionNote.id, talker: person.name, kind: talkSupervisionNote.kind, note: talkSupervisionNote.note, createdAt: talkSupervisionNote.createdAt })
        .from(talkSupervisionNote)
        .innerJoin(person, eq(person.id, talkSupervisionNote.talkerPersonId))
        .where(and(eq(talkSupervisionNote.institutionId, auth.institutionId), eq(talkSupervisionNote.year, req.query.year)))
        .orderBy(desc(talkSupervisionNote.id));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },
  );

  app.post(
    '/api/talks/supervision-notes',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '记录对谈话人的提醒或批评教育（第十一条）',
        body: z.object({
          talkerPersonId: idField().describe('谈话人'),
          year: z.number().int().min(2000).max(2100).describe('年度'),
          kind: z.enum(['reminder', 'criticism'], '应为提醒或批评教育').describe('方式'),
          note: z.string().trim().min(4, '请写明具体情况（至少 4 个字）').max(1000).describe('情况'),
        }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const [p] = await db.select({ id: person.id }).from(person).where(and(eq(person.id, req.body.talkerPersonId), eq(person.institutionId, auth.institutionId)));
      if (!p) throw new AppError('TALK.UNKNOWN_PERSON', '所选谈话人不存在', 400, { field: 'talkerPersonId' });
      const id = await runCommand(db, req, async (tx) => {
        const [row] = await tx.insert(talkSupervisionNote).values({ ...req.body, institutionId: auth.institutionId, createdBy: auth.accountId }).returning({ id: talkSupervisionNote.id });
        return { result: row.id, audit: { action: 'talk.supervise', entityType: 'talk_supervision_note', entityId: row.id, after: req.body } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/talks/reminders',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '提醒谈心谈话开展不到位的谈话人（第十一条）',
        body: z.object({ year: z.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ sent: z.number(), skipped: z.number() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      if (req.body.year !== Number(today.slice(0, 4))) throw new AppError('TALK.REMIND_PAST_YEAR', '只能提醒本年度尚未完成的谈话', 400, { field: 'year' });
      const { duties } = await yearCompletion(db, packs, auth.institutionId, req.body.year);
      const { policy } = await policyFor(db, packs, auth.institutionId);
      const citation = policy.param(talksPolicy, 'talks.supervision', today).source.citation;
      const subjectIds = [...new Set(duties.flatMap((d) => (d.kind === 'talk_quota' && d.subjectPersonId !== undefined ? [d.subjectPersonId] : [])))];
      const names = new Map(
        subjectIds.length
          ? (await db.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, subjectIds)))).map((p) => [p.id, p.name])
          : [],
      );
      const owed = owedByTalker(duties, (id) => names.get(id) ?? `人员${id}`);
      return runCommand(db, req, async (tx) => {
        // One reminder a talker a day: the dedupe key drops a second one, and the record keeps only those sent.
        let sent = 0;
        let skipped = 0;
        const notes: (typeof talkSupervisionNote.$inferInsert)[] = [];
        for (const [talker, list] of owed) {
          const text = composeTalkReminder(req.body.year, list, citationName(packs, citation));
          const id = await notify(tx, {
            institutionId: auth.institutionId, recipientPersonId: talker, kind: 'talk_reminder', title: text.title, body: text.body,
            link: '/talks', citation, urgent: false, createdBy: auth.accountId, dedupeKey: `talk_reminder:${today}`,
          });
          if (id === null) {
            skipped++;
            continue;
          }
          sent++;
          notes.push({ institutionId: auth.institutionId, talkerPersonId: talker, year: req.body.year, kind: 'reminder', note: text.note, createdBy: auth.accountId });
        }
        // Listed in the page's 提醒和批评教育记录 (第十一条), one line per talker reminded.
        if (notes.length) await tx.insert(talkSupervisionNote).values(notes);
        return { result: { sent, skipped }, audit: { action: 'talk.remind', entityType: 'talk_reminder', entityId: req.body.year, after: { sent, skipped } } };
      });
    },
  );
};
