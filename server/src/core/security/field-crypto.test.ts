import { afterAll, describe, expect, it } from 'vitest';
import { blindIndex, FieldIntegrityError, isSealed, isSealedWithCurrentKey, openField, openForReseal, sealField, sealUnbound, useFieldKeys } from './field-crypto';

const HERE = 'talk.key_points#7';
const tamper = (s: string, edit: (b: Buffer) => void) => {
  const [, prefix, body] = /^(sm4b?:\d+:)(.*)$/.exec(s)!;
  const b = Buffer.from(body, 'base64');
  edit(b);
  return prefix + b.toString('base64');
};

describe('sensitive fields at rest: SM4 + HMAC-SM3 (GB/T 39786-2021)', () => {
  const note = '谈话对象反映工作压力较大，已提醒注意身体；对部门内部分工有意见，建议与分管领导沟通。';
  it('seals to ciphertext that opens back in its place; the same text seals differently each time', () => {
    const a = sealField(note, HERE);
    expect(isSealed(a)).toBe(true);
    expect(a).toMatch(/^sm4b:1:/);
    expect(a).not.toContain('谈话');
    expect(openField(a, HERE)).toBe(note);
    expect(sealField(note, HERE)).not.toBe(a);
  });
  it.each([
    ['a flipped ciphertext byte', (s: string) => tamper(s, (b) => (b[20] ^= 1))],
    ['a flipped MAC byte', (s: string) => tamper(s, (b) => (b[b.length - 1] ^= 1))],
    ['a truncated value', (s: string) => s.slice(0, 30)],
  ])('integrity: %s is refused', (_n, edit) => {
    expect(() => openField(edit(sealField(note, HERE)), HERE)).toThrow(FieldIntegrityError);
  });
  it.each([
    ['another row', 'talk.key_points#8'],
    ['another column of the same row', 'talk.follow_ups#7'],
    ['another table', 'interview.record#7'],
    ['a place that only shares a prefix', 'talk.key_points#70'],
  ])('binding: a value moved to %s is refused', (_n, elsewhere) => {
    expect(() => openField(sealField(note, HERE), elsewhere)).toThrow(FieldIntegrityError);
  });
  it('plain text and the earlier unbound format are refused on reading; the reseal takes them only where allowed', () => {
    const old = sealUnbound(note);
    expect(old).toMatch(/^sm4:1:/);
    expect(() => openField('旧的明文记录', HERE)).toThrow(FieldIntegrityError);
    expect(() => openField(old, HERE)).toThrow(FieldIntegrityError);
    expect(openForReseal(old, HERE, { unbound: true, plain: false })).toBe(note);
    expect(() => openForReseal(old, HERE, { unbound: false, plain: true })).toThrow(FieldIntegrityError);
    expect(openForReseal('旧的明文记录', HERE, { unbound: false, plain: true })).toBe('旧的明文记录');
    expect(() => openForReseal('旧的明文记录', HERE, { unbound: true, plain: false })).toThrow(FieldIntegrityError);
    expect(() => openForReseal(sealField(note, 'talk.key_points#8'), HERE, { unbound: true, plain: true })).toThrow(FieldIntegrityError);
    expect(() => openForReseal(tamper(old, (b) => (b[20] ^= 1)), HERE, { unbound: true, plain: true })).toThrow(FieldIntegrityError);
  });
});

describe('field key rotation and blind indexes (GB/T 39786-2021 密钥更新)', () => {
  const k1 = Buffer.alloc(32, 1);
  const k2 = Buffer.alloc(32, 2);
  afterAll(() => useFieldKeys());
  it('the newest version seals; older versions still open; the version is covered by the MAC', () => {
    useFieldKeys(new Map([[1, k1]]));
    const old = sealField('旧密钥加密的内容', HERE);
    expect(old).toMatch(/^sm4b:1:/);
    useFieldKeys(new Map([[1, k1], [2, k2]]));
    expect(isSealedWithCurrentKey(old)).toBe(false);
    expect(openField(old, HERE)).toBe('旧密钥加密的内容');
    const fresh = sealField('新密钥加密的内容', HERE);
    expect(fresh).toMatch(/^sm4b:2:/);
    expect(isSealedWithCurrentKey(fresh)).toBe(true);
    expect(() => openField(old.replace('sm4b:1:', 'sm4b:2:'), HERE)).toThrow(FieldIntegrityError);
  });
  it('a value sealed with a key that is no longer present is refused with the version it needs', () => {
    useFieldKeys(new Map([[1, k1], [2, k2]]));
    const v2 = sealField('内容', HERE);
    useFieldKeys(new Map([[1, k1]]));
    expect(() => openField(v2, HERE)).toThrow(/缺少第 2 版字段密钥/);
    expect(() => openField('sm4b:x:abc', HERE)).toThrow(FieldIntegrityError);
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
