/** The roster's kinds, shared by every area: ranks (highest first), departments, genders, political status, person status. */
export const RANKS = ['principal', 'leader', 'middle_chief', 'middle_deputy', 'section', 'staff'] as const;
export const DEPARTMENT_KINDS = ['party', 'admin', 'academic', 'support', 'enterprise'] as const;
export const GENDERS = ['male', 'female'] as const;
export const POLITICAL_STATUSES = ['cpc_member', 'cpc_probationary', 'league_member', 'democratic_party', 'masses'] as const;
export const PERSON_STATUSES = ['active', 'retired', 'left'] as const;
/** Ranks whose posts have one holder at a time. */
export const SINGLE_HOLDER_RANKS: readonly string[] = ['principal', 'leader', 'middle_chief', 'middle_deputy'];
