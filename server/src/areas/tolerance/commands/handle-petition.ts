import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { domainEvent, petition } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { todayIso } from '../../../core/shared/dates';
import { applyPetition, type PetitionOutcome, type PetitionState, type PetitionStatus } from '../rules/clearance';
import { clearedEvent, untrueReportEvent } from '../rules/events';
import { authorizeTolerance, PETITION_HIDDEN } from '../access';
import { procedureError, rulesAndCalendar } from '../context';
import type { petitionAction } from '../http/petitions.schema';

/** 办理信访举报: check, conclude, clear (澄清正名), refer a false accusation, close; not by the person reported on (回避). */
export async function handlePetition(deps: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof petitionAction>): Promise<{ id: number; status: string }> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  try {
    return await runCommand(db, req, async (tx) => {
      const [row] = await tx.select().from(petition).where(and(eq(petition.institutionId, auth.institutionId), eq(petition.id, id))).for('update');
      const p = found(row, PETITION_HIDDEN);
      // 回避: the person reported on handles no step of the report about them.
      authorizeTolerance(auth, 'handlePetition', { reportedPersonId: p.reportedPersonId, action: b.action });
      const state: PetitionState = { status: p.status as PetitionStatus, receivedOn: p.receivedOn, checkingSince: p.checkingSince, outcome: p.outcome as PetitionOutcome | null, concludedOn: p.concludedOn, clearedOn: p.clearedOn, referredOn: p.referredOn };
      const next = applyPetition(state, b.action, { on: b.on, outcome: b.action === 'conclude' ? b.outcome : undefined, disposition: b.action === 'conclude' ? b.disposition : undefined, scope: b.action === 'clear' ? b.scope : undefined }, rules.clearance, today);
      const set =
        b.action === 'check' ? { checkingSince: b.on }
        : b.action === 'conclude' ? { outcome: b.outcome, concludedOn: b.on, conclusion: b.conclusion, disposition: b.disposition }
        : b.action === 'clear' ? { clearedOn: b.on, clearanceScope: b.scope, clearanceDetail: b.detail }
        : b.action === 'refer' ? { referredOn: b.on, referralNote: b.note }
        : {};
      await tx.update(petition).set({ ...set, status: next.status }).where(eq(petition.id, p.id));
      // tongren-2016 三（一）: a cadre about whom a report was found untrue is a target for a prevention interview,
      // from the conclusion (the interview may be how they are cleared) and after the clearance.
      const untrue = b.action === 'conclude' ? untrueReportEvent(auth.institutionId, p, b.outcome, b.on) : null;
      if (untrue) await tx.insert(domainEvent).values(untrue);
      if (b.action === 'clear' && p.reportedPersonId) await tx.insert(domainEvent).values(clearedEvent(auth.institutionId, { id: p.id, reportedPersonId: p.reportedPersonId, outcome: p.outcome }, b.on, b.scope));
      return { result: { id: p.id, status: next.status }, audit: { action: `petition.${b.action}`, entityType: 'petition', entityId: p.id, before: { status: p.status }, after: { status: next.status, ...set } } };
    });
  } catch (e) {
    throw procedureError(e);
  }
}
