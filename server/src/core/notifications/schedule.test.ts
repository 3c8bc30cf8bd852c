import { describe, expect, it } from 'vitest';
import { deliveryDueAt, inQuietHours, nextAt } from './schedule';

const t = { digestTime: '08:30', quietStart: '22:00', quietEnd: '07:30' };
/** A moment given in China time. */
const cn = (s: string) => Date.parse(`${s}+08:00`);
const iso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);

describe('delivery timing (China time)', () => {
  it('quiet hours wrap midnight: 22:00–07:30', () => {
    expect(inQuietHours(cn('2026-12-20T23:10:00'), t)).toBe(true);
    expect(inQuietHours(cn('2026-12-21T07:29:00'), t)).toBe(true);
    expect(inQuietHours(cn('2026-12-21T07:30:00'), t)).toBe(false);
    expect(inQuietHours(cn('2026-12-21T21:59:00'), t)).toBe(false);
    expect(inQuietHours(cn('2026-12-21T03:00:00'), { quietStart: '00:00', quietEnd: '00:00' })).toBe(false);
    expect(inQuietHours(cn('2026-12-21T13:00:00'), { quietStart: '12:00', quietEnd: '14:00' })).toBe(true);
  });
  it('urgent notices go at once, or when quiet hours end', () => {
    expect(iso(deliveryDueAt(cn('2026-12-21T10:00:00'), true, t))).toBe('2026-12-21T10:00');
    expect(iso(deliveryDueAt(cn('2026-12-21T23:00:00'), true, t))).toBe('2026-12-22T07:30');
    expect(iso(deliveryDueAt(cn('2026-12-22T01:00:00'), true, t))).toBe('2026-12-22T07:30');
  });
  it('the rest wait for the next digest time', () => {
    expect(iso(deliveryDueAt(cn('2026-12-21T06:00:00'), false, t))).toBe('2026-12-21T08:30');
    expect(iso(deliveryDueAt(cn('2026-12-21T08:31:00'), false, t))).toBe('2026-12-22T08:30');
    // a digest time inside quiet hours waits for their end
    expect(iso(deliveryDueAt(cn('2026-12-21T12:00:00'), false, { ...t, digestTime: '23:00' }))).toBe('2026-12-22T07:30');
    expect(iso(nextAt(cn('2026-12-21T08:30:00'), '08:30'))).toBe('2026-12-21T08:30');
  });
});
