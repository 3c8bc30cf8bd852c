/**
 * A request the page about to open will make, started while that page's code is still loading: the shell knows the
 * page (the address) and the caller's permissions as soon as the session answers, half a second before the page's own
 * code has arrived, been parsed and rendered to ask. The page takes the answer once (`takePrefetched`): one still under
 * way, or answered less than `FRESH_MS` ago; an older or failed one is asked for again. Everything not yet taken is
 * dropped when someone signs in or out (`forgetPrefetched`): an answer is one person's.
 */
const FRESH_MS = 10_000;
interface Started {
  answer: Promise<unknown>;
  answeredAt: number | null;
}
const started = new Map<string, Started>();

export function prefetch<T>(key: string, load: () => Promise<T>): void {
  if (started.has(key)) return;
  const entry: Started = { answer: load(), answeredAt: null };
  entry.answer.then(
    () => (entry.answeredAt = Date.now()),
    () => undefined, // a failure is the page's to show, when it asks again
  );
  started.set(key, entry);
}

/** The prefetched answer for `key` if under way or fresh (taken once), else `load()`. */
export function takePrefetched<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = started.get(key);
  started.delete(key);
  if (!hit || (hit.answeredAt !== null && Date.now() - hit.answeredAt > FRESH_MS)) return load();
  return (hit.answer as Promise<T>).catch(() => load());
}

const forgetters = new Set<() => void>();

/** Another holder of one person's answers (the reminders) forgets them whenever the prefetched ones are forgotten. */
export function forgetWithPrefetched(forget: () => void): void {
  forgetters.add(forget);
}

/** Drops every answer not yet taken: another person may be signing in on this tab (called at sign-in and sign-out). */
export function forgetPrefetched(): void {
  started.clear();
  forgetters.forEach((forget) => forget());
}
