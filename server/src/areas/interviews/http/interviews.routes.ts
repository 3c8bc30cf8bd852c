import { tell } from '../../../core/reminders/tell';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, interview, interviewPlan, interviewTarget, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { writeAudit } from '../../../core/audit/audit.writer';
import { decodeUpload, sendFile, storeFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { idParam } from '../../../core/http/ids';
import { checkClose, checkForm, checkLead, checkPlanApproved } from '../rules/guards';
import { ORGANIZER_LABELS } from '../rules/organizer';
import { planInterview } from '../rules/plan';
import type { Material } from '../rules/rules';
import { toleranceRules } from '../../tolerance';
import { openAccountabilityCase } from '../../tolerance';
import { interviewContext, leadContext, ruleError } from '../context';
import { interviewAction, interviewCreate, interviewQuery, materialUpload, type InterviewAction } from './interviews.schema';
import { getInterview, headsDepartment, interviewAccess, loadInterviews, presentInterview } from '../queries/interviews';
import { interviewOut } from './interviews.out';
import { nextId, seal } from '../../../core/db/sealed';
import { idQuery } from '../../../core/http/ids';
import { refuseOwnCase } from '../../../core/http/own-case';

const targetParam = z.object({ id: idQuery(), targetId: idQuery() });

/** 回避: each step of an interview as refused to its own subject. */
const OWN_STEP: Record<InterviewAction['action'], string> = {
  hold: '登记本人约谈的实施和记录', waive: '决定免交本人约谈的材料', close: '办结本人的约谈', cancel: '取消本人的约谈',
  propose_handling: '对本人的约谈提出处理意见', decide_handling: '审定本人约谈的处理意见',
};

/** 回避: the recorder of an interview is not one of its interviewees. */
function refuseRecorderTarget(recorderPersonId: number | null | undefined, targetIds: number[]) {
  if (recorderPersonId && targetIds.includes(recorderPersonId)) throw new AppError('INTERVIEW.RECORDER_IS_TARGET', '记录人不能是约谈对象本人（应当回避）', 400, { field: 'recorderPersonId' });
}

export const interviewRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/interviews',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈：我被约谈的、我组织实施的、我主谈的，或有权查看的全部', querystring: interviewQuery, response: { 200: z.array(interviewOut) } } },
    async (req) => {
      const auth = req.auth!;
      const q = req.query;
      const rows = await loadInterviews(
        db,
        auth.institutionId,
        and(
          q.year ? gte(interview.scheduledOn, `${q.year}-01-01`) : undefined,
          q.year ? lte(interview.scheduledOn, `${q.year}-12-31`) : undefined,
          q.kind ? eq(interview.kind, q.kind) : undefined,
          q.status ? eq(interview.status, q.status) : undefined,
          q.planId ? eq(interview.planId, q.planId) : undefined,
        ),
      );
      return rows
        .filter((r) => {
          const a = interviewAccess(auth, r.iv, r.targets.map((t) => t.personId));
          if (q.departmentId && !r.targets.some((t) => t.departmentId === q.departmentId)) return false;
          if (q.view === 'mine') return a.isTarget;
          if (q.view === 'leading') return a.isLead;
          if (q.view === 'organizing') return a.organizes && (!a.manage || r.iv.organizerKind === 'discipline' || auth.roles.includes('discipline'));
          return a.see;
        })
        .map((r) => presentInterview(auth, r, false));
    },
  );

  app.get(
    '/api/interviews/:id',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈详情（约谈记录仅纪委、领导小组、主谈人和记录人可见，查看留痕）', params: idParam, response: { 200: interviewOut } } },
    async (req) => {
      const auth = req.auth!;
      const r = await getInterview(db, auth, req.params.id);
      if (r.access.record && r.iv.record)
        await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'interview.read_record', entityType: 'interview', entityId: r.iv.id, ip: req.ip, outcome: 'success' });
      return presentInterview(auth, r, true);
    },
  );

  app.post(
    '/api/interviews',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '安排约谈：对象、形式、主谈人（按五（一））、时间、地点、记录人、提纲', body: interviewCreate, response: { 201: interviewOut } } },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const { rules, gapDays } = await interviewContext(db, deps, auth.institutionId, today);
      const targetIds = [...new Set(b.targets.map((t) => t.personId))];
      if (targetIds.length !== b.targets.length) throw new AppError('INTERVIEW.DUPLICATE_TARGET', '约谈对象有重复', 400, { field: 'targets' });
      try {
        checkForm(b.kind, b.form, targetIds.length, b.groupReason, rules);
      } catch (e) {
        throw ruleError(e, { field: 'groupReason' });
      }
      const { ctx, posts } = await leadContext(db, auth.institutionId, today, gapDays);
      const missing = targetIds.filter((id) => !posts.some((p) => p.personId === id));
      if (missing.length) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在或当前没有任职', 400, { field: 'targets' });
      if (targetIds.includes(b.leadPersonId)) throw new AppError('INTERVIEW.LEAD_IS_TARGET', '主谈人不能是约谈对象本人', 400, { field: 'leadPersonId', article: rules.leadCitation ?? undefined });
      refuseRecorderTarget(b.recorderPersonId, targetIds);
      refuseOwnCase(auth, targetIds, '安排以本人为约谈对象的约谈');
      const p = planInterview(targetIds, posts, ctx, b.kind, rules, today, b.leadPersonId);
      let chosen;
      try {
        chosen = checkLead(b.leadPersonId, p.candidates, b.leadReason, rules.leadCitation);
      } catch (e) {
        throw ruleError(e, { field: 'leadPersonId' });
      }
      if (!p.organizer) throw new AppError('INTERVIEW.TARGET', '无法确定约谈对象的任职部门', 400, { field: 'targets' });
      const org = p.organizer.organizer;
      const mayOrganize =
        auth.permissions.has('interview.manage') ||
        (org.kind === 'org' && auth.roles.includes('org')) ||
        (org.kind === 'department' && headsDepartment(auth, org.departmentId));
      if (!mayOrganize) {
        const who = org.kind === 'department' ? (p.targets[0]?.departmentName ?? '所在部门') : ORGANIZER_LABELS[org.kind];
        throw new AppError('INTERVIEW.NOT_ORGANIZER', `该约谈应由${who}组织实施（${p.organizer.reason}）`, 403, { article: p.organizer.article ?? undefined });
      }
      const people = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, [b.leadPersonId, ...(b.recorderPersonId ? [b.recorderPersonId] : [])])));
      if (!people.some((x) => x.id === b.leadPersonId)) throw new AppError('INTERVIEW.LEAD', '主谈人不存在', 400, { field: 'leadPersonId' });
      if (b.recorderPersonId && !people.some((x) => x.id === b.recorderPersonId)) throw new AppError('INTERVIEW.RECORDER', '记录人不存在', 400, { field: 'recorderPersonId' });
      const id = await runCommand(db, req, async (tx) => {
        if (b.planId) {
          const [plan] = await tx.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, auth.institutionId), eq(interviewPlan.id, b.planId))).for('update');
          if (!plan) throw new AppError('INTERVIEW.PLAN', '约谈计划不存在', 400, { field: 'planId' });
          if (plan.kind === 'campaign' && !['draft', 'returned'].includes(plan.status)) throw new AppError('INTERVIEW.PLAN_LOCKED', '集中约谈计划已报领导小组审批，不能再增加约谈对象', 409, { article: rules.planCitation ?? undefined });
          if (plan.kind === 'campaign' && !auth.permissions.has('interview.manage')) throw new AppError('INTERVIEW.PLAN', '集中约谈计划由纪检监察室制定', 403);
          if (plan.kind === 'department' && (org.kind !== 'department' || plan.departmentId !== org.departmentId)) throw new AppError('INTERVIEW.PLAN', '部门约谈计划只能安排本部门组织实施的约谈', 400, { field: 'planId' });
        }
        const newId = await nextId(tx, interview);
        const [row] = await tx
          .insert(interview)
          .overridingSystemValue()
          .values({
            id: newId, institutionId: auth.institutionId, planId: b.planId, kind: b.kind, form: b.form, groupReason: b.form === 'group' ? b.groupReason : null, topic: b.topic,
            leadPersonId: b.leadPersonId, leadRule: chosen?.rule ?? null, leadArticle: chosen?.article ?? null, leadIfNeeded: chosen?.ifNeeded ?? false, leadReason: chosen ? null : b.leadReason,
            organizerKind: org.kind, organizerDepartmentId: org.kind === 'department' ? org.departmentId : null, officeSupports: p.organizer!.officeSupports,
            recorderPersonId: b.recorderPersonId, scheduledOn: b.scheduledOn, place: b.place, outline: seal(interview.outline, newId, b.outline), source: b.source, createdBy: auth.accountId,
          })
          .returning({ id: interview.id });
        await tx.insert(interviewTarget).values(
          b.targets.map((t) => ({
            institutionId: auth.institutionId, interviewId: row.id, personId: t.personId, departmentId: p.targets.find((x) => x.personId === t.personId)?.departmentId ?? null,
            reason: t.reason, material: rules.materials.value[b.kind],
          })),
        );
        // Each interviewee is told at once: when, where, what kind (约谈通知).
        for (const t of b.targets)
          await tell(tx, deps.packs, {
            institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [t.personId], event: 'interview.scheduled',
            ctx: { id: row.id, who: '', what: b.topic, step: VALUE_LABELS[b.kind] ?? b.kind, due: `${b.scheduledOn}，${b.place}`, reason: t.reason }, citation: rules.kindsCitation,
          });
        return { result: row.id, audit: { action: 'interview.create', entityType: 'interview', entityId: row.id, after: { ...b, organizer: org.kind, leadRule: chosen?.rule ?? null } } };
      });
      return reply.status(201).send(presentInterview(auth, (await getInterview(db, auth, id)), true));
    },
  );

  app.post(
    '/api/interviews/:id/actions',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '实施约谈并记录、免交材料、办结、取消、提出和审定处理意见（五（三）（四））', params: idParam, body: interviewAction, response: { 200: interviewOut } } },
    async (req) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const r = await getInterview(db, auth, req.params.id);
      const { rules, policy } = await interviewContext(db, deps, auth.institutionId, today);
      const a = r.access;
      // 回避: a subject of the interview decides, registers or verifies none of its steps.
      refuseOwnCase(auth, r.targets.map((t) => t.personId), OWN_STEP[b.action]);
      const forbid = () => new AppError('INTERVIEW.FORBIDDEN', '您不是该约谈的组织实施部门，不能办理', 403);
      if ('on' in b && b.on > today) throw new AppError('INTERVIEW.FUTURE', '日期不能晚于今天', 400, { field: 'on' });
      await runCommand(db, req, async (tx) => {
        const [iv] = await tx.select().from(interview).where(eq(interview.id, r.iv.id)).for('update');
        const targets = await tx.select().from(interviewTarget).where(eq(interviewTarget.interviewId, iv.id));
        let set: Partial<typeof interview.$inferInsert> = {};
        switch (b.action) {
          case 'hold': {
            if (!(a.organizes || a.isLead)) throw forbid();
            if (iv.status !== 'planned') throw new AppError('INTERVIEW.STATUS', '该约谈不是待实施状态', 409);
            if (b.heldOn > today) throw new AppError('INTERVIEW.FUTURE', '约谈日期不能晚于今天', 400, { field: 'heldOn' });
            const [plan] = iv.planId ? await tx.select().from(interviewPlan).where(eq(interviewPlan.id, iv.planId)) : [];
            try {
              checkPlanApproved(plan ?? null, '不能实施约谈', rules.planCitation);
            } catch (e) {
              throw ruleError(e);
            }
            const [rec] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.recorderPersonId)));
            if (!rec) throw new AppError('INTERVIEW.RECORDER', '记录人不存在', 400, { field: 'recorderPersonId' });
            refuseRecorderTarget(b.recorderPersonId, targets.map((t) => t.personId));
            set = { status: 'held', heldOn: b.heldOn, record: seal(interview.record, iv.id, b.record), recorderPersonId: b.recorderPersonId };
            // The interviewees whose material (廉政承诺、说明材料…) is still owed are told to hand it in (五（三）).
            for (const t of targets)
              if (t.material && t.material !== 'none' && !t.materialOn && !t.waivedReason)
                await tell(tx, deps.packs, {
                  institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [t.personId], event: 'interview.material_due',
                  ctx: { id: iv.id, who: '', what: iv.topic, step: VALUE_LABELS[t.material] ?? t.material }, citation: rules.materials.citation,
                });
            break;
          }
          case 'waive': {
            if (!a.organizes) throw forbid();
            const t = targets.find((x) => x.id === b.targetId);
            if (!t) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在', 400, { field: 'targetId' });
            if (t.materialOn || t.waivedReason) throw new AppError('INTERVIEW.MATERIAL_DONE', '该约谈对象的材料已提交或已免交', 409);
            await tx.update(interviewTarget).set({ waivedReason: b.reason, waivedBy: auth.accountId }).where(eq(interviewTarget.id, t.id));
            break;
          }
          case 'close': {
            if (!a.organizes) throw forbid();
            const names = new Map(r.targets.map((t) => [t.id, t.name]));
            try {
              checkClose(iv.status, targets.map((t) => ({ name: names.get(t.id) ?? '', material: t.material as Material, submittedOn: t.materialOn, waivedReason: t.waivedReason })), rules.materials.citation);
            } catch (e) {
              throw ruleError(e, { status: 409 });
            }
            if (iv.heldOn && b.on < iv.heldOn) throw new AppError('INTERVIEW.CLOSE_DATE', '办结日期不能早于约谈日期', 400, { field: 'on' });
            set = { status: 'closed', closedOn: b.on };
            break;
          }
          case 'cancel':
            if (!a.organizes) throw forbid();
            if (iv.status !== 'planned') throw new AppError('INTERVIEW.STATUS', '只有尚未实施的约谈可以取消', 409);
            set = { status: 'cancelled', cancelReason: b.reason };
            break;
          case 'propose_handling':
            if (!a.organizes) throw forbid();
            if (iv.status !== 'held' && iv.status !== 'closed') throw new AppError('INTERVIEW.STATUS', '约谈实施后才能提出处理意见', 409);
            if (iv.handlingStatus === 'proposed' || iv.handlingStatus === 'approved') throw new AppError('INTERVIEW.HANDLING_EXISTS', '处理意见已提出', 409);
            set = { violationConfirmed: b.violationConfirmed, handlingProposal: b.proposal, handlingStatus: b.violationConfirmed ? 'proposed' : null };
            break;
          case 'decide_handling': {
            if (!auth.permissions.has('interview.approve')) throw new AppError('INTERVIEW.FORBIDDEN', '处理意见由学校领导小组审定', 403, { article: rules.planCitation ?? undefined });
            if (iv.handlingStatus !== 'proposed') throw new AppError('INTERVIEW.STATUS', '没有待审定的处理意见', 409);
            let caseId: number | null = null;
            if (b.approved && b.openCase) {
              if (!b.accountableDepartmentId) throw new AppError('INTERVIEW.CASE_DEPARTMENT', '启动问责须选择问责部门', 400, { field: 'accountableDepartmentId' });
              const [dept] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), eq(department.id, b.accountableDepartmentId)));
              if (!dept) throw new AppError('INTERVIEW.CASE_DEPARTMENT', '问责部门不存在', 400, { field: 'accountableDepartmentId' });
              if (targets.length !== 1) throw new AppError('INTERVIEW.CASE_GROUP', '集体约谈不能直接启动问责，请对个人分别办理', 409);
              const c = await openAccountabilityCase(tx, auth, toleranceRules(policy, b.on), {
                subjectKind: 'person', subjectPersonId: targets[0].personId, subjectDepartmentId: targets[0].departmentId, accountableDepartmentId: dept.id,
                matter: `经约谈核实：${iv.topic}。处理意见：${iv.handlingProposal ?? ''}`.slice(0, 1000), startedOn: b.on,
              });
              caseId = c.id;
            }
            set = { handlingStatus: b.approved ? 'approved' : 'rejected', handlingDecidedOn: b.on, handlingMeetingRef: b.meetingRef, caseId };
            break;
          }
        }
        if (Object.keys(set).length) await tx.update(interview).set(set).where(eq(interview.id, iv.id));
        return { result: null, audit: { action: `interview.${b.action}`, entityType: 'interview', entityId: iv.id, before: { status: iv.status, handlingStatus: iv.handlingStatus }, after: { ...b, ...set, record: undefined } } };
      });
      return presentInterview(auth, await getInterview(db, auth, r.iv.id), true);
    },
  );

  app.post(
    '/api/interviews/:id/targets/:targetId/material',
    {
      config: { access: 'interview.read' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['interviews'], summary: '被约谈人提交廉政承诺、问题说明材料或错误认识材料（五（三））', params: targetParam, body: materialUpload, response: { 200: interviewOut } },
    },
    async (req) => {
      const auth = req.auth!;
      const r = await getInterview(db, auth, req.params.id);
      const t = r.targets.find((x) => x.id === req.params.targetId);
      if (!t) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在', 404);
      if (!(t.personId === auth.personId || r.access.organizes)) throw new AppError('INTERVIEW.FORBIDDEN', '只能由被约谈人本人或组织实施部门提交材料', 403);
      // 回避: an interviewee hands in their own material, never another interviewee's of the same interview.
      if (t.personId !== auth.personId) refuseOwnCase(auth, r.targets.map((x) => x.personId), '代其他约谈对象提交材料');
      if (r.iv.status !== 'held') throw new AppError('INTERVIEW.STATUS', r.iv.status === 'planned' ? '约谈实施后再提交材料' : '该约谈已办结或已取消', 409);
      if (t.materialOn || t.waivedReason) throw new AppError('INTERVIEW.MATERIAL_DONE', '材料已提交或已免交', 409);
      const b = req.body;
      if (!b.contentBase64 && !(b.text && b.text.length >= 10)) throw new AppError('INTERVIEW.MATERIAL_EMPTY', `请填写${VALUE_LABELS[t.material] ?? '材料'}内容（不少于 10 个字）或上传扫描件`, 400, { field: 'text' });
      const file = b.contentBase64 ? await decodeUpload(b.contentBase64) : null;
      const today = todayIso();
      await runCommand(db, req, async (tx) => {
        const stored = file
          ? await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'interview_target', ownerId: t.id, kind: t.material, fileName: b.fileName ?? `${VALUE_LABELS[t.material] ?? t.material}.pdf`, bytes: file.bytes, mimeType: file.mimeType, uploadedBy: auth.accountId })
          : null;
        await tx.update(interviewTarget).set({ materialText: b.text, materialFileId: stored?.id ?? null, materialOn: today }).where(eq(interviewTarget.id, t.id));
        return { result: null, audit: { action: 'interview.material', entityType: 'interview_target', entityId: t.id, after: { interviewId: r.iv.id, material: t.material, file: stored ? { sha256: stored.sha256, fileName: b.fileName } : null, byInterviewee: t.personId === auth.personId } } };
      });
      return presentInterview(auth, await getInterview(db, auth, r.iv.id), true);
    },
  );

  app.get(
    '/api/interviews/:id/targets/:targetId/file',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '下载被约谈人提交的材料扫描件', params: targetParam } },
    async (req, reply) => {
      const auth = req.auth!;
      const r = await getInterview(db, auth, req.params.id);
      const t = r.targets.find((x) => x.id === req.params.targetId);
      if (!t || !t.materialFileId || !(t.personId === auth.personId || r.access.record || r.access.organizes)) throw new AppError('FILE.NOT_FOUND', '材料不存在或无权查看', 404);
      await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'interview.download_material', entityType: 'interview_target', entityId: t.id, ip: req.ip, outcome: 'success' });
      return sendFile(db, reply, auth.institutionId, 'interview_target', t.id, t.materialFileId);
    },
  );
};
