import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, parseIdNumber } from './id-number';

describe('GB 11643 公民身份号码', () => {
  it.each([
    ['11010519491231002X', true, '1949-12-31', 'female', 'the standard example, check char X'],
    ['440524198001010013', true, '1980-01-01', 'male', 'check digit 3 (sum 196 mod 11 = 9)'],
    ['11010519491231002x', true, '1949-12-31', 'female', 'lower-case x accepted'],
  ])('%s is valid (%s)', (id, ok, birth, gender) => {
    const r = parseIdNumber(id);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.info).toEqual({ birthDate: birth, gender });
  });

  it.each([
    ['110105194912310021', 'check_char', 'wrong check character'],
    ['11010519491331002X', 'birth_date', 'month 13'],
    ['11010519490229002X', 'birth_date', '1949 had no 29 February'],
    ['440524188001010014', 'birth_date', 'born before 1900'],
    ['1101051949123100', 'format', 'too short'],
    ['11010519491231002Y', 'format', 'letter other than X'],
  ])('%s is refused: %s (%s)', (id, problem) => {
    expect(parseIdNumber(id)).toEqual({ ok: false, problem });
  });

  it('computes the check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
});
