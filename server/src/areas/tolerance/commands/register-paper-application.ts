import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { decodeUpload, storeFile } from '../../../core/files/files';
import { ProcedureError } from '../rules/procedure';
import { checkStepDate, receiptPriors } from '../rules/step-dates';
import { checkFiling, stageOn } from '../rules/window';
import { authorizeTolerance } from '../access';
import { rulesAndCalendar } from '../context';
import type { paperApplicationBody } from '../http/tolerance.schema';
import { getCase } from '../queries/cases';
import { checkApplicationContent, insertApplication } from './application';

/**
 * 代为登记书面申请 (xzcit-2018 第五条（一）): the office that received a written application registers it with its real
 * receipt date and the scan; the window applies to that date. A party to the case does not (回避).
 */
export async function registerPaperApplication(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof paperApplicationBody>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const c = await getCase(db, auth.institutionId, b.caseId);
  // 回避: nobody registers an application in a case they are a party to.
  authorizeTolerance(auth, 'registerPaper', c);
  const { rules, cal } = await rulesAndCalendar(db, deps, auth.institutionId, b.receivedOn);
  const article = rules.filing.citation ?? undefined;
  try {
    checkStepDate('TOLERANCE', '收到书面申请', b.receivedOn, receiptPriors(c), today, rules.filing.citation);
  } catch (e) {
    if (e instanceof ProcedureError) throw new AppError(e.code, e.message, 400, { field: 'receivedOn', article: e.article ?? undefined });
    throw e;
  }
  // The window, and the stage of the case, as of the day the written application was received.
  const refusal = checkFiling(rules.filing, { stage: stageOn(c, b.receivedOn), startedOn: c.startedOn }, b.receivedOn, cal);
  if (refusal) throw new AppError(refusal.code, refusal.message, 409, { field: 'receivedOn', article: refusal.article ?? undefined });
  await checkApplicationContent(db, auth.institutionId, rules, c, b, b.receivedOn);
  const { bytes, mimeType } = await decodeUpload(b.contentBase64);
  // A unit's written application is the unit's: no person is its applicant.
  const applicantPersonId = c.subjectKind === 'person' ? c.subjectPersonId : null;
  return runCommand(db, req, async (tx) => {
    const rid = await insertApplication(tx, auth, rules, c, { applicantPersonId, grounds: b.grounds, facts: b.facts, filedOn: b.receivedOn, paper: { registeredOn: today } });
    const f = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'tolerance_review', ownerId: rid, kind: 'written_application', fileName: b.fileName, bytes, mimeType, uploadedBy: auth.accountId });
    return {
      result: rid,
      audit: {
        action: 'tolerance.apply_on_paper', entityType: 'tolerance_review', entityId: rid,
        after: { caseId: c.id, applicantPersonId, receivedOn: b.receivedOn, registeredOn: today, registeredBy: auth.displayName, grounds: b.grounds, facts: b.facts, fileName: b.fileName, size: bytes.length, sha256: f.sha256, article },
      },
    };
  });
}
