import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, desc, eq } from 'drizzle-orm';
import { correctionMeasure, domainEvent, person, toleranceReview } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { registerTalkOccasion } from '../../talks';
import { correctionInterviewEvent } from '../rules/events';
import { authorizeTolerance } from '../access';
import { rulesAndCalendar } from '../context';
import type { measureCreate } from '../http/corrections.schema';
import { getCase } from '../queries/cases';

/** 布置纠错措施 in a case (not one's own, 回避); a talk or interview measure starts the talk or interview it asks for. */
export async function assignCorrection(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof measureCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  if (!rules.correctionMeasures.includes(b.kind))
    throw new AppError('CORRECTION.KIND', `本院规定的纠错方式为：${rules.correctionMeasures.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'kind', article: rules.correctionCitation ?? undefined });
  if (b.dueDate < today) throw new AppError('CORRECTION.DUE_PAST', '完成期限不能早于今天', 400, { field: 'dueDate' });
  const c = await getCase(db, auth.institutionId, b.caseId);
  authorizeTolerance(auth, 'assignCorrection', c);
  const [resp] = await db.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.responsiblePersonId)));
  if (!resp) throw new AppError('CORRECTION.PERSON', '责任人不存在', 400, { field: 'responsiblePersonId' });
  return runCommand(db, req, async (tx) => {
    const [review] = await tx.select({ id: toleranceReview.id }).from(toleranceReview).where(eq(toleranceReview.caseId, c.id)).orderBy(desc(toleranceReview.id)).limit(1);
    const [m] = await tx
      .insert(correctionMeasure)
      .values({ institutionId: auth.institutionId, caseId: c.id, reviewId: review?.id ?? null, kind: b.kind, requirement: b.requirement, responsiblePersonId: b.responsiblePersonId, assignedOn: today, dueDate: b.dueDate, createdBy: auth.accountId })
      .returning({ id: correctionMeasure.id });
    // The boundary to the talks and interviews areas: a talk measure is a 第五条（一） occasion for a talk; an
    // interview or written inquiry is an event the interviews module subscribes to.
    if (b.kind === 'talk' && c.subjectPersonId)
      await registerTalkOccasion(tx, { institutionId: auth.institutionId, kind: 'deviation', subjectPersonId: c.subjectPersonId, occasionDate: today, note: `容错纠错：${c.matter}`, source: 'tolerance', createdBy: auth.accountId });
    const event = correctionInterviewEvent(auth.institutionId, { id: m.id, kind: b.kind, dueDate: b.dueDate, requirement: b.requirement, caseId: c.id, subjectPersonId: c.subjectPersonId }, today);
    if (event) await tx.insert(domainEvent).values(event);
    return { result: m.id, audit: { action: 'correction.create', entityType: 'correction_measure', entityId: m.id, after: b } };
  });
}
