import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { KeyOutlined, LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { api, ApiError, call, errorText, isError } from '../api/client';

type Values = { username: string; requestHalf: string; approvalHalf: string; code?: string; password: string; confirm: string };

/**
 * 使用激活码设置密码: a new account, or one whose password was reset, is given no password. The person enters the half
 * of the activation code from the system administrator and the half from the security administrator (and their
 * authenticator's code when the account has one) and chooses their own password.
 */
export function ActivateForm({ onDone, onBack }: { onDone: (message: string) => void; onBack: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [needCode, setNeedCode] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/auth/activate', { body: { username: v.username, requestHalf: v.requestHalf, approvalHalf: v.approvalHalf, code: v.code || undefined, password: v.password } }));
      onDone('密码已设置，请用新密码登录');
    } catch (e) {
      if (isError(e, 'AUTH.TOTP_REQUIRED')) setNeedCode(true);
      if (e instanceof ApiError && e.field === 'password') form.setFields([{ name: 'password', errors: [e.message] }]);
      else setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">新账号或密码被重置的账号：输入系统管理员和安全管理员分别交给您的两段激活码，自行设置密码。激活码只能使用一次。</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="activate-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" />
        </Form.Item>
        <Form.Item name="requestHalf" label="激活码前半段（系统管理员提供）" rules={[{ required: true, message: '请输入激活码前半段' }]}>
          <Input prefix={<KeyOutlined />} autoComplete="off" placeholder="XXXX-XXXX-XXXX" />
        </Form.Item>
        <Form.Item name="approvalHalf" label="激活码后半段（安全管理员提供）" rules={[{ required: true, message: '请输入激活码后半段' }]}>
          <Input prefix={<KeyOutlined />} autoComplete="off" placeholder="XXXX-XXXX-XXXX" />
        </Form.Item>
        {needCode && (
          <Form.Item name="code" label="动态口令" extra="该账号已启用动态口令：身份验证器中显示的 6 位数字" rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字' }]}>
            <Input prefix={<SafetyOutlined />} autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus />
          </Form.Item>
        )}
        <Form.Item name="password" label="新密码" extra="含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名；不符合时会提示原因" rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入新密码"
          dependencies={['password']}
          rules={[{ required: true, message: '请再次输入新密码' }, ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) })]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          设置密码
        </Button>
        <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
          返回登录
        </Button>
      </Form>
    </>
  );
}
