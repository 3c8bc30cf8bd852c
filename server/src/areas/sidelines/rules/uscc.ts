/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capitals without I, O, Z, S, V);
 * the last is a check character: 31 − (Σ value × 3^i mod 31) mod 31, over the first 17. Pure.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return CHARSET[c === 31 ? 0 : c];
}

export type UsccProblem = 'format' | 'check_char';

export function checkUscc(raw: string): UsccProblem | null {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return 'format';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : 'check_char';
}

export const USCC_MESSAGES: Record<UsccProblem, string> = {
  format: '统一社会信用代码应为 18 位，由数字和除 I、O、Z、S、V 以外的大写字母组成',
  check_char: '统一社会信用代码校验位不正确（GB 32100），请核对是否录错',
};
