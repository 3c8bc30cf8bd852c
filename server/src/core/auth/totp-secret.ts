import { account } from '../db/schema';
import { open, type Sealed } from '../db/sealed';
import { FieldIntegrityError } from '../security/field-crypto';
import { AppError } from '../shared/errors';

/** An account's TOTP secret (or pending one), or null when it fails its integrity check: then no code is accepted. */
export function totpSecretOf(accountId: number, column: 'totpSecret' | 'totpPending', stored: Sealed): string | null {
  try {
    return open(account[column], accountId, stored);
  } catch (err) {
    if (err instanceof FieldIntegrityError) return null;
    throw err;
  }
}
export const unreadableSecret = () => new AppError('FIELD.INTEGRITY', '动态口令密钥完整性校验失败（可能在系统之外被改动），无法验证动态口令，请联系安全管理员', 409);
