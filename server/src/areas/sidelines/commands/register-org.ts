import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { outsideOrg } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { checkUscc, USCC_MESSAGES } from '../rules/uscc';
import { orgNamed } from '../queries/orgs';
import type { orgCreate } from '../http/sidelines.schema';

/** Kinds registered in China, which carry a 统一社会信用代码. */
const DOMESTIC = ['association', 'foundation', 'private_nonprofit', 'enterprise'];

/** 登记兼职单位: once a name in the college; a domestic one with a valid 统一社会信用代码; college investment only in an enterprise. */
export async function registerOrg({ db }: AppDeps, req: FastifyRequest, b: z.infer<typeof orgCreate>): Promise<typeof outsideOrg.$inferSelect> {
  const auth = req.auth!;
  if (DOMESTIC.includes(b.kind) && !b.uscc) throw new AppError('SIDELINE.USCC_REQUIRED', '社会团体、基金会、民办非企业单位和企业须填写统一社会信用代码', 400, { field: 'uscc' });
  const usccProblem = b.uscc ? checkUscc(b.uscc) : null;
  if (usccProblem) throw new AppError('SIDELINE.USCC_INVALID', USCC_MESSAGES[usccProblem], 400, { field: 'uscc' });
  if (b.collegeInvestment !== 'none' && b.kind !== 'enterprise') throw new AppError('SIDELINE.INVESTMENT_KIND', '学院出资（全资、控股、参股）只适用于企业', 400, { field: 'collegeInvestment' });
  return runCommand(db, req, async (tx) => {
    if (await orgNamed(tx, auth.institutionId, b.name)) throw new AppError('SIDELINE.ORG_EXISTS', `“${b.name}”已登记，请直接选择`, 409, { field: 'name' });
    const [r] = await tx.insert(outsideOrg).values({ ...b, institutionId: auth.institutionId, createdBy: auth.accountId }).returning();
    return { result: r, audit: { action: 'sideline.org_create', entityType: 'outside_org', entityId: r.id, after: b } };
  });
}
