import { describe, expect, it } from 'vitest';
import { FieldIntegrityError, isSealed, openField, sealField } from './field-crypto';

describe('sensitive fields at rest: SM4 + HMAC-SM3 (GB/T 39786-2021)', () => {
  const note = '谈话对象反映工作压力较大，已提醒注意身体；对部门内部分工有意见，建议与分管领导沟通。';
  it('seals to ciphertext that opens back; the same text seals differently each time', () => {
    const a = sealField(note);
    expect(isSealed(a)).toBe(true);
    expect(a).not.toContain('谈话');
    expect(openField(a)).toBe(note);
    expect(sealField(note)).not.toBe(a);
  });
  it.each([
    ['a flipped ciphertext byte', (s: string) => { const b = Buffer.from(s.slice(6), 'base64'); b[20] ^= 1; return `sm4:1:${b.toString('base64')}`; }],
    ['a flipped MAC byte', (s: string) => { const b = Buffer.from(s.slice(6), 'base64'); b[b.length - 1] ^= 1; return `sm4:1:${b.toString('base64')}`; }],
    ['a truncated value', (s: string) => s.slice(0, 30)],
  ])('integrity: %s is refused', (_n, tamper) => {
    expect(() => openField(tamper(sealField(note)))).toThrow(FieldIntegrityError);
  });
  it('a value written before encryption was introduced reads as it is', () => expect(openField('旧的明文记录')).toBe('旧的明文记录'));
});
