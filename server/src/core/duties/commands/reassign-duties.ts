import type { FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { person } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/dates';
import { dutiesFor } from '../duties.service';
import { dutyKindLabel, reassignerOf } from '../registry';
import { reassignRefusal } from '../refusals';
import { okItem, refusedForAudit, refusedItem, report, sortOut, type BatchItem, type BatchReport, batchEntity } from './batch';

/**
 * 转办 / 指定谈话人 from 应办事项: each selected duty passes to the named person where its kind's rule allows it (the
 * kind registers how: a talk quota → 指定谈话人, 第六条); a kind without such a rule is refused with its name. Those
 * refused are reported each with its reason and nothing is written for them; the rest in one transaction with one
 * audit event.
 */
export async function reassignDuties({ db, packs }: AppDeps, req: FastifyRequest, b: { keys: string[]; personId: number; reason: string }): Promise<BatchReport> {
  const auth = req.auth!;
  const today = todayIso();
  const [to] = await db.select({ id: person.id, name: person.name, status: person.status }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
  if (!to) throw new AppError('PERSON.NOT_FOUND', '所选人员不存在', 400, { field: 'personId' });
  if (to.status !== 'active') throw new AppError('TALK.INACTIVE_PERSON', `${to.name}已不在职，不能指定为办理人`, 400, { field: 'personId' });
  const { duties } = await dutiesFor(db, packs, auth.institutionId, today, auth.factsVersion);
  const sorted = sortOut(b.keys, new Map(duties.map((d) => [d.key, d])), (d) => {
    const r = reassignRefusal(auth, d);
    if (r || reassignerOf(d!.kind)) return r;
    return { status: 422, code: 'DUTY.NOT_REASSIGNABLE', message: `“${dutyKindLabel(d!.kind)}”类事项的责任人由制度确定，不能转办` };
  });
  const items: BatchItem[] = sorted.map((s) => (s.refusal ? refusedItem(s.key, s.duty, s.refusal) : okItem(s.duty!)));
  if (!items.some((i) => i.ok)) return report(items);
  return runCommand(db, req, async (tx) => {
    const wrote: Record<string, unknown>[] = [];
    for (const [i, s] of sorted.entries()) {
      if (!items[i].ok) continue;
      const d = s.duty!;
      // The kind's rule decides in the transaction (e.g. a talker already named for the subject this year): refused, it writes nothing.
      const out = await reassignerOf(d.kind)!(tx, { institutionId: auth.institutionId, accountId: auth.accountId, today }, d, { personId: to.id, reason: b.reason });
      if (out.ok) wrote.push({ key: d.key, ...out.wrote });
      else items[i] = refusedItem(d.key, d, out);
    }
    const keys = items.filter((x) => x.ok).map((x) => x.key);
    return {
      result: report(items),
      audit: { action: 'duty.reassign', entityType: 'duty', entityId: batchEntity(keys.length ? keys : [sorted[0].key]), after: { personId: to.id, person: to.name, reason: b.reason }, detail: { keys, wrote, refused: refusedForAudit(items) } },
    };
  });
}
