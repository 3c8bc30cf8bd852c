import type { Area } from '../policy/pack-schema';
import type { Duty, DutyOwner } from '../duties/types';
import { ROLE_LABELS, type Role } from '../auth/roles';
import { UnknownCalendarYearError, workingDaysBetween, type CalendarData } from '../calendar/working-days';
import { addDays } from '../shared/dates';

/**
 * What the daily duty reminder sends, as pure rules: which reminder stage a duty is in on a date, who hears of it,
 * whom an overdue duty is escalated to, and the Chinese texts. The I/O (loading duties, people, the calendar and
 * recording notices) is in send.ts.
 */

/** A duty's reminder stage on a date; null when it needs no reminder (not yet due soon, done or waived). */
export type ReminderStage = 'overdue' | 'due_today' | 'due_soon';

export const STAGE_LABELS: Record<ReminderStage, string> = { overdue: '已逾期', due_today: '今日到期', due_soon: '即将到期' };

export function reminderStage(d: Pick<Duty, 'status' | 'dueDate'>, asOf: string): ReminderStage | null {
  if (d.status === 'overdue') return 'overdue';
  if (d.status === 'due_soon') return d.dueDate === asOf ? 'due_today' : 'due_soon';
  return null;
}

/** The regulation area a duty kind belongs to: where its escalation rule is read. */
const AREA_BY_PREFIX: [string, Area][] = [
  ['talk_', 'talks'],
  ['sideline_', 'sidelines'],
  ['tolerance_', 'tolerance'],
  ['interview_', 'interviews'],
  ['written_inquiry', 'interviews'],
];
export function areaOf(kind: string): Area {
  return AREA_BY_PREFIX.find(([p]) => kind.startsWith(p))?.[1] ?? 'incentives';
}

/** The persons who owe a duty: the named person(s), or the holders of the role's accounts. */
export function ownersOf(owner: DutyOwner, roleHolders: ReadonlyMap<string, readonly number[]>): number[] {
  if (owner.type === 'person') return [owner.personId];
  if (owner.type === 'persons') return [...new Set(owner.personIds)];
  return [...new Set(roleHolders.get(owner.role) ?? [])];
}

/** An area's escalation rule from its pack: after how many working days overdue, and to whom. */
export interface EscalationRule {
  workingDays: number;
  /** Where a department's duty and a college (role-owned) duty go: the overseeing leader, and an office's role. */
  ladder: { department_duty: 'escalate_to_overseer'; college_duty: string };
  citation: string | null;
  /** Where the number of days is the system's default (the regulation sets none). */
  daysAreDefault: boolean;
}

export interface EscalationTarget {
  personIds: number[];
  /** How the target is named in the notice: 分管（联系）院领导 or the office. */
  label: string;
}

/**
 * Whom an overdue duty goes up to. A department's duty (owed by its people) → the department's overseeing leaders
 * who do not owe it themselves; a college duty (owed by a role), or a department's duty whose overseers are the
 * ones who owe it or are missing → the office the area names (organization department or discipline office), unless
 * that office is the one that owes it (nobody above it is named by the rules: no escalation).
 */
export function escalationTarget(
  d: Pick<Duty, 'owner' | 'subjectDepartmentId'>,
  rule: EscalationRule,
  facts: { overseers: ReadonlyMap<number, readonly number[]>; roleHolders: ReadonlyMap<string, readonly number[]>; owners: readonly number[] },
): EscalationTarget | null {
  const owes = new Set(facts.owners);
  if (d.owner.type !== 'role' && d.subjectDepartmentId !== undefined && rule.ladder.department_duty === 'escalate_to_overseer') {
    const up = (facts.overseers.get(d.subjectDepartmentId) ?? []).filter((id) => !owes.has(id));
    if (up.length) return { personIds: [...new Set(up)], label: '分管（联系）院领导' };
  }
  const role = rule.ladder.college_duty;
  if (d.owner.type === 'role' && d.owner.role === role) return null;
  const holders = (facts.roleHolders.get(role) ?? []).filter((id) => !owes.has(id));
  if (!holders.length) return null;
  return { personIds: [...new Set(holders)], label: ROLE_LABELS[role as Role] ?? role };
}

/** A duty as listed in a notice. */
export interface ListedDuty {
  key: string;
  title: string;
  dueDate: string;
  citation: string | null;
  stage: ReminderStage;
}

const line = (d: ListedDuty) => `· ${d.title}（应于 ${d.dueDate} 前完成${d.citation ? `；依据：${d.citation}` : ''}）`;

/** The day's one digest for a person: their duties grouped by stage, the most pressing first. */
export function composeDigest(items: readonly ListedDuty[], asOf: string): { title: string; body: string } {
  const order: ReminderStage[] = ['overdue', 'due_today', 'due_soon'];
  const count = (s: ReminderStage) => items.filter((i) => i.stage === s).length;
  const head = order.filter((s) => count(s) > 0).map((s) => `${STAGE_LABELS[s]} ${count(s)} 项`).join('，');
  const sections = order
    .filter((s) => count(s) > 0)
    .map((s) => [`【${STAGE_LABELS[s]}】`, ...items.filter((i) => i.stage === s).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0)).map(line)].join('\n'));
  return { title: `应办事项提醒（${asOf}）：${head}`, body: [`截至 ${asOf}，您有以下应办事项需要办理：`, ...sections, '请在“我的工作台”中办理。'].join('\n') };
}

/** The urgent notice of a deadline falling today. */
export function composeDueToday(d: ListedDuty): { title: string; body: string } {
  return { title: `今日到期：${d.title}`, body: `“${d.title}”今天（${d.dueDate}）到期，请今天内办理。${d.citation ? `依据：${d.citation}。` : ''}` };
}

/** The notice to whom an overdue duty is escalated: who owes what, how overdue, on which article. */
export function composeEscalation(e: { title: string; dueDate: string; ownerNames: string; workingDaysOverdue: number; citation: string | null; ladderCitation: string | null; targetLabel: string }): { title: string; body: string } {
  const basis = [e.citation && `事项依据：${e.citation}`, e.ladderCitation && `督促依据：${e.ladderCitation}`].filter(Boolean).join('；');
  return {
    title: `逾期督促：${e.ownerNames}的“${e.title}”已逾期 ${e.workingDaysOverdue} 个工作日`,
    body: `${e.ownerNames}应于 ${e.dueDate} 前完成的“${e.title}”至今未办，已逾期 ${e.workingDaysOverdue} 个工作日，现报${e.targetLabel}督促办理。${basis ? `${basis}。` : ''}`,
  };
}

/**
 * Working days a duty is overdue by on a date: those in (due date, date]. In a year whose holidays are not yet known
 * the weekdays are counted (as provisional deadlines are), so a missing calendar year never stops the reminders.
 */
export function workingDaysOverdue(cal: CalendarData, dueDate: string, asOf: string): number {
  if (asOf <= dueDate) return 0;
  try {
    return workingDaysBetween(cal, dueDate, asOf);
  } catch (e) {
    if (!(e instanceof UnknownCalendarYearError)) throw e;
    let n = 0;
    for (let d = addDays(dueDate, 1); d <= asOf; d = addDays(d, 1)) if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) n++;
    return n;
  }
}

/**
 * The notice an overseer sends from 应办事项 (提醒): who reminds, what is owed by when, whether it is already overdue,
 * and the article. Urgent (sent through the outside channels at once) when overdue.
 */
export function composeNudge(e: { by: string; title: string; dueDate: string; overdue: boolean; citation: string | null }): { title: string; body: string; urgent: boolean } {
  return {
    title: `${e.overdue ? '逾期' : ''}督办提醒：${e.title}`,
    body: `${e.by}提醒您办理“${e.title}”，应于 ${e.dueDate} 前完成${e.overdue ? '，现已逾期' : ''}。${e.citation ? `依据：${e.citation}。` : ''}请在“我的工作台”中办理。`,
    urgent: e.overdue,
  };
}
