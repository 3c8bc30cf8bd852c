/**
 * A request the page about to open will make, started while that page's code is still loading: the shell knows the
 * page (the address) and the caller's permissions as soon as the session answers, half a second before the page's own
 * code has arrived, been parsed and rendered to ask. The page takes the answer once (`takePrefetched`); an answer
 * older than `FRESH_MS`, or a failed one, is asked for again.
 */
const FRESH_MS = 10_000;
const started = new Map<string, { at: number; answer: Promise<unknown> }>();

export function prefetch<T>(key: string, load: () => Promise<T>): void {
  if (started.has(key)) return;
  const answer = load();
  answer.catch(() => undefined); // a failure is the page's to show, when it asks again
  started.set(key, { at: Date.now(), answer });
}

/** The prefetched answer for `key` if it is fresh (taken once), else `load()`. */
export function takePrefetched<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = started.get(key);
  started.delete(key);
  if (!hit || Date.now() - hit.at > FRESH_MS) return load();
  return (hit.answer as Promise<T>).catch(() => load());
}

/** Drops every answer not yet taken: another person may be signing in on this tab (called at sign-in and sign-out). */
export function forgetPrefetched(): void {
  started.clear();
}
