import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { useAuth } from '../../auth';
import { chinaDateTime } from '../../dates';

type Reset = NonNullable<ReturnType<typeof useResets>['data']>[number];
// eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is a reload key: each change asks for the list again
const useResets = (version: number) => useApi(() => call(api.GET('/api/password-resets')), [version]);

const when = (iso: string | null) => (iso ? chinaDateTime(iso, true) : '—');
const STATUS: Record<Reset['status'], [string, string]> = {
  pending: ['待批准', 'orange'],
  approved: ['已批准，待本人设置密码', 'blue'],
  redeemed: ['本人已设置密码', 'green'],
  refused: ['不批准', 'default'],
  cancelled: ['已被新申请取代', 'default'],
  expired: ['已过期', 'default'],
};
const KIND: Record<Reset['kind'], string> = { reset: '重置密码', activation: '新账号激活' };

/** One half of an activation code, shown once to the administrator who made it, with what to do with it. */
export function ShownOnce({ username, label, half, expiresAt, other }: { username: string; label: string; half: string; expiresAt: string; other: string }) {
  return (
    <Space direction="vertical">
      <span>用户名：{username}</span>
      <span>
        {label}：<Typography.Text code copyable data-testid="activation-half">{half}</Typography.Text>
      </span>
      <Typography.Text type="secondary">
        请单独交给本人（不要与{other}经同一人或同一渠道转交）。本人在登录页点“使用激活码设置密码”，输入两段激活码后自行设置密码。有效期至 {when(expiresAt)}，只能使用一次。此码不会再次显示，系统中只保存其校验值。
      </Typography.Text>
    </Space>
  );
}

/**
 * 密码重置与账号激活: the security administrator approves (getting the second half, shown once) or refuses what the
 * system administrator asked for; both see the list, pending and done. Nobody decides a request for their own account.
 */
export function PasswordResetsCard({ version, onDecided }: { version: number; onDecided: () => void }) {
  const { message, modal } = App.useApp();
  const { can, me } = useAuth();
  const [reload, setReload] = useState(0);
  const list = useResets(version + reload);
  const [refusing, setRefusing] = useState<Reset | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => setReason(''), [refusing]);
  const approver = can('account.approve');
  const done = () => (setReload((v) => v + 1), onDecided());
  const approve = (r: Reset) =>
    modal.confirm({
      title: `批准${KIND[r.kind]}：${r.displayName}（${r.username}）？`,
      content: `${r.personName ? `该账号关联人员“${r.personName}”，其职务决定账号的业务权限。` : ''}批准后原密码即时失效、登录全部退出，并给出激活码后半段。请先与本人核实确有此申请。`,
      onOk: () =>
        call(api.POST('/api/password-resets/{id}/approve', { params: { path: { id: r.id } } }))
          .then((a) => {
            modal.success({ title: '已批准', width: 520, content: <ShownOnce username={a.username} label="激活码后半段" half={a.approvalHalf} expiresAt={a.expiresAt} other="系统管理员给出的前半段" /> });
            done();
          })
          .catch((e) => message.error(errorText(e))),
    });
  return (
    <Card type="inner" title="密码重置与账号激活" style={{ marginTop: 16 }} data-testid="password-resets">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="任何人都不会拿到他人的密码：系统管理员申请时得到激活码前半段，安全管理员批准时得到后半段，分别交给本人；本人凭两段激活码（已启用动态口令的还须动态口令）自行设置密码。不能批准自己账号的申请。"
      />
      {list.error && <Alert type="error" message={list.error} />}
      <Table<Reset>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 10 }}
        columns={[
          { title: '账号', render: (_, r) => `${r.displayName}（${r.username}）` },
          { title: '关联人员', dataIndex: 'personName', width: 100, render: (v) => v ?? '—' },
          { title: '事项', dataIndex: 'kind', width: 100, render: (k: Reset['kind']) => KIND[k] },
          { title: '申请', width: 190, render: (_, r) => `${r.requestedByName} ${when(r.requestedAt)}` },
          { title: '状态', width: 190, render: (_, r) => <Space direction="vertical" size={0}><Tag color={STATUS[r.status][1]}>{STATUS[r.status][0]}</Tag>{r.refusalReason && <Typography.Text type="secondary">理由：{r.refusalReason}</Typography.Text>}</Space> },
          { title: '处理', width: 190, render: (_, r) => (r.decidedByName ? `${r.decidedByName} ${when(r.decidedAt)}` : '—') },
          {
            title: '操作',
            width: 150,
            render: (_, r) =>
              approver && r.status === 'pending' ? (
                r.accountId === me?.accountId ? (
                  <Typography.Text type="secondary">本人账号，须由另一位安全管理员处理</Typography.Text>
                ) : (
                  <Space size={4}>
                    <Button size="small" type="primary" onClick={() => approve(r)}>批准</Button>
                    <Button size="small" onClick={() => setRefusing(r)}>不批准</Button>
                  </Space>
                )
              ) : null,
          },
        ]}
      />
      <Modal
        title={refusing ? `不批准：${refusing.displayName}（${refusing.username}）` : ''}
        open={!!refusing}
        onCancel={() => setRefusing(null)}
        destroyOnHidden
        onOk={() =>
          refusing &&
          void call(api.POST('/api/password-resets/{id}/refuse', { params: { path: { id: refusing.id } }, body: { reason } }))
            .then(() => (message.success('已不批准，账号不受影响'), setRefusing(null), done()))
            .catch((e) => message.error(errorText(e)))
        }
      >
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="理由（如：未与本人核实）" maxLength={200} showCount />
      </Modal>
    </Card>
  );
}
