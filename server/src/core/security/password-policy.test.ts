import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

const rules = { minLength: 10 };
describe('password rules (GB/T 22239-2019 8.1.4.1 a; OWASP ASVS 2.1)', () => {
  it.each<[string, string, RegExp | null]>([
    ['too short', 'Ab1!xyz', /至少 10 位/],
    ['two classes only', 'abcdefgh12345', /至少三类（现有 2 类）/],
    ['a part of the user name is allowed', 'Xiacheng@2027', null],
    ['contains the user name (prefix stripped)', 'Orgxiacheng#9', /包含用户名/],
    ['a common password', 'Password123', /过于常见/],
    ['the demo password', 'Cadre@2026', /至少 10 位|过于常见/],
    ['a common one with a suffix', 'P@ssw0rd!1', /过于常见/],
    ['a run of one character', 'Aaaaa1!bcdef', /连续相同/],
    ['a good one', 'Lantern#Pine7', null],
    ['a good one with Chinese punctuation as symbol', 'qingshan。Hu2', null],
  ])('%s', (_n, pw, problem) => {
    const got = passwordProblem(pw, { username: 'pc.orgxiacheng', rules });
    if (problem) expect(got).toMatch(problem);
    else expect(got).toBeNull();
  });
});
