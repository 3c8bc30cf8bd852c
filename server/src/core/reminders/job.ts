import type { Pack } from '../policy/pack-schema';
import { registerDailyJob } from '../jobs/registry';
import { sendDutyReminders } from './send';

/**
 * The daily reminders from duties (README 通知渠道): each college's digests, deadlines today and escalations, written in
 * the job's own transaction so that a day's run takes effect exactly once. The delivery queue sends them out at each
 * person's digest time (urgent ones at once, after quiet hours).
 */
export function registerReminderJobs(packs: ReadonlyMap<string, Pack>): void {
  registerDailyJob({
    name: 'duty-reminders',
    label: '应办事项提醒',
    at: '07:00',
    perInstitution: true,
    handler: ({ txDb, institutionId, asOf }) => sendDutyReminders(txDb, packs, institutionId!, asOf),
  });
}
