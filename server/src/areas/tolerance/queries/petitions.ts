import { and, desc, eq, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { department, person, petition } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { show } from '../../../core/db/sealed';
import { owesClearance, petitionDeadlines, PETITION_OUTCOME_LABELS, PETITION_STATUS_LABELS, type PetitionOutcome, type PetitionStatus } from '../rules/clearance';
import { rulesAndCalendar } from '../context';
import { CHANNEL_LABELS } from '../http/petitions.schema';

const reported = alias(person, 'reported');

/** `viewer`: the person reading; reports about them are not shown to them (回避, and the reporter's protection). */
export async function listPetitions(deps: AppDeps, institutionId: number, viewer: number | null, id?: number) {
  const { db } = deps;
  const today = todayIso();
  const { rules, cal } = await rulesAndCalendar(db, deps, institutionId, today);
  const rows = await db
    .select({ p: petition, reportedName: reported.name, deptName: department.name })
    .from(petition)
    .leftJoin(reported, eq(reported.id, petition.reportedPersonId))
    .leftJoin(department, eq(department.id, petition.reportedDepartmentId))
    .where(and(eq(petition.institutionId, institutionId), id ? eq(petition.id, id) : undefined, viewer !== null ? or(isNull(petition.reportedPersonId), ne(petition.reportedPersonId, viewer)) : undefined))
    .orderBy(desc(petition.receivedOn), desc(petition.id));
  return rows.map(({ p, reportedName, deptName }) => {
    const o = p.outcome as PetitionOutcome | null;
    return {
      ...p, reporterName: show(petition.reporterName, p.id, p.reporterName), reporterContact: show(petition.reporterContact, p.id, p.reporterContact), channelLabel: CHANNEL_LABELS[p.channel] ?? p.channel, reportedName: reportedName ?? deptName ?? '', statusLabel: PETITION_STATUS_LABELS[p.status as PetitionStatus] ?? p.status,
      outcomeLabel: o ? PETITION_OUTCOME_LABELS[o] : null,
      ...petitionDeadlines({ outcome: o, concludedOn: p.concludedOn }, { clearance: rules.clearanceDays.days, referral: rules.referralDays.days }, cal),
      citation: owesClearance(o) ? rules.clearance.scopesCitation : o && p.disposition ? rules.clearance.dispositionsCitation : null,
    };
  });
}
