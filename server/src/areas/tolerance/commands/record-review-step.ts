import { and, desc, eq, inArray } from 'drizzle-orm';
import { activeOn } from '../../../core/db/sql';
import type { z } from 'zod';
import type { Tx } from '../../../core/db/client';
import { accountabilityCase, department, person, post, tenure, toleranceReview, toleranceStep } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import { runCommand, type CommandAudit } from '../../../core/http/command';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { procedureError, rulesAndCalendar } from '../context';
import { tellStep } from '../notices';
import { AppError } from '../../../core/shared/errors';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { apply, OUTCOME_LABELS } from '../rules/procedure';
import type { ToleranceRules } from '../rules/rules';
import { FILING_WORDS } from '../rules/window';
import type { reviewAction } from '../http/tolerance.schema';
import { stateOf } from '../queries/cases';
import { authorizeTolerance, REVIEW_HIDDEN } from '../access';
import { found } from '../../../core/http/authorize';
import { departmentOfPost, postOfTenure } from '../../../core/db/joins';

type Body = z.infer<typeof reviewAction>;

/** The team as recorded: each member with the department they serve in (纪委、组织人事部门…). */
async function teamOf(tx: Tx, institutionId: number, ids: number[], on: string) {
  if (ids.length === 0) return [];
  const people = await tx.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), inArray(person.id, ids)));
  if (people.length !== new Set(ids).size) throw new AppError('TOLERANCE.TEAM_PERSON', '调查组成员中有不存在的人员', 400, { field: 'teamPersonIds' });
  const posts = await tx
    .select({ personId: tenure.personId, dept: department.name })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(department, departmentOfPost)
    .where(and(inArray(tenure.personId, ids), activeOn(tenure.startDate, tenure.endDate, on)));
  return people.map((p) => ({ personId: p.id, name: p.name, role: posts.find((x) => x.personId === p.id)?.dept ?? '' }));
}

/**
 * Records one step of a review (the route runs it inside runCommand): the pure procedure guards it, the row takes
 * the step's facts, the timeline gets the step. An exemption fixes the pack's protections on the record.
 */
async function recordAction(tx: Tx, auth: AuthContext, id: number, b: Body, rules: ToleranceRules, today: string): Promise<{ result: { id: number; status: string }; audit: CommandAudit }> {
  const [row] = await tx.select().from(toleranceReview).where(and(eq(toleranceReview.institutionId, auth.institutionId), eq(toleranceReview.id, id))).for('update');
  const r = found(row, REVIEW_HIDDEN);
  const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, r.caseId));
  // 回避: the applicant, the cadre held to account, or the chief of the unit held to account handles no step of it.
  authorizeTolerance(auth, 'handleReview', { review: r, case: c, action: b.action, recusalCitation: rules.procedure.recusalCitation });
  const [teamStep] = await tx.select({ on: toleranceStep.on }).from(toleranceStep).where(and(eq(toleranceStep.reviewId, r.id), eq(toleranceStep.action, 'team'))).orderBy(desc(toleranceStep.recordedAt), desc(toleranceStep.id)).limit(1);
  const team = b.action === 'team' ? await teamOf(tx, auth.institutionId, b.teamPersonIds, b.on) : null;
  const next = apply(
    stateOf(r, { caseStartedOn: c.startedOn, teamOn: teamStep?.on ?? null }),
    b.action,
    {
      on: b.on,
      actorPersonId: auth.personId,
      teamPersonIds: b.action === 'team' ? b.teamPersonIds : undefined,
      privateGainFound: b.action === 'report' ? b.privateGainFound : undefined,
      outcome: b.action === 'propose' || b.action === 'decide' ? b.outcome : undefined,
      meetingRef: b.action === 'decide' ? b.meetingRef : undefined,
      explanation: b.action === 'decide' ? b.explanation : undefined,
      mitigationNote: b.action === 'decide' ? b.mitigationNote : undefined,
      deferUntil: b.action === 'decide' ? b.deferUntil : undefined,
      reason: b.action === 'refuse' ? b.reason : undefined,
    },
    rules.procedure,
    today,
  );
  if (b.action === 'decide' && b.outcome === 'mitigate' && b.impactUntil && b.impactUntil <= b.on)
    throw new AppError('TOLERANCE.IMPACT_UNTIL', '影响期结束日期应晚于认定日期', 400, { field: 'impactUntil' });
  let set: Partial<typeof toleranceReview.$inferInsert> = {};
  let summary: string | null = null;
  let article: string | null = null;
  switch (b.action) {
    case 'accept':
      set = { acceptedOn: b.on };
      summary = FILING_WORDS[rules.strategy].accepted;
      article = rules.filing.citation;
      break;
    case 'refuse':
      set = { refusedOn: b.on, refusalReason: b.reason, refusalArticle: rules.filing.citation };
      summary = b.reason;
      article = rules.filing.citation;
      break;
    case 'team':
      set = { team: team!, experts: b.experts };
      summary = team!.map((t) => `${t.name}（${t.role}）`).join('、') + (b.experts ? `；专家：${b.experts}` : '');
      break;
    case 'hearing':
      set = { hearingOn: b.on, hearingSummary: b.summary };
      summary = b.summary;
      article = rules.procedure.hearingCitation;
      break;
    case 'report':
      // ahzaxy 第11条: an inquiry opened with the case finds which of the conditions apply.
      if (b.grounds.some((g) => !rules.grounds.includes(g)))
        throw new AppError('TOLERANCE.GROUND_UNKNOWN', '所选容错情形不在本院规定之列', 400, { field: 'grounds', article: rules.groundsCitation ?? undefined });
      if (b.grounds.length) set.grounds = b.grounds;
      set = { ...set, reportOn: b.on, report: b.report, privateGainFound: b.privateGainFound, factors: Object.fromEntries(Object.entries(b.factors).filter(([, v]) => !!v)) as Record<string, string> };
      summary = b.privateGainFound ? '调查查明存在谋取私利情形' : '调查查明未谋取私利';
      article = rules.investigation.citation;
      break;
    case 'propose':
      set = { proposedOn: b.on, proposedOutcome: b.outcome, proposal: b.proposal };
      summary = `建议${OUTCOME_LABELS[b.outcome]}：${b.proposal}`;
      break;
    case 'decide': {
      const exempt = b.outcome === 'exempt';
      set = {
        outcome: b.outcome, decidedOn: b.on, meetingRef: b.meetingRef, explanation: b.explanation,
        mitigationNote: b.outcome === 'mitigate' ? b.mitigationNote : null, impactUntil: b.outcome === 'mitigate' ? b.impactUntil : null,
        deferUntil: b.outcome === 'defer' ? b.deferUntil : r.deferUntil, firstDeferredOn: next.firstDeferredOn,
        protections: exempt ? rules.protections : [], protectionCitation: exempt ? rules.protectionsCitation : null,
      };
      summary = `党委会议（${b.meetingRef}）认定：${OUTCOME_LABELS[b.outcome]}` + (b.outcome === 'defer' ? `，暂缓至 ${b.deferUntil}` : '') +
        (exempt ? `；以下方面不受影响：${rules.protections.map((p) => VALUE_LABELS[p] ?? p).join('、')}` : '') +
        (b.outcome === 'mitigate' ? `；${b.mitigationNote}${b.impactUntil ? `，影响期至 ${b.impactUntil}` : ''}` : '') +
        (b.explanation ? `；${b.explanation}` : '');
      article = b.outcome === 'defer' ? rules.procedure.deferralCitation : exempt ? rules.protectionsCitation : rules.procedure.collectiveCitation;
      break;
    }
    case 'feedback':
      set = { feedbackOn: b.on, feedbackMethod: b.method };
      summary = b.method;
      article = rules.feedback.citation ?? rules.procedure.collectiveCitation;
      break;
    case 'publish':
      set = { publishedOn: b.on, publicationScope: b.scope, publicationMethod: b.method };
      summary = `${b.scope}；${b.method}`;
      article = rules.procedure.publicationCitation;
      break;
    case 'file_record':
      set = { recordFiledOn: b.on };
      summary = `报送${rules.procedure.filingRoles.map((x) => VALUE_LABELS[x] ?? x).join('、')}备案`;
      article = rules.procedure.filingCitation;
      break;
    case 'close':
      set = { closedOn: b.on };
      break;
  }
  await tx.update(toleranceReview).set({ ...set, status: next.status, updatedAt: new Date() }).where(eq(toleranceReview.id, r.id));
  await tx.insert(toleranceStep).values({ institutionId: auth.institutionId, reviewId: r.id, action: b.action, on: b.on, accountId: auth.accountId, actorName: auth.displayName, summary, article });
  return { result: { id: r.id, status: next.status }, audit: { action: `tolerance.${b.action}`, entityType: 'tolerance_review', entityId: r.id, before: { status: r.status }, after: { status: next.status, ...b } } };
}

/** 办理容错认定的一个环节, and whoever must act next is told. */
export async function recordReviewStep(deps: AppDeps, req: FastifyRequest, id: number, b: Body): Promise<{ id: number; status: string }> {
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(deps.db, deps, auth.institutionId, today);
  try {
    return await runCommand(deps.db, req, async (tx) => {
      const done = await recordAction(tx, auth, id, b, rules, today);
      await tellStep(tx, deps.packs, auth, id, b, rules);
      return done;
    });
  } catch (e) {
    throw procedureError(e);
  }
}
