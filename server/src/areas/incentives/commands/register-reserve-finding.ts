import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { reserveFinding } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { visiblePerson } from '../../people';
import { authorizeIncentive } from '../access';
import { reserveRulesOf } from '../queries/reserve';
import type { reserveFindingCreate } from '../http/reserve.schema';

/** 登记否决情形 (第5条): a kind the pack names, not dated ahead, not of oneself (回避). Returns the finding's id. */
export async function registerReserveFinding(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof reserveFindingCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  authorizeIncentive(auth, 'registerReserveFinding', b);
  const rules = await reserveRulesOf(deps, auth.institutionId);
  if (!rules.blockingFindings.includes(b.kind)) throw new AppError('RESERVE.FINDING_KIND', `情形应为：${rules.blockingFindings.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'kind', article: rules.findingsCitation ?? undefined });
  if (b.on > todayIso()) throw new AppError('RESERVE.FUTURE', '认定日期不能晚于今天', 400, { field: 'on' });
  return runCommand(db, req, async (tx) => {
    await visiblePerson(tx, auth, b.personId, todayIso());
    const [f] = await tx.insert(reserveFinding).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: reserveFinding.id });
    return { result: f.id, audit: { action: 'reserve.finding', entityType: 'reserve_finding', entityId: f.id, after: { personId: b.personId, kind: b.kind, on: b.on } } };
  });
}
