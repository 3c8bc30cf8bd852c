import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar } from './uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('computes the check character by hand for one code', () => {
    // 91350100M000100Y4?: values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 × weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
    // = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31−28 = 3 → '3'
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });
  it.each<[string, string | null, string]>([
    ['91350100M000100Y43', null, 'a valid code'],
    ['91350100m000100y43', null, 'lower case accepted'],
    ['91350100M000100Y44', 'check_char', 'wrong check character'],
    ['91350100M000100Y4', 'format', 'too short'],
    ['91350100I000100Y43', 'format', 'I is not in the character set'],
  ])('%s → %s (%s)', (code, expected) => {
    expect(checkUscc(code)).toBe(expected);
  });
});
