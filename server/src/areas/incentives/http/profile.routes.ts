import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { renderPdf } from '../../../core/documents/pdf';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { zhDate } from '../../../core/documents/format';
import { idParam } from '../../../core/http/ids';
import { visiblePerson } from '../../people';
import { appraisalContext } from '../queries/appraisal';
import { personProfile } from '../queries/profile';

const eventOut = z.object({ date: z.string(), area: z.string(), title: z.string(), detail: z.string().nullable() });

/** 一人一档: a person's whole record as a timeline, each area as visible as the viewer's role allows; and as PDF. */
export const profileRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const load = async (auth: NonNullable<Parameters<typeof personProfile>[1]>, id: number) => {
    const p = await visiblePerson(db, auth, id, todayIso());
    const { rules } = await appraisalContext(db, deps, auth.institutionId, todayIso());
    return { p, ...(await personProfile(db, auth, p.id, rules.labels)) };
  };

  app.get(
    '/api/persons/:id/profile',
    { config: { access: 'roster.read' }, schema: { tags: ['incentives'], summary: '一人一档：任职、考核、培训、谈话、兼职、后备、关怀、约谈、问责与容错（按角色可见）', params: idParam, response: { 200: z.object({ areas: z.array(z.string()), events: z.array(eventOut) }) } } },
    async (req) => {
      const { areas, events } = await load(req.auth!, req.params.id);
      return { areas, events };
    },
  );

  app.get(
    '/api/persons/:id/profile.pdf',
    { config: { access: 'roster.read' }, schema: { tags: ['incentives'], summary: '导出一人一档（PDF）', params: idParam } },
    async (req, reply) => {
      const auth = req.auth!;
      const { p, areas, events } = await load(auth, req.params.id);
      const inst = await collegeOf(db, auth.institutionId);
      const body = await renderPdf({
        college: inst.name,
        title: `干部档案（一人一档）：${p.name}`,
        subtitle: `工号 ${p.staffNo}　导出于 ${zhDate(todayIso())}　包含：${areas.join('、')}`,
        blocks: [{ list: { widths: [16, 14, 40, 30], rows: [['日期', '类别', '事项', '说明'], ...events.map((e) => [e.date, e.area, e.title, e.detail ?? ''])] } }],
      });
      return sendDocument(db, req, reply, { base: `一人一档-${p.name}`, ext: 'pdf', body, entity: { type: 'person', id: p.id }, detail: { areas } });
    },
  );
};
