import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { checkFiling, type CaseStage } from '../rules/window';
import { authorizeTolerance } from '../access';
import { rulesAndCalendar } from '../context';
import { tellFiled } from '../notices';
import type { reviewCreate } from '../http/tolerance.schema';
import { getCase } from '../queries/cases';
import { checkApplicationContent, insertApplication } from './application';

/** 提出容错申请: the cadre held to account (or the unit's chief), within the pack's window; those who handle it are told. */
export async function fileApplication(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof reviewCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const c = await getCase(db, auth.institutionId, b.caseId);
  authorizeTolerance(auth, 'apply', c);
  const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  const refusal = checkFiling(rules.filing, { stage: c.stage as CaseStage, startedOn: c.startedOn }, today, cal);
  if (refusal) throw new AppError(refusal.code, refusal.message, 409, { field: 'caseId', article: refusal.article ?? undefined });
  await checkApplicationContent(db, auth.institutionId, rules, c, b, today);
  return runCommand(db, req, async (tx) => {
    const rid = await insertApplication(tx, auth, rules, c, { applicantPersonId: auth.personId, grounds: b.grounds, facts: b.facts, filedOn: today });
    await tellFiled(tx, deps.packs, auth, rid, rules);
    return { result: rid, audit: { action: 'tolerance.apply', entityType: 'tolerance_review', entityId: rid, after: { caseId: c.id, grounds: b.grounds, facts: b.facts } } };
  });
}
