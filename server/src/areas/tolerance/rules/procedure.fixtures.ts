import type { ProcedureRules } from './procedure';

/** The procedure rules of xzcit-2018 as the pack gives them, for the pure tests of the tolerance procedure. */
export const XZCIT_PROCEDURE: ProcedureRules = {
  applicationCitation: 'xzcit-2018 第五条（一）',
  collectiveCitation: 'xzcit-2018 第五条（三）',
  privateGainBarsExemption: true,
  privateGainCitation: 'xzcit-2018 第二条、第十条',
  maxDeferralMonths: 3,
  deferralCitation: 'xzcit-2018 第五条（三）',
  hearingCitation: 'xzcit-2018 第五条（二）',
  recusalCitation: 'xzcit-2018 第十条',
  feedbackCitation: 'xzcit-2018 第五条（三）',
  filingRoles: [],
  filingCitation: null,
  publicationCitation: 'xzcit-2018 第五条（三）',
};
