import { and, eq, gte, inArray, isNotNull, ne } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { accountabilityCase, domainEvent, interview, interviewTarget, interviewTargetFact, person, petition, talkOccasion, writtenInquiry } from '../../../core/db/schema';
import { addMonths } from '../../../core/shared/dates';
import { toleranceEventFacts, type TargetFact, type TargetFacts } from '../rules/targets';

/** The tolerance area's events that make targets (tongren-2016 三). */
const TOLERANCE_EVENT_KINDS = ['tolerance.report_untrue', 'tolerance.cleared', 'tolerance.correction_interview'];
import type { CurrentPost } from '../../../core/roster/posts';

const PARTY_MEMBERS = ['cpc_member', 'cpc_probationary'];

/**
 * What the system knows that makes a Party member a target (tongren-2016 三): their posts, and what other areas
 * recorded — the tolerance area's untrue reports, clearances and corrective measures (its events), reports under check and their
 * dispositions (for those who may read the register), accountability handling, talk situations showing a tendency,
 * written inquiries assessed for an interview, and what the discipline office registered (批评教育, 民主生活会说明,
 * 组织处理, 纪律处分). Persons already interviewed this year in a kind are covered.
 */
export async function loadTargetFacts(ex: Executor, institutionId: number, posts: CurrentPost[], asOf: string, opts: { withReports: boolean; lookbackMonths: number }): Promise<TargetFacts> {
  const since = addMonths(asOf, -opts.lookbackMonths);
  const year = Number(asOf.slice(0, 4));
  const [events, cases, tendencies, inquiries, covered, petitions, registered] = await together(ex, [
    () => ex
      .select({ kind: domainEvent.kind, personId: domainEvent.subjectPersonId, on: domainEvent.occurredOn, source: domainEvent.source, payload: domainEvent.payload })
      .from(domainEvent)
      .where(and(eq(domainEvent.institutionId, institutionId), inArray(domainEvent.kind, TOLERANCE_EVENT_KINDS), gte(domainEvent.occurredOn, since), isNotNull(domainEvent.subjectPersonId))),
    () => ex
      .select({ personId: accountabilityCase.subjectPersonId, on: accountabilityCase.carriedOutOn, matter: accountabilityCase.matter })
      .from(accountabilityCase)
      .where(and(eq(accountabilityCase.institutionId, institutionId), isNotNull(accountabilityCase.subjectPersonId), gte(accountabilityCase.carriedOutOn, since))),
    () => ex
      .select({ personId: talkOccasion.subjectPersonId, on: talkOccasion.occasionDate, note: talkOccasion.note })
      .from(talkOccasion)
      .where(and(eq(talkOccasion.institutionId, institutionId), eq(talkOccasion.kind, 'tendency'), gte(talkOccasion.occasionDate, since), isNotNull(talkOccasion.subjectPersonId))),
    () => ex
      .select({ personId: writtenInquiry.targetPersonId, on: writtenInquiry.assessedOn, matter: writtenInquiry.matter })
      .from(writtenInquiry)
      .where(and(eq(writtenInquiry.institutionId, institutionId), eq(writtenInquiry.assessment, 'interview'), gte(writtenInquiry.assessedOn, since))),
    () => ex
      .select({ personId: interviewTarget.personId, kind: interview.kind })
      .from(interviewTarget)
      .innerJoin(interview, eq(interview.id, interviewTarget.interviewId))
      .where(and(eq(interview.institutionId, institutionId), ne(interview.status, 'cancelled'), gte(interview.scheduledOn, `${year}-01-01`))),
    () => opts.withReports
      ? ex
          .select({ personId: petition.reportedPersonId, status: petition.status, disposition: petition.disposition, receivedOn: petition.receivedOn, concludedOn: petition.concludedOn, allegation: petition.allegation })
          .from(petition)
          .where(and(eq(petition.institutionId, institutionId), isNotNull(petition.reportedPersonId), gte(petition.receivedOn, since)))
      : Promise.resolve([]),
    () => ex
      .select({ personId: interviewTargetFact.personId, source: interviewTargetFact.source, on: interviewTargetFact.on, detail: interviewTargetFact.detail })
      .from(interviewTargetFact)
      .where(and(eq(interviewTargetFact.institutionId, institutionId), gte(interviewTargetFact.on, since))),
  ]);
  const facts: TargetFact[] = [...registered, ...toleranceEventFacts(events.map((e) => ({ ...e, personId: e.personId! })))];
  for (const c of cases) facts.push({ personId: c.personId!, source: 'accountability_handling', on: c.on!, detail: `问责处理已实施：${c.matter}` });
  for (const t of tendencies) facts.push({ personId: t.personId!, source: 'tendency', on: t.on, detail: `倾向性苗头：${t.note}` });
  for (const i of inquiries) facts.push({ personId: i.personId, source: 'open_lead', on: i.on!, detail: `函询评估转约谈：${i.matter}` });
  for (const p of petitions) {
    if (p.status === 'received' || p.status === 'checking') facts.push({ personId: p.personId!, source: 'open_lead', on: p.receivedOn, detail: '有反映问题线索正在核查' });
    else if (p.disposition === 'written_inquiry') facts.push({ personId: p.personId!, source: 'written_inquiry_disposition', on: p.concludedOn ?? p.receivedOn, detail: '问题线索拟以谈话函询方式处置' });
    // 提醒、谈话 after a check are the first of the 四种形态, as 批评教育 is (三（三）).
    else if (p.disposition === 'reminder' || p.disposition === 'talk') facts.push({ personId: p.personId!, source: 'criticism', on: p.concludedOn ?? p.receivedOn, detail: '问题线索核查后予以谈话提醒' });
  }
  const members = posts.filter((p) => PARTY_MEMBERS.includes(p.politicalStatus));
  const memberIds = new Set(members.map((p) => p.personId));
  const others = [...new Set(facts.map((f) => f.personId).filter((id) => !memberIds.has(id)))];
  const outside = others.length
    ? await ex.select({ id: person.id, name: person.name, politicalStatus: person.politicalStatus }).from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, others)))
    : [];
  const allowed = new Set([...memberIds, ...outside.filter((p) => PARTY_MEMBERS.includes(p.politicalStatus)).map((p) => p.id)]);
  return {
    roster: members,
    facts: facts.filter((f) => allowed.has(f.personId)),
    covered: new Set(covered.map((c) => `${c.personId}|${c.kind}`)),
    names: new Map(outside.map((p) => [p.id, p.name])),
  };
}
