import { z } from 'zod';
import type { Pack } from './pack-schema';
import type { EffectivePolicy } from './effective-policy';
import { describeValue } from './vocabulary';

/*
 * The shapes the web reads the regulations in, and how they are made: GET /api/policy/documents, /api/policy/vocabulary
 * and /api/policy's rules, and the same sent with the session (session-policy.ts).
 */

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

/** GET /api/policy/vocabulary: the Chinese names of identifiers (made from every area: areas/vocabulary.routes.ts). */
export const vocabularyOut = z.object({
  values: z.record(z.string(), z.string()).describe('规则取值的中文名称（与“制度”页相同）'),
  groups: z.record(z.string(), z.record(z.string(), z.string())).describe('按类别的中文名称：同一标识符在不同类别中含义不同时以此为准'),
});
export type Vocabulary = z.infer<typeof vocabularyOut>;
