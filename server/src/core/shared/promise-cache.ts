/**
 * Promises kept per handle and key, at most `max` per handle, the oldest going first. The handle is what the entries
 * belong to: a database (tests open several in one process) or a derivation. The promise is kept, not its result:
 * callers arriving while it is being computed share that one computation instead of each starting their own. A failed
 * computation is forgotten, so the next caller tries again.
 */
export function promiseCache<H extends object, T>(max: number) {
  const byHandle = new WeakMap<H, Map<string, Promise<T>>>();
  return (handle: H, key: string, compute: () => Promise<T>): Promise<T> => {
    let cache = byHandle.get(handle);
    if (!cache) byHandle.set(handle, (cache = new Map()));
    const hit = cache.get(key);
    if (hit) return hit;
    const computing = compute();
    cache.set(key, computing);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    const own = cache;
    computing.catch(() => own.delete(key));
    return computing;
  };
}
