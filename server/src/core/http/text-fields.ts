import { z } from 'zod';

/** A required text field with Chinese messages; `label` names it in the API description. */
export const text = (label: string, min: number, max: number) =>
  z.string().trim().min(min, min > 1 ? `不少于 ${min} 个字` : '不能为空').max(max, `不能超过 ${max} 个字`).describe(label);

/** An optional text field: blank is stored as null. */
export const optText = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字`).nullish().transform((v) => v || null);
