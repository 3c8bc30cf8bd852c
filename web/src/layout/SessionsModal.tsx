import { App, Button, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { api, call } from '../api/client';
import { useApi } from '../components/useApi';
import { runAction } from '../components/submitForm';
import { chinaDateTime } from '../dates';

/** A browser and system in words, from its user-agent string ("Chrome 131 · Windows"); the raw string on hover. */
function deviceOf(ua: string | null): string {
  if (!ua) return '未知设备';
  const browser = /Edg\/(\d+)/.exec(ua) ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}` : /Firefox\/(\d+)/.exec(ua) ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}` : /Chrome\/(\d+)/.exec(ua) ? `Chrome ${/Chrome\/(\d+)/.exec(ua)![1]}` : /Safari\//.test(ua) ? 'Safari' : '其他浏览器';
  const os = /Windows/.test(ua) ? 'Windows' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? `${browser} · ${os}` : browser;
}
const at = (iso: string) => chinaDateTime(iso);

/** 登录设备: where this account is signed in; end a session not recognised, or all but this one. */
export function SessionsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const sessions = useApi(() => (open ? call(api.GET('/api/auth/sessions')) : Promise.resolve([])), [open]);
  const act = (fn: () => Promise<unknown>, done: string) => runAction(message, fn, done, sessions.reload);
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <Modal title="登录设备" open={open} onCancel={onClose} width={820} destroyOnHidden footer={[
      <Popconfirm key="others" title={`退出其他 ${others} 处登录？`} disabled={!others} onConfirm={() => act(() => call(api.POST('/api/auth/sessions/end-others')), '其他设备上的登录已退出')}>
        <Button danger disabled={!others}>退出其他设备上的登录</Button>
      </Popconfirm>,
      <Button key="close" onClick={onClose}>关闭</Button>,
    ]}>
      <Typography.Paragraph type="secondary">
        以下是本账号当前有效的登录。闲置超时或到期后自动退出；如有不认识的设备或地址，请立即结束它并修改密码。
      </Typography.Paragraph>
      <Table
        rowKey="ref" size="small" loading={sessions.loading} dataSource={sessions.data ?? []} pagination={false}
        columns={[
          { title: '设备', dataIndex: 'userAgent', render: (v: string | null, s) => <span title={v ?? ''}>{deviceOf(v)} {s.current && <Tag color="green">本次登录</Tag>}</span> },
          { title: '地址', dataIndex: 'ip', width: 130, render: (v) => v ?? '—' },
          { title: '登录时间', dataIndex: 'createdAt', width: 140, render: at },
          { title: '最近活动', dataIndex: 'lastSeenAt', width: 140, render: at },
          { title: '最迟退出', dataIndex: 'endsAt', width: 140, render: at },
          { title: '', key: 'op', width: 70, render: (_, s) => !s.current && (
            <Popconfirm title="结束这处登录？" onConfirm={() => act(() => call(api.DELETE('/api/auth/sessions/{ref}', { params: { path: { ref: s.ref } } })), '已结束')}>
              <a>结束</a>
            </Popconfirm>
          ) },
        ]}
      />
    </Modal>
  );
}
