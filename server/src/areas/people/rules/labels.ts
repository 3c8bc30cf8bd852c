/** 政治面貌 as forms write it, and back: one table for the 审批表, the roster import and export, and the LRMX files. Pure. */
export const POLITICAL_LABELS: Record<string, string> = { cpc_member: '中共党员', cpc_probationary: '中共预备党员', league_member: '共青团员', democratic_party: '民主党派', masses: '群众' };
export const POLITICAL_WORDS: Record<string, string> = Object.fromEntries(Object.entries(POLITICAL_LABELS).map(([key, label]) => [label, key]));
