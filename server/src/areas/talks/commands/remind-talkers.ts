import type { FastifyRequest } from 'fastify';
import { talkSupervisionNote } from '../../../core/db/schema';
import { notify } from '../../../core/notifications/notify';
import { citationName } from '../../../core/policy/citation-names';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { talksPolicy } from '../policy';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { composeTalkReminder, owedByTalker } from '../rules/reminder';
import { yearCompletion } from '../queries/completion';
import { namesOf } from '../queries/people';

/** 提醒谈心谈话开展不到位的谈话人 (第十一条): one notice a talker a day, each listed in the year's supervision record. */
export async function remindTalkers({ db, packs }: AppDeps, req: FastifyRequest, year: number): Promise<{ sent: number; skipped: number }> {
  const auth = req.auth!;
  const today = todayIso();
  if (year !== Number(today.slice(0, 4))) throw new AppError('TALK.REMIND_PAST_YEAR', '只能提醒本年度尚未完成的谈话', 400, { field: 'year' });
  const { duties } = await yearCompletion(db, packs, auth.institutionId, year);
  const { policy } = await policyFor(db, packs, auth.institutionId);
  const citation = policy.param(talksPolicy, 'talks.supervision', today).source.citation;
  const names = await namesOf(db, auth.institutionId, duties.flatMap((d) => (d.kind === 'talk_quota' && d.subjectPersonId !== undefined ? [d.subjectPersonId] : [])));
  const owed = owedByTalker(duties, (id) => names.get(id) ?? `人员${id}`);
  return runCommand(db, req, async (tx) => {
    // One reminder a talker a day: the dedupe key drops a second one, and the record keeps only those sent.
    let sent = 0;
    let skipped = 0;
    const notes: (typeof talkSupervisionNote.$inferInsert)[] = [];
    for (const [talker, list] of owed) {
      const text = composeTalkReminder(year, list, citationName(packs, citation));
      const id = await notify(tx, {
        institutionId: auth.institutionId, recipientPersonId: talker, kind: 'talk_reminder', title: text.title, body: text.body,
        link: '/talks', citation, urgent: false, createdBy: auth.accountId, dedupeKey: `talk_reminder:${today}`,
      });
      if (id === null) {
        skipped++;
        continue;
      }
      sent++;
      notes.push({ institutionId: auth.institutionId, talkerPersonId: talker, year, kind: 'reminder', note: text.note, createdBy: auth.accountId });
    }
    // Listed in the page's 提醒和批评教育记录 (第十一条), one line per talker reminded.
    if (notes.length) await tx.insert(talkSupervisionNote).values(notes);
    return { result: { sent, skipped }, audit: { action: 'talk.remind', entityType: 'talk_reminder', entityId: year, after: { sent, skipped } } };
  });
}
