import { afterAll, describe, expect, it } from 'vitest';
import { blindIndex, FieldIntegrityError, isSealed, isSealedWithCurrentKey, openField, sealField, useFieldKeys } from './field-crypto';

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

describe('field key rotation and blind indexes (GB/T 39786-2021 密钥更新)', () => {
  const k1 = Buffer.alloc(32, 1);
  const k2 = Buffer.alloc(32, 2);
  afterAll(() => useFieldKeys());
  it('the newest version seals; older versions still open; the version is covered by the MAC', () => {
    useFieldKeys(new Map([[1, k1]]));
    const old = sealField('旧密钥加密的内容');
    expect(old).toMatch(/^sm4:1:/);
    useFieldKeys(new Map([[1, k1], [2, k2]]));
    expect(isSealedWithCurrentKey(old)).toBe(false);
    expect(openField(old)).toBe('旧密钥加密的内容');
    const fresh = sealField('新密钥加密的内容');
    expect(fresh).toMatch(/^sm4:2:/);
    expect(isSealedWithCurrentKey(fresh)).toBe(true);
    expect(() => openField(old.replace('sm4:1:', 'sm4:2:'))).toThrow(FieldIntegrityError);
  });
  it('a value sealed with a key that is no longer present is refused with the version it needs', () => {
    useFieldKeys(new Map([[1, k1], [2, k2]]));
    const v2 = sealField('内容');
    useFieldKeys(new Map([[1, k1]]));
    expect(() => openField(v2)).toThrow(/缺少第 2 版字段密钥/);
    expect(() => openField('sm4:x:abc')).toThrow(FieldIntegrityError);
  });
  it.each([
    ['the same number gives the same index', ['id', '110105194912310021'], ['id', '110105194912310021'], true],
    ['another number gives another index', ['id', '110105194912310021'], ['id', '11010519491231002X'], false],
    ['the same text of another kind gives another index', ['id', '110105194912310021'], ['phone', '110105194912310021'], false],
  ] as const)('blind index: %s', (_n, [ka, a], [kb, b], same) => {
    useFieldKeys(new Map([[1, k1]]));
    expect(blindIndex(ka, a) === blindIndex(kb, b)).toBe(same);
    expect(blindIndex(ka, a)).toMatch(/^1:[0-9a-f]{64}$/);
    expect(blindIndex(ka, a)).not.toContain(a);
  });
  it('a new key version gives new blind indexes (a rotation recomputes them)', () => {
    useFieldKeys(new Map([[1, k1]]));
    const before = blindIndex('id', '110105194912310021');
    useFieldKeys(new Map([[1, k1], [2, k2]]));
    const after = blindIndex('id', '110105194912310021');
    expect(after).toMatch(/^2:/);
    expect(after.slice(2)).not.toBe(before.slice(2));
  });
});
