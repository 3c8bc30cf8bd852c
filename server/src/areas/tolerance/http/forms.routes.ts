import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { applicationSpec, conclusionSpec, feedbackSpec } from '../documents';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { renderDocx } from '../../../core/documents/word';
import { renderPdf } from '../../../core/documents/pdf';
import { presentReview, visibleReview } from '../queries/cases';
import { rulesAndCalendar } from '../context';
import { idParam } from '../../../core/http/ids';
import { citationName } from '../../../core/policy/citation-names';

const FORMS = {
  application: { title: '容错免责申请书', unavailable: (r: { origin: string }) => (r.origin !== 'application' ? '本案随问责启动一并开展容错调查，没有容错申请书' : null) },
  conclusion: { title: '容错认定结论', unavailable: (r: { outcome: string | null }) => (r.outcome ? null : '尚未作出认定结论') },
  feedback: { title: '容错认定反馈书', unavailable: (r: { outcome: string | null; status: string }) => (r.outcome || r.status === 'refused' ? null : '尚未作出认定结论或不予受理决定，暂无反馈书') },
} as const;

/** 容错申请书、容错认定结论、反馈书 (Word, PDF) for whoever may see the case: the applicant and those who handle it. */
export const toleranceFormRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  for (const [form, def] of Object.entries(FORMS) as [keyof typeof FORMS, (typeof FORMS)[keyof typeof FORMS]][])
    for (const ext of ['docx', 'pdf'] as const)
      app.get(
        `/api/tolerance-reviews/:id/${form}.${ext}`,
        { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: `导出${def.title}（${ext === 'docx' ? 'Word' : 'PDF'}）`, params: idParam } },
        async (req, reply) => {
          const auth = req.auth!;
          const { r, c } = await visibleReview(db, auth, req.params.id);
          const today = todayIso();
          const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
          const presented = await presentReview(db, auth, r, c, rules, cal, today);
          // Printed forms name the regulation in words, never by pack id.
          const words = (x: string | null) => citationName(deps.packs, x);
          const view = { ...presented, groundsCitation: words(presented.groundsCitation), protectionCitation: words(presented.protectionCitation), refusalArticle: words(presented.refusalArticle) };
          const why = def.unavailable(view);
          if (why) throw new AppError('TOLERANCE.FORM_UNAVAILABLE', why, 409);
          const inst = await collegeOf(db, auth.institutionId);
          const addressee = rules.strategy === 'apply_to_party_committee_within_working_days' ? `中共${inst.name}委员会` : c.accountableDepartmentName;
          const spec = form === 'application' ? applicationSpec(inst.name, addressee, view) : form === 'conclusion' ? conclusionSpec(inst.name, view) : feedbackSpec(inst.name, view);
          const body = ext === 'docx' ? await renderDocx(spec) : await renderPdf(spec);
          return sendDocument(db, req, reply, { base: `${def.title}-${view.applicantName ?? c.subjectName}-${r.id}`, ext, body, entity: { type: 'tolerance_review', id: r.id } });
        },
      );
};
