import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../services/deps';
import { policyFor } from '../services/policy.service';
import { AREA_LABELS, AREAS } from './pack-schema';
import { citationDocuments, citationDocumentsOut, rulesOut, rulesView } from './policy-views';
import { todayIso } from '../shared/dates';
import { isoDate } from '../http/iso-date';

export const policyRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const documents = citationDocuments(packs); // the packs are loaded once, at start
  app.get(
    '/api/policy/documents',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['policy'],
        summary: '制度文件：引用条款时显示的文件名称（按政策包与附件）',
        response: { 200: z.object({ documents: citationDocumentsOut }) },
      },
    },
    async () => ({ documents }),
  );

  app.get(
    '/api/policy',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['policy'],
        summary: '制度：本院现行有效的全部规则及其出处',
        querystring: z.object({ asOf: isoDate.optional() }),
        response: {
          200: z.object({
            asOf: z.string(),
            ownPack: z.object({ id: z.string(), institution: z.string() }),
            areas: z.array(z.object({
              area: z.string(), label: z.string(), packId: z.string().nullable(), adopted: z.boolean(),
              institution: z.string().nullable().describe('制定该制度的单位（参照执行时为原单位）'),
              regulations: z.array(z.string()).describe('该领域规则所依据的制度文件名称（不含书名号）'),
            })),
            documents: z.array(z.object({ packId: z.string(), id: z.string(), label: z.string(), title: z.string(), docNo: z.string().nullable(), issued: z.string().nullable(), institution: z.string() })),
            rules: rulesOut,
          }),
        },
      },
    },
    async (req) => {
      const asOf = req.query.asOf ?? todayIso();
      const { policy, inst } = await policyFor(db, packs, req.auth!.institutionId);
      const own = packs.get(inst.packId)!;
      const inForce = policy.allInForce(asOf);
      const areas = AREAS.map((area) => {
        const covered = own.areas.includes(area);
        const packId = covered ? own.id : (policy.adoptions[area] ?? null);
        // The documents of the area's own pack that its rules cite (a rule may cite another area's regulation too).
        const regulations = [...new Set(inForce.filter((r) => r.area === area && r.source.packId === packId).map((r) => r.source.documentTitle).filter((t): t is string => !!t))];
        return { area, label: AREA_LABELS[area], packId, adopted: !covered && !!packId, institution: packId ? (packs.get(packId)?.institution ?? null) : null, regulations };
      });
      const usedPacks = new Set([own.id, ...areas.map((a) => a.packId).filter((x): x is string => !!x)]);
      return {
        asOf,
        ownPack: { id: own.id, institution: own.institution },
        areas,
        documents: [...usedPacks].flatMap((pid) =>
          Object.entries(packs.get(pid)!.documents).map(([id, d]) => ({ packId: pid, id, label: d.label, title: d.title, docNo: d.docNo ?? null, issued: d.issued ?? null, institution: packs.get(pid)!.institution })),
        ),
        rules: rulesView(inForce),
      };
    },
  );
};
