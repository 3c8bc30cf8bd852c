import { and, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { interview } from '../../../core/db/schema';
import { interviewAccess } from '../access';
import type { interviewQuery } from '../http/interviews.schema';
import { loadInterviews, type LoadedInterview } from './interviews';

/** Whether an interview names the text: an interviewee's or the lead's name, or its topic. Pure. */
export function interviewNames(r: Pick<LoadedInterview, 'targets' | 'leadName' | 'iv'>, text: string): boolean {
  const t = text.toLowerCase();
  return [...r.targets.map((x) => x.name), r.leadName ?? '', r.iv.topic].some((s) => s.toLowerCase().includes(t));
}

/**
 * 约谈 as the list shows them (GET /api/interviews and its export): the year, kind, status, plan and department asked
 * for, searched by a name or the topic, then the caller's view of them — where they are interviewed, organize, lead,
 * or all they may see.
 */
export async function visibleInterviews(ex: Executor, auth: AuthContext, q: z.infer<typeof interviewQuery>): Promise<LoadedInterview[]> {
  const rows = await loadInterviews(
    ex,
    auth.institutionId,
    and(
      q.year ? gte(interview.scheduledOn, `${q.year}-01-01`) : undefined,
      q.year ? lte(interview.scheduledOn, `${q.year}-12-31`) : undefined,
      q.kind ? eq(interview.kind, q.kind) : undefined,
      q.status ? eq(interview.status, q.status) : undefined,
      q.planId ? eq(interview.planId, q.planId) : undefined,
    ),
  );
  return rows.filter((r) => {
    const a = interviewAccess(auth, r.iv, r.targets.map((t) => t.personId));
    if (q.departmentId && !r.targets.some((t) => t.departmentId === q.departmentId)) return false;
    if (q.q && !interviewNames(r, q.q)) return false;
    if (q.view === 'mine') return a.isTarget;
    if (q.view === 'leading') return a.isLead;
    if (q.view === 'organizing') return a.organizes && (!a.manage || r.iv.organizerKind === 'discipline' || auth.roles.includes('discipline'));
    return a.see;
  });
}
