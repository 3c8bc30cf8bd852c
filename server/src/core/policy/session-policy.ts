import { z } from 'zod';
import type { AppDeps } from '../services/deps';
import { policyFor } from '../services/policy.service';
import { todayIso } from '../shared/dates';
import { VALUE_LABELS } from './vocabulary';
import { citationDocuments, citationDocumentsOut, rulesOut, rulesView } from './policy.routes';

/** GET /api/policy/vocabulary: the Chinese names of identifiers. */
export const vocabularyOut = z.object({
  values: z.record(z.string(), z.string()).describe('规则取值的中文名称（与“制度”页相同）'),
  groups: z.record(z.string(), z.record(z.string(), z.string())).describe('按类别的中文名称：同一标识符在不同类别中含义不同时以此为准'),
});

/**
 * What every page shows words and rules with, sent with the session when asked (`GET /api/auth/me?include=policy`):
 * the same as GET /api/policy/documents, /api/policy/vocabulary and /api/policy's `rules`, in the request the web makes
 * first, rather than three more made after its answer.
 */
export const sessionPolicyOut = z.object({
  documents: citationDocumentsOut,
  vocabulary: vocabularyOut,
  rules: rulesOut,
});
export type SessionPolicy = z.infer<typeof sessionPolicyOut>;

/** The session's policy for a college, today. `groups`: the vocabulary's lists, composed from every area (areas/vocabulary.routes.ts). */
export function sessionPolicyOf({ db, packs }: Pick<AppDeps, 'db' | 'packs'>, groups: Record<string, Record<string, string>>) {
  const documents = citationDocuments(packs);
  const vocabulary = { values: VALUE_LABELS, groups };
  return async (institutionId: number, factsVersion: number): Promise<SessionPolicy> => {
    const { policy } = await policyFor(db, packs, institutionId, factsVersion);
    return { documents, vocabulary, rules: rulesView(policy.allInForce(todayIso())) };
  };
}
