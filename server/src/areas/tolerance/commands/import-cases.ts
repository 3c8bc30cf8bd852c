import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { accountabilityCase, toleranceReview, toleranceStep } from '../../../core/db/schema';
import { AppError } from '../../../core/shared/errors';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { policyFor } from '../../../core/services/policy.service';
import type { CheckedImportRow, ImportContext } from '../../../core/imports/template';
import { applicantContext } from '../../sidelines';
import { OUTCOME_LABELS } from '../rules/procedure';
import { toleranceRules } from '../rules/rules';
import type { CaseImportWrite } from '../rules/case-import';
import { casesInUse } from '../queries/case-import-lookup';

type CaseRow = typeof accountabilityCase.$inferSelect;
type ReviewRow = typeof toleranceReview.$inferSelect;
type StepRow = typeof toleranceStep.$inferSelect;
type CaseFields = Omit<CaseRow, 'id' | 'createdAt' | 'updatedAt'>;
type ReviewFields = Omit<ReviewRow, 'id' | 'createdAt' | 'updatedAt'>;
type StepFields = Omit<StepRow, 'id' | 'reviewId' | 'recordedAt'>;

/**
 * What a batch of 问责案件 wrote, per case: its natural key and fingerprint (the record of the import: later batches
 * read them here), and what an update replaced (the case, its reviews and their steps), to be put back on withdrawal.
 */
export interface CaseImportUndo {
  entries: {
    key: string;
    fingerprint: string;
    caseId: number;
    before: { case: CaseFields; reviews: { review: ReviewFields; steps: StepFields[] }[] } | null;
  }[];
}

/** Who the imported step names as its actor (the importing account is kept in accountId and in the batch). */
const IMPORT_ACTOR = '上线导入';

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * 问责案件及容错认定结果 at go-live, written in the import's transaction as closed records: the case carried out and
 * closed on its decision, and where a determination was made a closed review whose every step is done on the day of
 * the determination (one step records the import), so no procedure step waits for anyone. An exemption carries the
 * protections the pack lists (read by the effects rules and the person page at once); a mitigation its impact period.
 */
export async function writeImportedCases(tx: Tx, ctx: ImportContext & { accountId: number; batchId: number }, rows: CheckedImportRow<CaseImportWrite>[]): Promise<CaseImportUndo> {
  const { policy } = await policyFor(tx, ctx.deps.packs, ctx.institutionId);
  const rules = toleranceRules(policy, ctx.today);
  const undo: CaseImportUndo = { entries: [] };
  for (const { write: w } of rows) {
    if (!w) continue;
    const subjectDepartmentId = (await applicantContext(tx, ctx.institutionId, w.personId, w.decidedOn)).departmentId ?? null;
    const fields: CaseFields = {
      institutionId: ctx.institutionId, subjectKind: 'person', subjectPersonId: w.personId, subjectDepartmentId, accountableDepartmentId: w.organId, matter: w.matter,
      startedOn: w.decidedOn, stage: 'closed', investigatingSince: null, handling: `${w.kindLabel}${w.docNo ? `（${w.docNo}）` : ''}`, carriedOutOn: w.decidedOn,
      closedOn: w.review ? later(w.decidedOn, w.review.determinedOn) : w.decidedOn, createdBy: ctx.accountId,
    };
    let caseId: number;
    let before: CaseImportUndo['entries'][number]['before'] = null;
    if (w.existingCaseId !== null) {
      caseId = w.existingCaseId;
      const [old] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, caseId));
      const reviews = await tx.select().from(toleranceReview).where(eq(toleranceReview.caseId, caseId));
      const steps = reviews.length ? await tx.select().from(toleranceStep).where(inArray(toleranceStep.reviewId, reviews.map((r) => r.id))) : [];
      const { id: _i, createdAt: _c, updatedAt: _u, ...oldCase } = old;
      before = {
        case: oldCase,
        reviews: reviews.map(({ id, createdAt: _rc, updatedAt: _ru, ...review }) => ({ review, steps: steps.filter((s) => s.reviewId === id).map(({ id: _s, reviewId: _r, recordedAt: _t, ...s }) => s) })),
      };
      await removeReviews(tx, reviews.map((r) => r.id));
      await tx.update(accountabilityCase).set({ ...fields, updatedAt: new Date() }).where(eq(accountabilityCase.id, caseId));
    } else {
      caseId = (await tx.insert(accountabilityCase).values(fields).returning({ id: accountabilityCase.id }))[0].id;
    }
    if (w.review) {
      const r = w.review;
      const on = r.determinedOn;
      const exempt = r.outcome === 'exempt';
      const [review] = await tx
        .insert(toleranceReview)
        .values({
          institutionId: ctx.institutionId, caseId, origin: r.origin, strategy: rules.strategy, applicantPersonId: w.personId, filedOn: on, status: 'closed',
          acceptedOn: on, reportOn: on, proposedOn: on, proposedOutcome: r.outcome, outcome: r.outcome, decidedOn: on, impactUntil: r.impactUntil,
          protections: exempt ? rules.protections : [], protectionCitation: exempt ? rules.protectionsCitation : null,
          explanation: '上线前已办结的容错认定（上线导入）', feedbackOn: on, publishedOn: exempt ? on : null, recordFiledOn: on, closedOn: on, createdBy: ctx.accountId,
        })
        .returning({ id: toleranceReview.id });
      await tx.insert(toleranceStep).values({
        institutionId: ctx.institutionId, reviewId: review.id, action: 'close', on, accountId: ctx.accountId, actorName: IMPORT_ACTOR,
        summary: `上线导入（批次 ${ctx.batchId}）：上线前已办结，认定${OUTCOME_LABELS[r.outcome]}` +
          (exempt ? `；以下方面不受影响：${rules.protections.map((p) => VALUE_LABELS[p] ?? p).join('、')}` : '') +
          (r.impactUntil ? `；影响期至 ${r.impactUntil}` : ''),
        article: exempt ? rules.protectionsCitation : null,
      });
    }
    undo.entries.push({ key: w.key, fingerprint: w.fingerprint, caseId, before });
  }
  return undo;
}

async function removeReviews(tx: Tx, reviewIds: number[]) {
  if (!reviewIds.length) return;
  await tx.delete(toleranceStep).where(inArray(toleranceStep.reviewId, reviewIds));
  await tx.delete(toleranceReview).where(inArray(toleranceReview.id, reviewIds));
}

/**
 * Withdraws a batch: refused while a case it wrote has been used since (a corrective measure, a follow-up visit, a
 * file); otherwise the cases it added are removed with their reviews, and those it updated put back as they were.
 */
export async function undoImportedCases(tx: Tx, _ctx: ImportContext, undo: CaseImportUndo): Promise<{ removed: number; restored: number }> {
  const caseIds = undo.entries.map((e) => e.caseId);
  const used = await casesInUse(tx, caseIds);
  if (used.size) {
    const names = await tx.select({ matter: accountabilityCase.matter }).from(accountabilityCase).where(inArray(accountabilityCase.id, [...used]));
    throw new AppError('IMPORT.UNDO_IN_USE', `导入的问责案件已有后续办理记录（${names.map((n) => n.matter).join('、')}：纠错措施、回访或附件），不能撤销该批次；如需更正，请修改后重新导入或在容错纠错页办理`, 409);
  }
  let removed = 0;
  let restored = 0;
  for (const e of [...undo.entries].reverse()) {
    const reviews = await tx.select({ id: toleranceReview.id }).from(toleranceReview).where(eq(toleranceReview.caseId, e.caseId));
    await removeReviews(tx, reviews.map((r) => r.id));
    if (!e.before) {
      await tx.delete(accountabilityCase).where(eq(accountabilityCase.id, e.caseId));
      removed++;
      continue;
    }
    await tx.update(accountabilityCase).set({ ...e.before.case, updatedAt: new Date() }).where(eq(accountabilityCase.id, e.caseId));
    for (const r of e.before.reviews) {
      const [back] = await tx.insert(toleranceReview).values(r.review).returning({ id: toleranceReview.id });
      if (r.steps.length) await tx.insert(toleranceStep).values(r.steps.map((s) => ({ ...s, reviewId: back.id })));
    }
    restored++;
  }
  return { removed, restored };
}
