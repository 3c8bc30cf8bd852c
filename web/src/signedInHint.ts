/**
 * Whether this browser was signed in when last used (a hint kept in localStorage, never trusted for access): then the
 * shell is fetched beside the session check instead of after it. (The session's reference data is not asked for early:
 * with an ended session each such request would be a refused, audited access.)
 */
const KEY = 'cadre.signedIn';

export function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberSignedIn(yes: boolean): void {
  try {
    if (yes) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    /* storage refused (private mode): things simply load after the session check */
  }
}
