import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { account, institution, person } from '../db/schema';
import type { Pack } from '../policy/pack-schema';
import { policyFor } from '../services/policy.service';
import { loadCalendar } from '../services/calendar.service';
import { dutiesFor } from '../duties/duties.service';
import { oversightsOn } from '../roster/posts';
import { notifyMany, type NoticeInput } from '../notifications/notify';
import { citationName } from '../policy/citation-names';
import { ROLE_LABELS, type Role } from '../auth/roles';
import type { EffectivePolicy } from '../policy/effective-policy';
import { together } from '../db/together';
import {
  areaOf,
  composeDigest,
  composeDueToday,
  composeEscalation,
  escalationTarget,
  ownersOf,
  reminderStage,
  workingDaysOverdue,
  type EscalationRule,
  type ListedDuty,
} from './rules';
import { escalationKeys } from '../policy/policy-keys';

/** The system, as the creator of scheduled notices. */
const SYSTEM = 0;

function escalationRule(policy: EffectivePolicy, area: string, asOf: string): EscalationRule | null {
  const keys = escalationKeys(area);
  const days = policy.maybeParam(keys, `${area}.escalation_working_days`, asOf);
  const ladder = policy.maybeParam(keys, `${area}.escalation_ladder`, asOf);
  if (!days || !ladder) return null;
  return { workingDays: days.value, ladder: ladder.value, citation: ladder.source.citation, daysAreDefault: days.source.isDefault };
}

/**
 * The daily duty reminder of an institution on a date (registered as a daily job): each person whose duties are due
 * soon, due today or overdue gets one digest; a deadline today also goes as an urgent notice; a duty overdue by the
 * area's number of working days is escalated up its ladder. Dedupe keys make a second run on the same day send
 * nothing new (and an escalation is sent once per duty).
 */
export async function sendDutyReminders(db: Db, packs: ReadonlyMap<string, Pack>, institutionId: number, asOf: string): Promise<{ notices: number; escalations: number }> {
  // Run by the daily job inside its transaction: reads one after another there (together), at once on the pool.
  const [{ duties }, { policy }, calendar, accounts, oversights] = await together(db, [
    () => dutiesFor(db, packs, institutionId, asOf),
    () => policyFor(db, packs, institutionId),
    () => loadCalendar(db),
    () => db
      .select({ personId: account.personId, roles: account.roles })
      .from(account)
      .where(and(eq(account.institutionId, institutionId), eq(account.disabled, false), isNotNull(account.personId))),
    () => oversightsOn(db, institutionId, asOf),
  ]);
  const roleHolders = new Map<string, number[]>();
  for (const a of accounts) for (const r of a.roles) roleHolders.set(r, [...(roleHolders.get(r) ?? []), a.personId!]);
  const overseers = new Map<number, number[]>();
  for (const o of oversights) overseers.set(o.departmentId, [...(overseers.get(o.departmentId) ?? []), o.leaderPersonId]);

  const rules = new Map<string, EscalationRule | null>();
  const ruleOf = (area: string) => (rules.has(area) ? rules.get(area)! : rules.set(area, escalationRule(policy, area, asOf)).get(area)!);

  const digests = new Map<number, ListedDuty[]>();
  const urgent: NoticeInput[] = [];
  const escalations: { target: number[]; targetLabel: string; owners: number[]; ownerRole?: string; duty: ListedDuty; days: number; ladderCitation: string | null }[] = [];
  for (const d of duties) {
    const stage = reminderStage(d, asOf);
    if (!stage) continue;
    const owners = ownersOf(d.owner, roleHolders);
    // Texts name the regulation in Chinese; the notice's citation field keeps the citation as the app shows it elsewhere.
    const listed: ListedDuty = { key: d.key, title: d.title, dueDate: d.dueDate, citation: citationName(packs, d.citation), stage };
    for (const p of owners) digests.set(p, [...(digests.get(p) ?? []), listed]);
    if (stage === 'due_today')
      for (const p of owners)
        urgent.push({ institutionId, recipientPersonId: p, kind: 'duty_due_today', ...composeDueToday(listed), link: d.link, citation: d.citation, urgent: true, createdBy: SYSTEM, dedupeKey: `duty_due_today:${d.key}:${asOf}` });
    if (stage !== 'overdue') continue;
    const rule = ruleOf(areaOf(d.kind));
    if (!rule) continue;
    const days = workingDaysOverdue(calendar, d.dueDate, asOf);
    if (days < rule.workingDays) continue;
    const target = escalationTarget(d, rule, { overseers, roleHolders, owners });
    if (target) escalations.push({ target: target.personIds, targetLabel: target.label, owners, ownerRole: d.owner.type === 'role' ? d.owner.role : undefined, duty: listed, days, ladderCitation: rule.citation });
  }

  const nameIds = [...new Set(escalations.flatMap((e) => e.owners))];
  const names = new Map(
    nameIds.length ? (await db.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, nameIds))).map((p) => [p.id, p.name]) : [],
  );
  const ownerNames = (e: (typeof escalations)[number]) => {
    const people = e.owners.map((id) => names.get(id)).filter(Boolean).join('、');
    if (e.ownerRole) return `${ROLE_LABELS[e.ownerRole as Role] ?? e.ownerRole}${people ? `（${people}）` : ''}`;
    return people || '责任人';
  };

  const notices: NoticeInput[] = [
    ...[...digests].map(([recipientPersonId, items]) => ({
      institutionId, recipientPersonId, kind: 'duty_digest', ...composeDigest(items, asOf), link: '/workbench', urgent: false, createdBy: SYSTEM, dedupeKey: `duty_digest:${asOf}`,
    })),
    ...urgent,
  ];
  const up: NoticeInput[] = escalations.flatMap((e) =>
    e.target.map((recipientPersonId) => ({
      institutionId,
      recipientPersonId,
      kind: 'duty_escalation',
      ...composeEscalation({ title: e.duty.title, dueDate: e.duty.dueDate, ownerNames: ownerNames(e), workingDaysOverdue: e.days, citation: e.duty.citation, ladderCitation: citationName(packs, e.ladderCitation), targetLabel: e.targetLabel }),
      link: '/duties',
      citation: e.ladderCitation,
      urgent: false,
      createdBy: SYSTEM,
      dedupeKey: `duty_escalation:${e.duty.key}`,
    })),
  );
  // A college's day is hundreds of notices (about 160 at each college of M): written 500 to a statement, not one each.
  return db.transaction(async (tx) => {
    const sent = await notifyMany(tx, notices);
    const raised = await notifyMany(tx, up);
    return { notices: sent.length, escalations: raised.length };
  });
}

/** The daily duty reminder of every institution on a date (what the daily job runs), one institution at a time. */
export async function sendDutyRemindersToAll(db: Db, packs: ReadonlyMap<string, Pack>, asOf: string): Promise<{ notices: number; escalations: number }> {
  const total = { notices: 0, escalations: 0 };
  for (const { id } of await db.select({ id: institution.id }).from(institution).orderBy(institution.id)) {
    const r = await sendDutyReminders(db, packs, id, asOf);
    total.notices += r.notices;
    total.escalations += r.escalations;
  }
  return total;
}
