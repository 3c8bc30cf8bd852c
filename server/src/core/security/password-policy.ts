/**
 * Password rules (GB/T 22239-2019 8.1.4.1 a: 口令具有复杂度要求; OWASP ASVS 2.1): a minimum length, at least three of
 * the four character classes, not the user name, not a commonly used password, not the current one. Pure; the
 * numbers come from the deployment's security settings (config.ts), not from any college's regulation.
 */
export interface PasswordRules {
  minLength: number;
}

/** Passwords seen first in every breach list, and their obvious variants; compared case-insensitively. */
const COMMON = [
  '123456', '12345678', '123456789', '1234567890', '111111', '000000', '888888', '666666', '123123', 'abc123', 'a123456', 'a12345678', 'abcd1234',
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin', 'admin123', 'admin@123', 'admin1234', 'root', 'root123',
  'qwerty', 'qwerty123', 'qwertyuiop', '1qaz2wsx', '1qaz@wsx', '1q2w3e4r', '1q2w3e4r5t', 'zaq12wsx', 'iloveyou', 'woaini', 'woaini1314', '5201314',
  'welcome', 'welcome1', 'letmein', 'changeme', 'test123', 'user123', 'cadre@2026', 'cadre2026', 'abc@123', 'aa123456', 'qq123456',
];

const CLASSES: [RegExp, string][] = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

/** The reason a new password is refused, or null. */
export function passwordProblem(next: string, ctx: { username: string; rules: PasswordRules }): string | null {
  if (next.length < ctx.rules.minLength) return `密码至少 ${ctx.rules.minLength} 位`;
  if (next.length > 128) return '密码不能超过 128 位';
  const classes = CLASSES.filter(([re]) => re.test(next)).length;
  if (classes < 3) return `密码须包含大写字母、小写字母、数字、符号中的至少三类（现有 ${classes} 类）`;
  const lower = next.toLowerCase();
  const user = ctx.username.toLowerCase().replace(/^[a-z]+\./, '');
  if (user.length >= 3 && lower.includes(user)) return '密码不能包含用户名';
  if (COMMON.includes(lower) || COMMON.some((c) => c.length >= 6 && lower.replace(/[^a-z0-9@]/g, '').startsWith(c) && lower.length - c.length <= 2)) return '该密码过于常见，容易被猜中，请换一个';
  if (/(.)\1{3,}/.test(next)) return '密码不能含 4 个以上连续相同的字符';
  return null;
}
