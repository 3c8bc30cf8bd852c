import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../services/deps';
import { policyFor } from '../services/policy.service';
import { AREA_LABELS, AREAS, type Pack } from './pack-schema';
import type { EffectivePolicy } from './effective-policy';
import { todayIso } from '../shared/dates';
import { describeValue } from './vocabulary';
import { isoDate } from '../http/iso-date';

/** The regulations' documents by pack, as citations name them (GET /api/policy/documents, and the session's /api/auth/me?include=policy). */
export const citationDocumentsOut = z.array(z.object({ packId: z.string(), label: z.string(), short: z.string(), title: z.string(), institution: z.string(), docNo: z.string().nullable() }));

export const citationDocuments = (packs: ReadonlyMap<string, Pack>): z.infer<typeof citationDocumentsOut> =>
  [...packs.values()].flatMap((p) => Object.values(p.documents).map((d) => ({ packId: p.id, label: d.label, short: d.short, title: d.title, institution: p.institution, docNo: d.docNo ?? null })));

/** The college's rules in force, each with its source (GET /api/policy's `rules`, and the session's). */
export const rulesOut = z.array(
  z.object({
    key: z.string(), area: z.string(), description: z.string(), unit: z.string().nullable(), value: z.unknown(), valueText: z.string(), since: z.string(), until: z.string().nullable(),
    packId: z.string(), citation: z.string().nullable(), isDefault: z.boolean(), documentTitle: z.string().nullable(), note: z.string().nullable(),
  }),
);

export const rulesView = (inForce: ReturnType<EffectivePolicy['allInForce']>): z.infer<typeof rulesOut> =>
  inForce.map((r) => ({
    key: r.key, area: r.area, description: r.description, unit: r.unit ?? null, value: r.value, valueText: describeValue(r.value, r.unit), since: r.since, until: r.until ?? null,
    packId: r.source.packId, citation: r.source.citation, isDefault: r.source.isDefault, documentTitle: r.source.documentTitle, note: r.source.note ?? null,
  }));

export const policyRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
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
    async () => ({ documents: citationDocuments(packs) }),
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
