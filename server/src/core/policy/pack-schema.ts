import { z } from 'zod';

export const AREAS = ['talks', 'sidelines', 'tolerance', 'interviews', 'incentives'] as const;
export type Area = (typeof AREAS)[number];
export const AREA_LABELS: Record<Area, string> = {
  talks: '谈心谈话',
  sidelines: '领导干部兼职',
  tolerance: '容错纠错',
  interviews: '干部约谈',
  incentives: '激励担当作为',
};

const isoDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: `not a date: ${String(v)}` });
    return z.NEVER;
  }
  return s;
});

export const documentSchema = z.object({
  /** How the document is named inside a citation, e.g. `附件1`; empty when the pack has one document. */
  label: z.string().default(''),
  /** The name users see in a citation, e.g. `谈心谈话规定` (never the pack id). */
  short: z.string().min(1),
  title: z.string().min(1),
  docNo: z.string().optional(),
  issued: isoDate.optional(),
});

export const packMetaSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d{4}$/),
  institution: z.string().min(1),
  documents: z.record(z.string(), documentSchema).refine((d) => Object.keys(d).length > 0, 'a pack needs at least one document'),
  areas: z.array(z.enum(AREAS)).min(1),
  /** For areas the pack does not cover, which pack an institution using it adopts by default. */
  suggestedAdoptions: z.partialRecord(z.enum(AREAS), z.string()).default({}),
});

const refSchema = z.object({ doc: z.string().min(1), article: z.string().min(1) });

export const valueSchema = z
  .object({
    since: isoDate,
    until: isoDate.optional(),
    value: z.unknown().refine((v) => v !== undefined && v !== null, 'value is required'),
    ref: refSchema.optional(),
    default: z.literal(true).optional(),
    /** How the value reads the article, where the reading is not literal. */
    note: z.string().optional(),
  })
  .refine((v) => (v.ref ? !v.default : v.default === true), {
    message: 'each value needs exactly one of `ref` (the article it comes from) or `default: true` (a value the regulation does not fix)',
  });

export const parameterSchema = z.object({
  description: z.string().min(4),
  unit: z.string().optional(),
  values: z.array(valueSchema).min(1),
});

export const areaFileSchema = z.record(z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/), parameterSchema);

export type PackMeta = z.infer<typeof packMetaSchema>;
export type ParameterDef = z.infer<typeof parameterSchema>;
export type ParameterValue = z.infer<typeof valueSchema>;

export interface Pack extends PackMeta {
  parameters: Record<string, ParameterDef>;
}
