/** 公民身份号码 (GB 11643-1999): 18 characters, the last a check character over ISO 7064 MOD 11-2. Pure. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export type IdNumberProblem = 'format' | 'birth_date' | 'check_char';

export interface IdNumberInfo {
  birthDate: string;
  gender: 'male' | 'female';
}

export function parseIdNumber(raw: string): { ok: true; info: IdNumberInfo } | { ok: false; problem: IdNumberProblem } {
  const id = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, problem: 'birth_date' };
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'check_char' };
  return { ok: true, info: { birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' } };
}

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X',
  birth_date: '身份证号中的出生日期不是有效日期',
  check_char: '身份证号校验位不正确（GB 11643），请核对是否录错',
};
