import { and, desc, eq, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, domainEvent, person, petition } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { refuseOwnCase } from '../../../core/http/own-case';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { clearedEvent, untrueReportEvent } from '../rules/events';
import { isoDate } from '../../../core/http/iso-date';
import { idParam } from '../../../core/http/ids';
import { applyPetition, owesClearance, PETITION_ACTION_LABELS, petitionDeadlines, PETITION_OUTCOME_LABELS, PETITION_STATUS_LABELS, type PetitionOutcome, type PetitionState, type PetitionStatus } from '../rules/clearance';
import { procedureError, rulesAndCalendar } from '../context';
import { applicantContext } from '../../sidelines';
import { nextId, seal, show } from '../../../core/db/sealed';
import { idField } from '../../../core/http/ids';

const reported = alias(person, 'reported');
const CHANNELS = ['letter', 'visit', 'phone', 'online', 'referral'] as const;
export const CHANNEL_LABELS: Record<string, string> = { letter: '来信', visit: '来访', phone: '电话', online: '网络举报', referral: '上级转办' };
const OUTCOMES = ['true', 'partly_true', 'untrue', 'mistaken', 'malicious'] as const;

const petitionOut = z.object({
  id: z.number(), receivedOn: z.string(), channel: z.string(), channelLabel: z.string(), reportedPersonId: z.number().nullable(), reportedName: z.string(),
  allegation: z.string(), anonymous: z.boolean(), reporterName: z.string().nullable(), reporterContact: z.string().nullable(), status: z.string(), statusLabel: z.string(),
  outcome: z.string().nullable(), outcomeLabel: z.string().nullable(), concludedOn: z.string().nullable(), conclusion: z.string().nullable(), disposition: z.string().nullable(),
  clearanceScope: z.string().nullable(), clearanceDetail: z.string().nullable(), clearedOn: z.string().nullable(), referredOn: z.string().nullable(), referralNote: z.string().nullable(),
  clearanceDue: z.string().nullable(), referralDue: z.string().nullable(), citation: z.string().nullable(),
});

/** 澄清保护: the register of reports (信访举报). The reporter's identity is in it, so only the discipline office may use it. */
export const petitionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  /** `viewer`: the person reading; reports about them are not shown to them (回避, and the reporter's protection). */
  const list = async (institutionId: number, viewer: number | null, id?: number) => {
    const today = todayIso();
    const { rules, cal } = await rulesAndCalendar(db, deps, institutionId, today);
    const rows = await db
      .select({ p: petition, reportedName: reported.name, deptName: department.name })
      .from(petition)
      .leftJoin(reported, eq(reported.id, petition.reportedPersonId))
      .leftJoin(department, eq(department.id, petition.reportedDepartmentId))
      .where(and(eq(petition.institutionId, institutionId), id ? eq(petition.id, id) : undefined, viewer !== null ? or(isNull(petition.reportedPersonId), ne(petition.reportedPersonId, viewer)) : undefined))
      .orderBy(desc(petition.receivedOn), desc(petition.id));
    return rows.map(({ p, reportedName, deptName }) => {
      const o = p.outcome as PetitionOutcome | null;
      return {
        ...p, reporterName: show(petition.reporterName, p.id, p.reporterName), reporterContact: show(petition.reporterContact, p.id, p.reporterContact), channelLabel: CHANNEL_LABELS[p.channel] ?? p.channel, reportedName: reportedName ?? deptName ?? '', statusLabel: PETITION_STATUS_LABELS[p.status as PetitionStatus] ?? p.status,
        outcomeLabel: o ? PETITION_OUTCOME_LABELS[o] : null,
        ...petitionDeadlines({ outcome: o, concludedOn: p.concludedOn }, { clearance: rules.clearanceDays.days, referral: rules.referralDays.days }, cal),
        citation: owesClearance(o) ? rules.clearance.scopesCitation : o && p.disposition ? rules.clearance.dispositionsCitation : null,
      };
    });
  };

  app.get(
    '/api/petitions',
    { config: { access: 'petition.manage' }, schema: { tags: ['tolerance'], summary: '信访举报登记与核查（举报人信息仅纪委可见）', response: { 200: z.array(petitionOut) } } },
    async (req) => list(req.auth!.institutionId, req.auth!.personId),
  );

  app.get(
    '/api/petitions/:id',
    { config: { access: 'petition.manage' }, schema: { tags: ['tolerance'], summary: '信访举报详情', params: idParam, response: { 200: petitionOut } } },
    async (req) => {
      const [p] = await list(req.auth!.institutionId, req.auth!.personId, req.params.id);
      if (!p) throw new AppError('PETITION.NOT_FOUND', '信访举报不存在或无权查看', 404);
      return p;
    },
  );

  app.post(
    '/api/petitions',
    {
      config: { access: 'petition.manage' },
      schema: {
        tags: ['tolerance'],
        summary: '登记信访举报',
        body: z.object({
          receivedOn: isoDate.describe('收到日期'),
          channel: z.enum(CHANNELS, '来源渠道不正确').describe('来源渠道'),
          reportedPersonId: idField('请选择被反映人').describe('被反映人'),
          allegation: z.string().trim().min(5, '请写明反映的问题（不少于 5 个字）').max(3000).describe('反映的问题'),
          anonymous: z.boolean().default(false).describe('匿名'),
          reporterName: z.string().trim().max(50).nullish().transform((v) => v || null).describe('举报人'),
          reporterContact: z.string().trim().max(100).nullish().transform((v) => v || null).describe('联系方式'),
        }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      if (b.receivedOn > todayIso()) throw new AppError('PETITION.FUTURE_DATE', '收到日期不能晚于今天', 400, { field: 'receivedOn' });
      refuseOwnCase(auth, [b.reportedPersonId], '登记反映本人问题的信访举报');
      if (!b.anonymous && !b.reporterName) throw new AppError('PETITION.REPORTER', '实名举报请填写举报人姓名，或勾选匿名', 400, { field: 'reporterName' });
      const [p] = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.reportedPersonId)));
      if (!p) throw new AppError('PETITION.PERSON', '被反映人不存在', 400, { field: 'reportedPersonId' });
      // The department the reported person serves in, for the department figures of the duties that follow.
      const reportedDepartmentId = (await applicantContext(db, auth.institutionId, p.id, b.receivedOn)).departmentId;
      const id = await runCommand(db, req, async (tx) => {
        const newId = await nextId(tx, petition);
        const reporter = { reporterName: seal(petition.reporterName, newId, b.anonymous ? null : b.reporterName), reporterContact: seal(petition.reporterContact, newId, b.anonymous ? null : b.reporterContact) };
        const [row] = await tx
          .insert(petition)
          .overridingSystemValue()
          .values({ ...b, ...reporter, id: newId, reportedDepartmentId, institutionId: auth.institutionId, createdBy: auth.accountId })
          .returning({ id: petition.id });
        // The audit keeps that a report was registered, not who made it.
        return { result: row.id, audit: { action: 'petition.create', entityType: 'petition', entityId: row.id, after: { receivedOn: b.receivedOn, channel: b.channel, reportedPersonId: b.reportedPersonId, anonymous: b.anonymous } } };
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/petitions/:id/actions',
    {
      config: { access: 'petition.manage' },
      schema: {
        tags: ['tolerance'],
        summary: '办理信访举报：核查、结论、澄清正名、移送诬告、办结',
        params: idParam,
        body: z.discriminatedUnion('action', [
          z.object({ action: z.literal('check'), on: isoDate }),
          z.object({
            action: z.literal('conclude'), on: isoDate, outcome: z.enum(OUTCOMES, '核查结论不正确'),
            conclusion: z.string().trim().min(5, '请写明核查结论（不少于 5 个字）').max(3000), disposition: z.string().nullish().transform((v) => v || null),
          }),
          z.object({ action: z.literal('clear'), on: isoDate, scope: z.string(), detail: z.string().trim().min(2, '请写明澄清的范围和方式').max(500) }),
          z.object({ action: z.literal('refer'), on: isoDate, note: z.string().trim().min(5, '请写明移送情况').max(1000) }),
          z.object({ action: z.literal('close'), on: isoDate }),
        ], { error: '办理事项不正确' }),
        response: { 200: z.object({ id: z.number(), status: z.string() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      try {
        return await runCommand(db, req, async (tx) => {
          const [p] = await tx.select().from(petition).where(and(eq(petition.institutionId, auth.institutionId), eq(petition.id, req.params.id))).for('update');
          if (!p) throw new AppError('PETITION.NOT_FOUND', '信访举报不存在或无权查看', 404);
          // 回避: the person reported on handles no step of the report about them.
          refuseOwnCase(auth, [p.reportedPersonId], `办理反映本人问题的信访举报（${PETITION_ACTION_LABELS[b.action]}）`);
          const state: PetitionState = { status: p.status as PetitionStatus, receivedOn: p.receivedOn, checkingSince: p.checkingSince, outcome: p.outcome as PetitionOutcome | null, concludedOn: p.concludedOn, clearedOn: p.clearedOn, referredOn: p.referredOn };
          const next = applyPetition(state, b.action, { on: b.on, outcome: b.action === 'conclude' ? b.outcome : undefined, disposition: b.action === 'conclude' ? b.disposition : undefined, scope: b.action === 'clear' ? b.scope : undefined }, rules.clearance, today);
          const set =
            b.action === 'check' ? { checkingSince: b.on }
            : b.action === 'conclude' ? { outcome: b.outcome, concludedOn: b.on, conclusion: b.conclusion, disposition: b.disposition }
            : b.action === 'clear' ? { clearedOn: b.on, clearanceScope: b.scope, clearanceDetail: b.detail }
            : b.action === 'refer' ? { referredOn: b.on, referralNote: b.note }
            : {};
          await tx.update(petition).set({ ...set, status: next.status }).where(eq(petition.id, p.id));
          // tongren-2016 三（一）: a cadre about whom a report was found untrue is a target for a prevention interview,
          // from the conclusion (the interview may be how they are cleared) and after the clearance.
          const untrue = b.action === 'conclude' ? untrueReportEvent(auth.institutionId, p, b.outcome, b.on) : null;
          if (untrue) await tx.insert(domainEvent).values(untrue);
          if (b.action === 'clear' && p.reportedPersonId) await tx.insert(domainEvent).values(clearedEvent(auth.institutionId, { id: p.id, reportedPersonId: p.reportedPersonId, outcome: p.outcome }, b.on, b.scope));
          return { result: { id: p.id, status: next.status }, audit: { action: `petition.${b.action}`, entityType: 'petition', entityId: p.id, before: { status: p.status }, after: { status: next.status, ...set } } };
        });
      } catch (e) {
        throw procedureError(e);
      }
    },
  );
};
