import { useEffect, useState } from 'react';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { LockOutlined, LoginOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../auth';
import { api, call, errorText, isError } from '../api/client';
import { ActivateForm } from './ActivateForm';

export function LoginPage() {
  const { login, expiredMessage } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [needCode, setNeedCode] = useState(false);
  const [activating, setActivating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [sso, setSso] = useState<{ href: string; ssoError: string | null } | null>(null);
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
  const submit = async (v: { username: string; password: string; code?: string }) => {
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
      <Card style={{ width: 380, maxWidth: 'calc(100vw - 24px)' }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          干部管理监督平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          谈心谈话 · 兼职管理 · 容错纠错 · 干部约谈 · 激励担当作为
        </Typography.Paragraph>
        {activating ? (
          <ActivateForm onDone={(m) => (setNotice(m), setActivating(false))} onBack={() => setActivating(false)} />
        ) : (
          <>
            {expiredMessage && <Alert type="warning" showIcon message={expiredMessage} style={{ marginBottom: 12 }} />}
            {notice && <Alert type="success" showIcon message={notice} style={{ marginBottom: 12 }} />}
            {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="login-error" />}
            {sso?.ssoError && <Alert type="error" showIcon message={sso.ssoError} style={{ marginBottom: 12 }} data-testid="sso-error" />}
            {sso?.href && (
              <>
                <Button type="primary" size="large" block icon={<LoginOutlined />} href={sso.href} data-testid="sso-login">
                  统一身份认证登录
                </Button>
                <Divider plain style={{ fontSize: 13, color: '#888' }}>
                  管理员及未接入统一身份认证的账号
                </Divider>
              </>
            )}
            <Form layout="vertical" onFinish={submit} requiredMark={false}>
              <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" />
              </Form.Item>
              <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              {needCode && (
                <Form.Item name="code" label="动态口令" extra="身份验证器中显示的 6 位数字" rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字' }]}>
                  <Input prefix={<SafetyOutlined />} autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus data-testid="login-code" />
                </Form.Item>
              )}
              <Button type={sso?.href ? 'default' : 'primary'} htmlType="submit" block loading={busy}>
                登录
              </Button>
              <Button type="link" block onClick={() => (setError(null), setActivating(true))} style={{ marginTop: 8 }}>
                使用激活码设置密码
              </Button>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
