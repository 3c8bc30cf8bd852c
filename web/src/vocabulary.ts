import type { GetResponse } from './api/types';

/**
 * The Chinese names of identifiers (职级, 部门类别, 谈话种类…), read once after sign-in from the server's vocabulary
 * (GET /api/policy/vocabulary): the web keeps no copy of them.
 */
type Vocabulary = GetResponse<'/api/policy/vocabulary'>;
export type TermKind = 'area' | 'rank' | 'departmentKind' | 'political' | 'talkKind' | 'talkForm' | 'talkOccasion' | 'attachment' | 'toleranceOutcome';

let vocabulary: Vocabulary = { values: {}, groups: {} };

export function setVocabulary(v: Vocabulary): void {
  vocabulary = v;
}

/** An identifier in words: its kind's name for it first, then the name the rules use; unknown ones as they are. */
export function term(kind: TermKind | null, id: string): string {
  return (kind ? vocabulary.groups[kind]?.[id] : undefined) ?? vocabulary.values[id] ?? id;
}

/** Options for a select: the given identifiers (e.g. a rule's list), or every identifier of the kind. */
export function termOptions(kind: TermKind, ids?: readonly string[]): { value: string; label: string }[] {
  return (ids ?? Object.keys(vocabulary.groups[kind] ?? {})).map((value) => ({ value, label: term(kind, value) }));
}
