import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { todayIso } from '../../shared/dates';
import { notify } from '../../notifications/notify';
import { personsHolding } from '../../reminders/tell';
import { composeNudge, ownersOf } from '../../reminders/rules';
import { citationName } from '../../policy/citation-names';
import { dutiesFor } from '../duties.service';
import { inScope } from '../college-list';
import { remindRefusal } from '../refusals';
import type { Duty } from '../types';
import { okItem, refusedForAudit, refusedItem, report, sortOut, type BatchItem, type BatchReport, batchEntity } from './batch';

/**
 * 提醒 from 应办事项: each selected duty still owed and in the caller's scope sends its owners — the named person, each
 * of a group, or the holders of an owing role's accounts, not the caller — one notice (督办提醒: what, by when,
 * whether overdue, the article; urgent when overdue), through notify() like every reminder, so it also goes out
 * through their channels. One reminder a duty a person a day: a duty whose owners were all reminded of it today is
 * reported so. One transaction and one audit event for the batch; notices change no fact.
 */
export async function remindDuties({ db, packs }: AppDeps, req: FastifyRequest, b: { keys: string[] }): Promise<BatchReport & { notices: number }> {
  const auth = req.auth!;
  const today = todayIso();
  const { duties } = await dutiesFor(db, packs, auth.institutionId, today, auth.factsVersion);
  const mine = new Map(duties.filter(inScope(auth)).map((d) => [d.key, d]));
  const sorted = sortOut(b.keys, mine, remindRefusal);
  const roles = [...new Set(sorted.flatMap((s) => (!s.refusal && s.duty!.owner.type === 'role' ? [s.duty!.owner.role] : [])))];
  const holders = new Map(await Promise.all(roles.map(async (r) => [r, await personsHolding(db, auth.institutionId, { roles: [r] })] as const)));
  const recipients = (d: Duty) => ownersOf(d.owner, holders).filter((p) => p !== auth.personId);

  const items: BatchItem[] = sorted.map((s) => {
    if (s.refusal) return refusedItem(s.key, s.duty, s.refusal);
    if (!recipients(s.duty!).length) return refusedItem(s.key, s.duty, { code: 'DUTY.NO_RECIPIENT', message: '该事项的责任方没有可接收提醒的账号（或责任方即您本人）' });
    return okItem(s.duty!);
  });
  if (!items.some((i) => i.ok)) return { ...report(items), notices: 0 };
  return runCommand(
    db,
    req,
    async (tx) => {
      let notices = 0;
      for (const [i, s] of sorted.entries()) {
        if (!items[i].ok) continue;
        const d = s.duty!;
        const text = composeNudge({ by: auth.displayName, title: d.title, dueDate: d.dueDate, overdue: d.status === 'overdue', citation: citationName(packs, d.citation) });
        let sent = 0;
        for (const p of recipients(d)) {
          const id = await notify(tx, {
            institutionId: auth.institutionId, recipientPersonId: p, kind: 'duty_reminder', title: text.title, body: text.body, link: d.link,
            citation: d.citation, urgent: text.urgent, createdBy: auth.accountId, dedupeKey: `duty_reminder:${d.key}:${today}`,
          });
          if (id !== null) sent++;
        }
        if (sent) notices += sent;
        else items[i] = refusedItem(d.key, d, { code: 'DUTY.REMINDED_TODAY', message: '今天已提醒过该事项的责任方，明天可再次提醒' });
      }
      const keys = items.filter((x) => x.ok).map((x) => x.key);
      return {
        result: { ...report(items), notices },
        audit: { action: 'duty.remind', entityType: 'duty', entityId: batchEntity(keys.length ? keys : [sorted[0].key]), after: { sent: notices }, detail: { keys, refused: refusedForAudit(items) } },
      };
    },
    { affects: 'nothing' },
  );
}
