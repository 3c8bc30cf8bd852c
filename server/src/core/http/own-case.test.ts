import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../auth/context';
import { AppError } from '../shared/errors';
import { refuseOwnCase } from './own-case';

const as = (personId: number | null) => ({ personId }) as AuthContext;

describe('回避: nobody decides a step of their own case', () => {
  it.each([
    ['the applicant', as(7), [7], true],
    ['one of several subjects', as(7), [3, 7], true],
    ['someone else', as(7), [3, null, undefined], false],
    ['an account with no person (the three administrators)', as(null), [null], false],
  ])('%s', (_, auth, parties, refused) => {
    const run = () => refuseOwnCase(auth, parties, '登记党委审批意见', 'scitc-2025 附件2 第十三条');
    if (!refused) return expect(run).not.toThrow();
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (e) {
      expect(e).toMatchObject({ code: 'PROCEDURE.OWN_CASE', status: 403, extra: { article: 'scitc-2025 附件2 第十三条' } });
      expect((e as Error).message).toContain('不能登记党委审批意见');
    }
  });
});
