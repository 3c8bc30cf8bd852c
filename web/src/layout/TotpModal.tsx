import { useState } from 'react';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { api, call, errorText } from '../api/client';

/**
 * 动态口令: confirm who you are (the password, and the current code when replacing a factor), generate a secret, scan
 * the QR code with an authenticator app, confirm with its 6-digit code. A session alone cannot set or replace it.
 */
export function TotpModal({ open, forced, replacing, onClose, onDone }: { open: boolean; forced?: boolean; replacing?: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [setup, setSetup] = useState<{ secret: string; qr: string } | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [currentCode, setCurrentCode] = useState('');
  const reset = () => (setSetup(null), setCode(''), setPassword(''), setCurrentCode(''));
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={replacing ? '更换动态口令（双因素认证）' : '设置动态口令（双因素认证）'} open={open} closable={!forced} maskClosable={!forced} keyboard={!forced} onCancel={() => (reset(), onClose())} footer={null} destroyOnHidden>
      {!setup ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>设置后，登录时除密码外还须输入手机身份验证器（如微信小程序“腾讯身份验证器”、Google Authenticator、Microsoft Authenticator）显示的 6 位数字。系统管理员、安全管理员、审计管理员必须设置。</Typography.Paragraph>
          <Typography.Text>{replacing ? '为确认是您本人，请输入当前密码和原身份验证器显示的 6 位数字：' : '为确认是您本人，请输入当前密码：'}</Typography.Text>
          <Input.Password data-testid="totp-password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder="当前密码" autoComplete="current-password" style={{ width: 240 }} />
          {replacing && <Input data-testid="totp-current-code" value={currentCode} onChange={(e) => setCurrentCode(e.target.value.trim())} maxLength={6} placeholder="原动态口令（6 位数字）" inputMode="numeric" style={{ width: 240 }} />}
          <Button
            type="primary"
            loading={busy}
            disabled={!password || (replacing && !/^\d{6}$/.test(currentCode))}
            onClick={() => void run(async () => setSetup(await call(api.POST('/api/auth/totp/setup', { body: { password, code: replacing ? currentCode : undefined } }))))}
          >
            生成二维码
          </Button>
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>用身份验证器扫描二维码（或手动输入密钥），然后输入它显示的 6 位数字确认：</Typography.Text>
          <img src={setup.qr} alt="动态口令二维码" width={200} height={200} />
          <Typography.Text type="secondary" copyable={{ text: setup.secret }}>密钥：{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</Typography.Text>
          <Space>
            <Input data-testid="totp-code" value={code} onChange={(e) => setCode(e.target.value.trim())} maxLength={6} placeholder="6 位数字" inputMode="numeric" style={{ width: 140 }} />
            <Button type="primary" loading={busy} disabled={!/^\d{6}$/.test(code)} onClick={() => void run(async () => { await call(api.POST('/api/auth/totp/enable', { body: { code } })); message.success('动态口令已启用，其他设备上的登录已退出'); reset(); onDone(); })}>确认启用</Button>
          </Space>
        </Space>
      )}
    </Modal>
  );
}
