import { describe, expect, it } from 'vitest';
import { promiseCache } from './promise-cache';

describe('promiseCache', () => {
  it('callers arriving during a computation share it; a later key computes anew', async () => {
    const cache = promiseCache<object, number>(10);
    const db = {};
    let runs = 0;
    const compute = () => new Promise<number>((r) => setTimeout(() => r(++runs), 5));
    const [a, b] = await Promise.all([cache(db, 'k', compute), cache(db, 'k', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await cache(db, 'k2', compute)).toBe(2);
    expect(await cache({}, 'k', compute)).toBe(3); // another database handle has its own entries
  });

  it('forgets a failed computation, so the next caller tries again', async () => {
    const cache = promiseCache<object, string>(10);
    const db = {};
    await expect(cache(db, 'k', () => Promise.reject(new Error('数据库不可用')))).rejects.toThrow('数据库不可用');
    expect(await cache(db, 'k', async () => 'ok')).toBe('ok');
  });

  it('keeps at most max entries, dropping the oldest', async () => {
    const cache = promiseCache<object, string>(2);
    const db = {};
    for (const k of ['a', 'b', 'c']) await cache(db, k, async () => `${k}1`);
    expect(await cache(db, 'c', async () => 'c2')).toBe('c1');
    expect(await cache(db, 'a', async () => 'a2')).toBe('a2');
  });
});
