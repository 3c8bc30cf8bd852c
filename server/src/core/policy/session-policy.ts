import { z } from 'zod';
import type { AppDeps } from '../services/deps';
import { policyFor } from '../services/policy.service';
import { todayIso } from '../shared/dates';
import { citationDocuments, citationDocumentsOut, rulesOut, rulesView, vocabularyOut, type Vocabulary } from './policy-views';

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

/** The session's policy for a college, today. `vocabulary`: composed from every area (areas/vocabulary.routes.ts vocabularyOf). */
export function sessionPolicyOf({ db, packs }: Pick<AppDeps, 'db' | 'packs'>, vocabulary: Vocabulary) {
  const documents = citationDocuments(packs);
  return async (institutionId: number, factsVersion: number): Promise<SessionPolicy> => {
    const { policy } = await policyFor(db, packs, institutionId, factsVersion);
    return { documents, vocabulary, rules: rulesView(policy.allInForce(todayIso())) };
  };
}
