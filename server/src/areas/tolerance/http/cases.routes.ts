import { and, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { contains } from '../../../core/db/sql';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accountabilityCase, department, person, toleranceReview } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { refuseOwnCase } from '../../../core/http/own-case';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { advanceCase } from '../rules/case-stage';
import type { CaseStage } from '../rules/window';
import { applicantContext } from '../../sidelines';
import { idParam } from '../../../core/http/ids';
import { caseAdvance, caseCreate, caseListQuery, caseOut } from './tolerance.schema';
import { getCase, isSubject, listCases, maySeeCase, openAccountabilityCase, OPEN_STATUSES } from '../commands/cases';
import { CASE_ACTION_LABELS } from '../rules/case-stage';
import { procedureError, rulesAndCalendar } from '../context';

export const accountabilityCaseRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/accountability-cases',
    { config: { access: 'tolerance.read' }, schema: { tags: ['tolerance'], summary: '问责案件', querystring: caseListQuery, response: { 200: z.array(caseOut) } } },
    async (req) => {
      const { stage, q } = req.query;
      const matches = q
        ? or(
            contains(accountabilityCase.matter, q),
            inArray(accountabilityCase.subjectPersonId, db.select({ id: person.id }).from(person).where(contains(person.name, q))),
            inArray(accountabilityCase.subjectDepartmentId, db.select({ id: department.id }).from(department).where(contains(department.name, q))),
          )
        : undefined;
      return (await listCases(db, req.auth!.institutionId, and(stage ? eq(accountabilityCase.stage, stage) : undefined, matches))).reverse();
    },
  );

  app.get(
    '/api/accountability-cases/:id',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '问责案件详情', params: idParam, response: { 200: caseOut } } },
    async (req) => {
      const c = await getCase(db, req.auth!.institutionId, req.params.id);
      if (!maySeeCase(req.auth!, c)) throw new AppError('ACCOUNTABILITY.NOT_FOUND', '问责案件不存在或无权查看', 404);
      return c;
    },
  );

  app.post(
    '/api/accountability-cases',
    { config: { access: 'tolerance.handle' }, schema: { tags: ['tolerance'], summary: '登记问责案件（纪委、组织部）', body: caseCreate, response: { 201: caseOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      if (b.startedOn > today) throw new AppError('ACCOUNTABILITY.FUTURE_DATE', '启动问责程序日期不能晚于今天', 400, { field: 'startedOn' });
      if (b.subjectKind === 'person' && !b.subjectPersonId) throw new AppError('ACCOUNTABILITY.SUBJECT_REQUIRED', '请选择被问责人', 400, { field: 'subjectPersonId' });
      const unitChief = b.subjectKind === 'department' && auth.posts.some((p) => p.rank === 'middle_chief' && p.departmentId === b.subjectDepartmentId);
      refuseOwnCase(auth, [b.subjectKind === 'person' ? b.subjectPersonId : null, unitChief ? auth.personId : null], '登记对本人（本单位）的问责案件');
      if (b.subjectKind === 'department' && !b.subjectDepartmentId) throw new AppError('ACCOUNTABILITY.SUBJECT_REQUIRED', '请选择被问责单位', 400, { field: 'subjectDepartmentId' });
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, b.startedOn);
      const id = await runCommand(db, req, async (tx) => {
        const deptIds = [b.accountableDepartmentId, b.subjectKind === 'department' ? b.subjectDepartmentId! : undefined].filter((x): x is number => !!x);
        const depts = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), inArray(department.id, deptIds)));
        if (depts.length !== new Set(deptIds).size) throw new AppError('ACCOUNTABILITY.DEPARTMENT', '所选部门不存在', 400, { field: 'accountableDepartmentId' });
        let subjectDepartmentId = b.subjectKind === 'department' ? b.subjectDepartmentId : null;
        if (b.subjectKind === 'person') {
          const [p] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.subjectPersonId!)));
          if (!p) throw new AppError('ACCOUNTABILITY.PERSON', '所选人员不存在', 400, { field: 'subjectPersonId' });
          subjectDepartmentId = (await applicantContext(tx, auth.institutionId, p.id, b.startedOn)).departmentId;
        }
        const c = await openAccountabilityCase(tx, auth, rules, {
          subjectKind: b.subjectKind, subjectPersonId: b.subjectKind === 'person' ? b.subjectPersonId : null, subjectDepartmentId,
          accountableDepartmentId: b.accountableDepartmentId, matter: b.matter, startedOn: b.startedOn,
        });
        return { result: c.id, audit: { action: 'accountability.create', entityType: 'accountability_case', entityId: c.id, after: b } };
      });
      return reply.status(201).send(await getCase(db, auth.institutionId, id));
    },
  );

  app.post(
    '/api/accountability-cases/:id/advance',
    { config: { access: 'tolerance.handle' }, schema: { tags: ['tolerance'], summary: '问责案件进入下一阶段：调查、作出处理并实施、办结', params: idParam, body: caseAdvance, response: { 200: caseOut } } },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
      await runCommand(db, req, async (tx) => {
        const [c] = await tx.select().from(accountabilityCase).where(and(eq(accountabilityCase.institutionId, auth.institutionId), eq(accountabilityCase.id, req.params.id))).for('update');
        if (!c) throw new AppError('ACCOUNTABILITY.NOT_FOUND', '问责案件不存在或无权查看', 404);
        refuseOwnCase(auth, [c.subjectPersonId, isSubject(auth, c) ? auth.personId : null], `办理问责案件的“${CASE_ACTION_LABELS[b.action]}”`);
        const [determined] = await tx
          .select({ on: toleranceReview.decidedOn })
          .from(toleranceReview)
          .where(and(eq(toleranceReview.caseId, c.id), inArray(toleranceReview.status, ['decided', 'closed']), isNotNull(toleranceReview.decidedOn)))
          .orderBy(desc(toleranceReview.decidedOn))
          .limit(1);
        const open = await tx.select({ id: toleranceReview.id }).from(toleranceReview).where(and(eq(toleranceReview.caseId, c.id), inArray(toleranceReview.status, OPEN_STATUSES)));
        let stage: CaseStage;
        try {
          stage = advanceCase(
            { stage: c.stage as CaseStage, startedOn: c.startedOn, openReviews: open.length, investigatingSince: c.investigatingSince, carriedOutOn: c.carriedOutOn, determinedOn: determined?.on ?? null },
            b.action, b, today, rules.procedure.collectiveCitation,
          );
        } catch (e) {
          throw procedureError(e);
        }
        const set =
          b.action === 'investigate' ? { investigatingSince: b.on } : b.action === 'carry_out' ? { carriedOutOn: b.on, handling: b.handling } : { closedOn: b.on };
        await tx.update(accountabilityCase).set({ ...set, stage, updatedAt: new Date() }).where(eq(accountabilityCase.id, c.id));
        return { result: null, audit: { action: `accountability.${b.action}`, entityType: 'accountability_case', entityId: c.id, before: { stage: c.stage }, after: { stage, ...set } } };
      });
      return getCase(db, auth.institutionId, req.params.id);
    },
  );
};
