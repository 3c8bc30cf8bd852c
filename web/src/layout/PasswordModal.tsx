import { App, Form, Input, Modal, Typography } from 'antd';
import { api, call } from '../api/client';
import { submitForm } from '../components/submitForm';

/**
 * 修改密码: the current password and a new one (at least the configured length, three of upper case, lower case, digits and
 * symbols). Forced — no way to dismiss it — for an account holding a password it was given.
 */
export function PasswordModal({ open, forced, minLength, onDone, onCancel }: { open: boolean; forced: boolean; minLength?: number; onDone: () => void; onCancel: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ current: string; next: string; again: string }>();
  return (
    <Modal
      title={forced ? '请先修改密码' : '修改密码'}
      open={open}
      closable={!forced}
      maskClosable={!forced}
      keyboard={!forced}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      onCancel={onCancel}
      okText="修改密码"
      onOk={() => submitForm(form, message, (v) => call(api.POST('/api/auth/password', { body: { current: v.current, next: v.next } })), '密码已修改，其他设备上的登录已退出', () => (form.resetFields(), onDone()))}
      destroyOnHidden
    >
      {forced && <Typography.Paragraph type="warning">这是首次登录或密码被重置后的登录，须先设置自己的密码才能使用系统。</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item name="current" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="next" label="新密码" extra={`${minLength ? `至少 ${minLength} 位，` : ''}包含大写字母、小写字母、数字、符号中的至少三类，不能是常见密码`} rules={[{ required: true, message: '请输入新密码' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label="再次输入新密码"
          dependencies={['next']}
          rules={[{ required: true, message: '请再次输入新密码' }, ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
