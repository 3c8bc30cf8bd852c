import { useState } from 'react';
import { KeyOutlined, LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { api, ApiError, call, errorText, isError } from '../api/client';
import { Alert, Button, Field, useSignInForm } from './signin/controls';

type Values = { username: string; requestHalf: string; approvalHalf: string; code?: string; password: string; confirm: string };

/**
 * 使用激活码设置密码: a new account, or one whose password was reset, is given no password. The person enters the half
 * of the activation code from the system administrator and the half from the security administrator (and their
 * authenticator's code when the account has one) and chooses their own password.
 */
export function ActivateForm({ onDone, onBack }: { onDone: (message: string) => void; onBack: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [needCode, setNeedCode] = useState(false);
  const form = useSignInForm<keyof Values>({
    username: [{ required: true, message: '请输入用户名' }],
    requestHalf: [{ required: true, message: '请输入激活码前半段' }],
    approvalHalf: [{ required: true, message: '请输入激活码后半段' }],
    ...(needCode ? { code: [{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字' }] } : {}),
    password: [{ required: true, message: '请输入新密码' }],
    confirm: [{ required: true, message: '请再次输入新密码' }, (v, all) => (!v || v === all.password ? undefined : '两次输入的密码不一致')],
  });
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/auth/activate', { body: { username: v.username, requestHalf: v.requestHalf, approvalHalf: v.approvalHalf, code: v.code || undefined, password: v.password } }));
      onDone('密码已设置，请用新密码登录');
    } catch (e) {
      if (isError(e, 'AUTH.TOTP_REQUIRED')) setNeedCode(true);
      if (e instanceof ApiError && e.field === 'password') form.setError('password', e.message);
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="signin-secondary">新账号或密码被重置的账号：输入系统管理员和安全管理员分别交给您的两段激活码，自行设置密码。激活码只能使用一次。</p>
      {error && <Alert type="error" message={error} testId="activate-error" />}
      <form onSubmit={form.handleSubmit(submit)} noValidate>
        <Field form={form} name="username" label="用户名" icon={<UserOutlined />} autoComplete="username" />
        <Field form={form} name="requestHalf" label="激活码前半段（系统管理员提供）" icon={<KeyOutlined />} autoComplete="off" placeholder="XXXX-XXXX-XXXX" />
        <Field form={form} name="approvalHalf" label="激活码后半段（安全管理员提供）" icon={<KeyOutlined />} autoComplete="off" placeholder="XXXX-XXXX-XXXX" />
        {needCode && (
          <Field form={form} name="code" label="动态口令" extra="该账号已启用动态口令：身份验证器中显示的 6 位数字" icon={<SafetyOutlined />} autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus />
        )}
        <Field form={form} name="password" label="新密码" extra="含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名；不符合时会提示原因" icon={<LockOutlined />} password autoComplete="new-password" />
        <Field form={form} name="confirm" label="再次输入新密码" icon={<LockOutlined />} password autoComplete="new-password" />
        <Button kind="primary" type="submit" loading={busy}>
          设置密码
        </Button>
        <Button kind="link" onClick={onBack}>
          返回登录
        </Button>
      </form>
    </>
  );
}
