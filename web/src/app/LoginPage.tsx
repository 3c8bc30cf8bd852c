import { useEffect, useState } from 'react';
import { LockOutlined, LoginOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../auth';
import { api, call, errorText, isError } from '../api/client';
import { ActivateForm } from './ActivateForm';
import { Alert, Button, Divider, Field, useSignInForm } from './signin/controls';

type Values = { username: string; password: string; code?: string };

/**
 * The sign-in page: the first screen, so it is built without antd (signin/controls.tsx) and loads fast; the shell and
 * every page come after sign-in.
 */
export function LoginPage() {
  const { login, expiredMessage } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [needCode, setNeedCode] = useState(false);
  const [activating, setActivating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [sso, setSso] = useState<{ href: string; ssoError: string | null } | null>(null);
  const form = useSignInForm<keyof Values>({
    username: [{ required: true, message: '请输入用户名' }],
    password: [{ required: true, message: '请输入密码' }],
    ...(needCode ? { code: [{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字' }] } : {}),
  });
  useEffect(() => {
    // 统一身份认证 when the deployment has it; a refused sign-on comes back here with its reason (?ssoError=).
    const code = new URLSearchParams(window.location.search).get('ssoError');
    call(api.GET('/api/auth/sso'))
      .then((s) => {
        const href = s.oidc ? '/api/auth/sso/oidc/start' : s.cas ? '/api/auth/sso/cas/start' : null;
        const ssoError = code ? (s.messages[code] ?? '统一身份认证登录未成功，请重试') : null;
        if (href || ssoError) setSso({ href: href ?? '', ssoError });
      })
      .catch(() => undefined);
  }, []);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username, v.password, v.code || undefined);
    } catch (e) {
      // An account with a second factor: ask for the authenticator's code, keeping what was typed.
      if (isError(e, 'AUTH.TOTP_REQUIRED')) setNeedCode(true);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg,#8e1414 0%,#4a0b0b 100%)' }}>
      <div className="signin-card">
        <h3 className="signin-title">干部管理监督平台</h3>
        <p className="signin-secondary signin-center">{['谈心谈话', '兼职管理', '容错纠错', '干部约谈', '激励担当作为'].join('\u00a0· ')}</p>
        {activating ? (
          <ActivateForm onDone={(m) => (setNotice(m), setActivating(false))} onBack={() => setActivating(false)} />
        ) : (
          <>
            {expiredMessage && <Alert type="warning" message={expiredMessage} />}
            {notice && <Alert type="success" message={notice} />}
            {error && <Alert type="error" message={error} testId="login-error" />}
            {sso?.ssoError && <Alert type="error" message={sso.ssoError} testId="sso-error" />}
            {sso?.href && (
              <>
                <Button kind="primary" large icon={<LoginOutlined />} href={sso.href} data-testid="sso-login">
                  统一身份认证登录
                </Button>
                <Divider>管理员及未接入统一身份认证的账号</Divider>
              </>
            )}
            <form onSubmit={form.handleSubmit(submit)} noValidate>
              <Field form={form} name="username" label="用户名" icon={<UserOutlined />} autoComplete="username" />
              <Field form={form} name="password" label="密码" icon={<LockOutlined />} password autoComplete="current-password" />
              {needCode && (
                <Field form={form} name="code" label="动态口令" extra="身份验证器中显示的 6 位数字" icon={<SafetyOutlined />} autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus data-testid="login-code" />
              )}
              <Button kind={sso?.href ? 'default' : 'primary'} type="submit" loading={busy}>
                登录
              </Button>
              <Button kind="link" onClick={() => (setError(null), setActivating(true))}>
                使用激活码设置密码
              </Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
