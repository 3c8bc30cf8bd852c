import { and, desc, eq } from 'drizzle-orm';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { department, interviewPlan, person, writtenInquiry } from '../../../core/db/schema';
import { todayIso } from '../../../core/shared/dates';
import { inLeadingGroup, mayInterview } from '../access';
import { ASSESSMENT_LABELS } from './interviews';

const STATUS: Record<string, string> = { draft: '待发函', sent: '待答复', replied: '已答复，待评估', assessed: '已评估' };

export type InquiryRow = typeof writtenInquiry.$inferSelect;

/** The written inquiries the caller may see, with what they may do with each; the matter of a draft only for those who see all. */
export async function listInquiries(ex: Executor, auth: AuthContext, where?: ReturnType<typeof and>) {
  const today = todayIso();
  const rows = await ex
    .select({ w: writtenInquiry, targetName: person.name, departmentName: department.name, planTitle: interviewPlan.title, planStatus: interviewPlan.status })
    .from(writtenInquiry)
    .innerJoin(person, eq(person.id, writtenInquiry.targetPersonId))
    .leftJoin(department, eq(department.id, writtenInquiry.departmentId))
    .leftJoin(interviewPlan, eq(interviewPlan.id, writtenInquiry.planId))
    .where(and(eq(writtenInquiry.institutionId, auth.institutionId), where))
    .orderBy(desc(writtenInquiry.id));
  const manage = auth.permissions.has('interview.manage');
  return rows
    .filter((r) => mayInterview(auth, 'seeInquiry', r.w))
    .map(({ w, targetName, departmentName, planTitle, planStatus }) => {
      const mine = w.targetPersonId === auth.personId;
      const seesAll = manage || inLeadingGroup(auth);
      return {
        ...w, targetName, departmentName, planTitle: planTitle ?? null, planStatus: planStatus ?? null, statusLabel: STATUS[w.status] ?? w.status,
        matter: seesAll || w.status !== 'draft' ? w.matter : '', assessment: seesAll ? w.assessment : null, assessmentLabel: seesAll && w.assessment ? ASSESSMENT_LABELS[w.assessment] : null,
        assessmentNote: seesAll ? w.assessmentNote : null, overdue: w.status === 'sent' && !!w.replyDue && w.replyDue < today, mine,
        may: { send: w.status === 'draft' && mayInterview(auth, 'sendInquiry', w), reply: w.status === 'sent' && mayInterview(auth, 'replyInquiry', w), assess: w.status === 'replied' && mayInterview(auth, 'assessInquiry', w) },
      };
    });
}
