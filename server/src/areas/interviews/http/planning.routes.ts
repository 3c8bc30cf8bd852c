import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { registerTargetFact } from '../commands/register-target-fact';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { LEAD_ROLE_LABELS } from '../rules/lead';
import { ORGANIZER_LABELS } from '../rules/organizer';
import { planInterview } from '../rules/plan';
import { POST_SOURCES, suggestTargets } from '../rules/targets';
import { interviewContext, leadContext } from '../context';
import { leadQuery, targetFactCreate } from './interviews.schema';
import { loadTargetFacts } from '../queries/targets';

const labelled = z.object({ key: z.string(), label: z.string() });
const candidateOut = z.object({ personId: z.number(), name: z.string(), role: z.string(), roleLabel: z.string(), rule: z.string(), ruleLabel: z.string(), article: z.string().nullable(), ifNeeded: z.boolean() });

export const interviewPlanningRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/interviews/rules',
    {
      config: { access: 'interview.read' },
      schema: {
        tags: ['interviews'],
        summary: '本院约谈制度：约谈形式、须提交的材料、个别约谈要求、集中约谈次数、函询答复期限',
        response: {
          200: z.object({
            kinds: z.array(labelled.extend({ material: z.string(), materialLabel: z.string(), individualOnly: z.boolean() })),
            materialsCitation: z.string().nullable(), individualOnlyCitation: z.string().nullable(), leadCitation: z.string().nullable(), organizerCitation: z.string().nullable(),
            campaignsPerYear: z.number(), campaignsCitation: z.string().nullable(), planCitation: z.string().nullable(),
            inquiryReplyWorkingDays: z.number(), inquiryReplyIsDefault: z.boolean(),
          }),
        },
      },
    },
    async (req) => {
      const { rules: r } = await interviewContext(db, deps, req.auth!.institutionId, todayIso());
      return {
        kinds: r.kinds.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k, material: r.materials.value[k], materialLabel: VALUE_LABELS[r.materials.value[k]] ?? r.materials.value[k], individualOnly: r.individualOnly.value.includes(k) })),
        materialsCitation: r.materials.citation, individualOnlyCitation: r.individualOnly.citation, leadCitation: r.leadCitation, organizerCitation: r.organizerCitation,
        campaignsPerYear: r.campaignsPerYear.value, campaignsCitation: r.campaignsPerYear.citation, planCitation: r.planCitation,
        inquiryReplyWorkingDays: r.inquiryReplyWorkingDays.value, inquiryReplyIsDefault: r.inquiryReplyWorkingDays.isDefault,
      };
    },
  );

  app.get(
    '/api/interviews/lead-options',
    {
      config: { access: 'interview.organize' },
      schema: {
        tags: ['interviews'],
        summary: '按约谈对象的职务给出主谈人候选（五（一））和组织实施部门（四（二））',
        querystring: leadQuery.extend({ personIds: z.string().regex(/^\d+(,\d+)*$/, '约谈对象不正确').optional().describe('约谈对象（集体约谈）') }),
        response: {
          200: z.object({
            candidates: z.array(candidateOut), preselectedPersonId: z.number().nullable(), note: z.string().nullable(),
            organizer: z.object({ kind: z.string(), label: z.string(), departmentId: z.number().nullable(), officeSupports: z.boolean(), article: z.string().nullable(), reason: z.string() }).nullable(),
            targets: z.array(z.object({ personId: z.number(), name: z.string(), title: z.string().nullable(), departmentName: z.string().nullable(), newlyAppointed: z.boolean() })),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const { rules, gapDays } = await interviewContext(db, deps, auth.institutionId, today);
      const ids = [...new Set([req.query.personId, ...(req.query.personIds ? req.query.personIds.split(',').map(Number) : [])])];
      const { ctx, posts } = await leadContext(db, auth.institutionId, today, gapDays);
      if (ids.some((id) => !posts.some((p) => p.personId === id))) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在或当前没有任职', 400, { field: 'personId' });
      const p = planInterview(ids, posts, ctx, req.query.kind, rules, today);
      return {
        candidates: p.candidates.map((c) => ({ ...c, roleLabel: LEAD_ROLE_LABELS[c.role], ruleLabel: VALUE_LABELS[c.rule] ?? c.rule })),
        preselectedPersonId: p.preselected?.personId ?? null,
        note: p.note,
        organizer: p.organizer && {
          kind: p.organizer.organizer.kind,
          label: p.organizer.organizer.kind === 'department' ? (p.targets.find((t) => t.departmentId === (p.organizer!.organizer as { departmentId: number }).departmentId)?.departmentName ?? '本部门') : ORGANIZER_LABELS[p.organizer.organizer.kind],
          departmentId: p.organizer.organizer.kind === 'department' ? p.organizer.organizer.departmentId : null,
          officeSupports: p.organizer.officeSupports, article: p.organizer.article, reason: p.organizer.reason,
        },
        targets: p.targets,
      };
    },
  );

  app.get(
    '/api/interviews/suggestions',
    {
      config: { access: 'interview.organize' },
      schema: {
        tags: ['interviews'],
        summary: '建议约谈对象（三）：按任职、问题线索、函询、纠错、问责和澄清情况提出，本年度已约谈的不再列出',
        response: {
          200: z.array(z.object({
            personId: z.number(), name: z.string(), departmentId: z.number().nullable(), departmentName: z.string(), title: z.string().nullable(),
            kind: z.string(), kindLabel: z.string(), sources: z.array(labelled), reasons: z.array(z.string()), article: z.string().nullable(),
          })),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      const { rules, gapDays } = await interviewContext(db, deps, auth.institutionId, today);
      const { posts } = await leadContext(db, auth.institutionId, today, gapDays);
      const facts = await loadTargetFacts(db, auth.institutionId, posts, today, { withReports: auth.permissions.has('petition.manage'), lookbackMonths: rules.targetLookbackMonths });
      const all = suggestTargets(facts, rules.targetSources.value, VALUE_LABELS, rules.targetSources.citation, rules.newlyAppointedMonths.value, today);
      // Each organizer plans its own targets: departments their 科级 and below, the organization department the newly appointed.
      const visible = auth.permissions.has('interview.manage')
        ? all
        : all.filter((s) =>
            auth.roles.includes('org') ? s.kind === 'prevention' && s.sources.includes('newly_appointed') : !auth.scope.all && s.departmentId !== null && auth.scope.departmentIds.includes(s.departmentId) && !posts.some((p) => p.personId === s.personId && ['principal', 'leader', 'middle_chief', 'middle_deputy'].includes(p.rank)),
          );
      return visible.map((s) => ({ ...s, kindLabel: VALUE_LABELS[s.kind] ?? s.kind, sources: s.sources.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })) }));
    },
  );

  app.post(
    '/api/interviews/target-facts',
    {
      config: { access: 'interview.manage' },
      schema: { tags: ['interviews'], summary: '登记使干部成为约谈对象的情形（批评教育、民主生活会作说明、组织处理、纪律处分等，三）', body: targetFactCreate, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send({ id: await registerTargetFact(deps, req, req.body) }),
  );

  app.get(
    '/api/interviews/target-sources',
    { config: { access: 'interview.manage' }, schema: { tags: ['interviews'], summary: '可登记的约谈对象情形', response: { 200: z.array(labelled.extend({ kind: z.string(), kindLabel: z.string() })) } } },
    async (req) => {
      const { rules } = await interviewContext(db, deps, req.auth!.institutionId, todayIso());
      return Object.entries(rules.targetSources.value).flatMap(([kind, list]) =>
        list.filter((s) => !POST_SOURCES.includes(s)).map((s) => ({ key: s, label: VALUE_LABELS[s] ?? s, kind, kindLabel: VALUE_LABELS[kind] ?? kind })),
      );
    },
  );
};
