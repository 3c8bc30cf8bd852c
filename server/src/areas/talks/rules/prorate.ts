/**
 * How many talks a relationship owes in a calendar year when it began during that year. Pure.
 * Rule (a pack value, 系统默认): a relationship begun on or after the cut-off day (e.g. 10-01) owes none this year
 * (deferred to the next); one begun earlier in the year owes the annual quota pro-rated by the months left,
 * counting the starting month, rounded up; one that existed on 1 January owes the full quota.
 */
export function requiredThisYear(perYear: number, since: string, year: number, cutoff: string): number {
  if (since <= `${year}-01-01`) return perYear;
  if (since > `${year}-12-31`) return 0;
  if (since.slice(5) >= cutoff) return 0;
  const monthsLeft = 12 - (Number(since.slice(5, 7)) - 1);
  return Math.ceil((perYear * monthsLeft) / 12);
}
