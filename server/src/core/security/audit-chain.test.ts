import { describe, expect, it } from 'vitest';
import { canonicalJson, eventMac, verifyChain, type ChainedEvent } from './audit-chain';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);

function chain(n: number, key = KEY, start = ''): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  let prev = start;
  for (let i = 1; i <= n; i++) {
    const e = { id: i, at: new Date(Date.UTC(2026, 10, 30, 1, 0, i)), institutionId: 1, actorAccountId: 3, actorName: '夏成', action: `act.${i}`, entityType: 'person', entityId: String(i), summary: { after: { b: 1, a: [2, { d: 1, c: 2 }] } }, ip: '10.0.0.1', outcome: 'success' };
    const mac = eventMac(key, prev, e);
    out.push({ ...e, prevMac: prev, mac });
    prev = mac;
  }
  return out;
}
const head = (events: ChainedEvent[], purgedMac: string | null = null) => ({ lastId: events.at(-1)?.id ?? null, lastMac: events.at(-1)?.mac ?? '', purgedMac });

describe('audit chain verification (GB/T 22239-2019 8.1.4.3; HMAC-SM3 per GB/T 39786-2021)', () => {
  const cases: [string, (c: ChainedEvent[]) => { events: ChainedEvent[]; head?: ReturnType<typeof head> }, number | null, RegExp | null][] = [
    ['an intact chain', (c) => ({ events: c }), null, null],
    ['a changed field is caught at that event', (c) => ({ events: c.map((e) => (e.id === 3 ? { ...e, actorName: '他人' } : e)), head: head(c) }), 3, /内容被改动/],
    ['a changed summary is caught at that event', (c) => ({ events: c.map((e) => (e.id === 2 ? { ...e, summary: { after: { b: 2 } } } : e)), head: head(c) }), 2, /内容被改动/],
    ['a removed event breaks the next link', (c) => ({ events: c.filter((e) => e.id !== 3), head: head(c) }), 4, /链接断开/],
    ['two events swapped', (c) => ({ events: [c[0], c[2], c[1], c[3], c[4]], head: head(c) }), 3, /链接断开/],
    ['an event forged without the key', (c) => ({ events: [...c.slice(0, 2), ...chain(3, OTHER_KEY, c[1].mac!).slice(2).map((e) => ({ ...e, id: e.id }))], head: head(c) }), 3, /内容被改动|链接断开/],
    ['the last event removed', (c) => ({ events: c.slice(0, 4), head: head(c) }), 5, /链尾不符/],
    ['the first event removed without a purge record', (c) => ({ events: c.slice(1), head: head(c) }), 2, /链首不符/],
    ['a purge recorded where the chain now begins', (c) => ({ events: c.slice(2), head: head(c, c[1].mac) }), null, null],
  ];
  it.each(cases)('%s', async (_name, make, brokenAt, reason) => {
    const { events, head: h } = make(chain(5));
    const v = await verifyChain(KEY, events, h ?? head(events));
    expect(v.ok).toBe(brokenAt === null);
    if (brokenAt !== null) {
      expect(v.firstBroken?.id).toBe(brokenAt);
      expect(v.firstBroken?.reason).toMatch(reason!);
    }
  });

  it('events from before the chain began are counted, not failed; an unchained event inside the chain is', async () => {
    const legacy = { id: 0, at: new Date(), institutionId: 1, actorAccountId: null, actorName: null, action: 'old', entityType: null, entityId: null, summary: null, ip: null, outcome: 'success', prevMac: null, mac: null };
    const c = chain(3);
    expect(await verifyChain(KEY, [legacy, ...c], head(c))).toMatchObject({ ok: true, unchained: 1, checked: 3 });
    expect((await verifyChain(KEY, [c[0], { ...legacy, id: 2 }, ...c.slice(1)], head(c))).firstBroken?.id).toBe(2);
  });

  it('jsonb gives keys back in its own order: the MAC does not depend on it', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 2, y: 1 }] }, b: 1 }));
  });
});
