import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { refuseOwnCase } from '../../../core/http/own-case';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { ProcedureError } from '../rules/procedure';
import { checkStepDate, receiptPriors } from '../rules/step-dates';
import { checkFiling, stageOn } from '../rules/window';
import { decodeUpload, storeFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { isoDate } from '../../../core/http/iso-date';
import { checkApplicationContent, insertApplication } from '../commands/application';
import { reviewCreate } from './tolerance.schema';
import { getCase, isSubject } from '../commands/cases';
import { rulesAndCalendar } from '../context';

export const paperApplicationBody = reviewCreate.extend({
  receivedOn: isoDate.describe('收到书面申请日期'),
  fileName: z.string().trim().min(1, '请提供书面申请扫描件').max(120, '文件名不能超过 120 个字').describe('书面申请扫描件文件名'),
  contentBase64: z.string().min(1, '请提供书面申请扫描件').describe('书面申请扫描件'),
});

/**
 * 代为登记书面申请: xzcit-2018 第五条（一） asks for a written application (书面申请). One handed in on paper is registered
 * by the office that received it (whoever handles tolerance), with its real receipt date and the scanned application,
 * and the filing window is applied to that date. The cadre held to account is its applicant and sees it as theirs.
 */
export const paperApplicationRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.post(
    '/api/tolerance-reviews/paper',
    {
      config: { access: 'tolerance.handle' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['tolerance'], summary: '代为登记书面容错申请（按收到日期受理，附扫描件）', body: paperApplicationBody, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const b = req.body;
      const today = todayIso();
      const c = await getCase(db, auth.institutionId, b.caseId);
      // 回避: nobody registers an application in a case they are a party to.
      refuseOwnCase(auth, [c.subjectPersonId, isSubject(auth, c) ? auth.personId : null], '代为登记本人案件的容错申请');
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
      const id = await runCommand(db, req, async (tx) => {
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
      return reply.status(201).send({ id });
    },
  );
};
