import { z } from 'zod';

const targetOut = z.object({
  id: z.number(), personId: z.number(), name: z.string(), departmentName: z.string().nullable(), reason: z.string().nullable(),
  material: z.string(), materialLabel: z.string(), materialOn: z.string().nullable(), materialText: z.string().nullable(), hasFile: z.boolean(),
  waivedReason: z.string().nullable(), mine: z.boolean(), mayHandIn: z.boolean(),
});

/** An interview as the API shows it (see presentInterview for who sees what). */
export const interviewOut = z.object({
  id: z.number(), planId: z.number().nullable(), planTitle: z.string().nullable(), planStatus: z.string().nullable(),
  kind: z.string(), kindLabel: z.string(), form: z.string(), formLabel: z.string(), groupReason: z.string().nullable(), topic: z.string(),
  leadPersonId: z.number(), leadName: z.string(), leadRule: z.string().nullable(), leadRuleLabel: z.string().nullable(), leadArticle: z.string().nullable(), leadReason: z.string().nullable(),
  organizerKind: z.string(), organizerLabel: z.string(), organizerDepartmentId: z.number().nullable(), officeSupports: z.boolean(),
  recorderPersonId: z.number().nullable(), recorderName: z.string().nullable(), scheduledOn: z.string(), place: z.string(), outline: z.string().nullable(),
  status: z.string(), statusLabel: z.string(), heldOn: z.string().nullable(), closedOn: z.string().nullable(), cancelReason: z.string().nullable(),
  record: z.string().nullable(), recordHidden: z.boolean(),
  violationConfirmed: z.boolean().nullable(), handlingProposal: z.string().nullable(), handlingStatus: z.string().nullable(), handlingStatusLabel: z.string().nullable(),
  handlingDecidedOn: z.string().nullable(), handlingMeetingRef: z.string().nullable(), caseId: z.number().nullable(),
  targets: z.array(targetOut),
  may: z.object({ hold: z.boolean(), close: z.boolean(), cancel: z.boolean(), waive: z.boolean(), proposeHandling: z.boolean(), decideHandling: z.boolean(), register: z.boolean() }),
});
