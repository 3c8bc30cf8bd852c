/** Colours of interview kinds and states, shared by the interview pages. */
export const INTERVIEW_KIND_COLORS: Record<string, string> = { prevention: 'blue', inquiry: 'gold', admonition: 'orange', accountability: 'red' };
export const INTERVIEW_STATUS_COLORS: Record<string, string> = { planned: 'default', held: 'processing', closed: 'success', cancelled: 'default' };
export const PLAN_STATUS_COLORS: Record<string, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'warning', filed: 'success' };
