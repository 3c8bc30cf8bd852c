import { z } from 'zod';
import { dutyKindLabel } from './registry';
import { STATUS_LABELS } from './status';
import type { Duty } from './types';
import { ROLE_LABELS, type Role } from '../auth/roles';

export const DUTY_STATUSES = ['open', 'due_soon', 'overdue', 'done', 'waived'] as const;

export const dutyOut = z.object({
  key: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  owner: z.string(),
  subjectPersonId: z.number().nullable(),
  subjectDepartmentId: z.number().nullable(),
  dueDate: z.string(),
  doneDate: z.string().nullable(),
  status: z.enum(DUTY_STATUSES),
  statusLabel: z.string(),
  citation: z.string().nullable(),
  isDefaultRule: z.boolean(),
  /** The due date, or the period that sets it, is a system default (the regulation says only 及时, 每年定期 …). */
  dueIsDefault: z.boolean().describe('期限（或决定期限的天数、日期）为系统默认'),
  link: z.string(),
  reasons: z.array(z.string()),
  waiver: z.object({ reason: z.string(), waivedAt: z.string() }).nullable(),
});

export function presentDuty(d: Duty): z.infer<typeof dutyOut> {
  return {
    key: d.key,
    kind: d.kind,
    kindLabel: dutyKindLabel(d.kind),
    title: d.title,
    owner: d.ownerLabel ?? (d.owner.type === 'role' ? (ROLE_LABELS[d.owner.role as Role] ?? d.owner.role) : '相关人员'),
    subjectPersonId: d.subjectPersonId ?? null,
    subjectDepartmentId: d.subjectDepartmentId ?? null,
    dueDate: d.dueDate,
    doneDate: d.doneDate ?? null,
    status: d.status,
    statusLabel: STATUS_LABELS[d.status],
    citation: d.citation,
    isDefaultRule: d.isDefaultRule,
    dueIsDefault: d.dueIsDefault,
    link: d.link,
    reasons: d.detail.reasons,
    waiver: d.waiver ? { reason: d.waiver.reason, waivedAt: d.waiver.waivedAt } : null,
  };
}
