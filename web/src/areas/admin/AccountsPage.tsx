import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined, TeamOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { runAction, submitForm } from '../../components/submitForm';
import { useAuth } from '../../auth';
import { PasswordResetsCard, ShownOnce } from './PasswordResetsCard';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';

type Filters = { q?: string; role?: string; status?: string; page: number; pageSize: number };
type Account = NonNullable<ReturnType<typeof useAccounts>['data']>['items'][number];
const useAccounts = (f: Filters) => useApi(() => call(api.GET('/api/accounts/search', { params: { query: f as never } })), [f]);
const STATUS_OPTIONS = [
  { value: 'enabled', label: '正常' }, { value: 'disabled', label: '已停用' }, { value: 'locked', label: '已锁定' },
  { value: 'departed', label: '人员已离职或退休' }, { value: 'sso', label: '统一身份认证' },
];
const PERSON_STATUS: Record<string, string> = { retired: '已退休', left: '已离职' };

/** 登录方式: 统一身份认证 in use, and the security administrator's switch for business users' local passwords. */
function SignInSettings() {
  const { message } = App.useApp();
  const { can } = useAuth();
  const settings = useApi(() => call(api.GET('/api/auth/sso/settings')), []);
  const s = settings.data;
  if (!s) return null;
  const sso = s.oidc || s.cas;
  return (
    <Alert
      type={sso ? 'success' : 'info'}
      style={{ marginBottom: 12 }}
      message={sso ? `已接入统一身份认证（${[s.oidc && 'OpenID Connect', s.cas && 'CAS'].filter(Boolean).join('、')}）：名册中的人首次登录时自动建立账号，角色按职务确定` : '未接入统一身份认证：账号由系统管理员建立，本人凭激活码设置密码'}
      description={
        <Space wrap>
          <span>业务用户本地密码登录</span>
          <Switch
            checked={s.localPasswordSignIn}
            disabled={!can('role.manage') || (!sso && s.localPasswordSignIn)}
            checkedChildren="允许"
            unCheckedChildren="关闭"
            onChange={(v) => void runAction(message, () => call(api.PUT('/api/auth/sso/settings', { body: { localPasswordSignIn: v } })), v ? '已允许本地密码登录' : '已关闭业务用户的本地密码登录', settings.reload)}
          />
          <Typography.Text type="secondary">三员始终以本地密码加动态口令登录{can('role.manage') ? '' : '；由安全管理员设置'}</Typography.Text>
        </Space>
      }
    />
  );
}
const ROLE_OPTIONS: { value: string; label: string }[] = [
  { value: 'org', label: '党委组织部' }, { value: 'discipline', label: '纪委（纪检监察室）' }, { value: 'office', label: '党政办' }, { value: 'finance', label: '财资处' },
  { value: 'foreign_affairs', label: '外事部门' }, { value: 'publicity', label: '宣传部' }, { value: 'sysadmin', label: '系统管理员' }, { value: 'secadmin', label: '安全管理员' }, { value: 'auditor', label: '审计管理员' },
];

/**
 * 账号管理 under 三员分立: the system administrator creates, disables and asks for resets of accounts (half of an
 * activation code, shown once; nobody is given a password); the security administrator grants roles and approves
 * resets (the other half). Neither sees any business record here.
 */
export function AccountsPage() {
  const { message, modal } = App.useApp();
  const { can, me } = useAuth();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const list = useAccounts(filters);
  const filter = (f: Partial<Filters>) => setFilters((old) => ({ ...old, ...f, page: 1 }));
  const exportHref = `/api/accounts/export.xlsx?${new URLSearchParams(Object.entries({ q: filters.q, role: filters.role, status: filters.status }).filter(([, v]) => v) as [string, string][]).toString()}`;
  const fromRoster = async () => {
    try {
      const dry = await call(api.POST('/api/accounts/from-roster', { body: { dryRun: true } }));
      if (dry.count === 0) return void message.info('名册中在职的人都已有账号');
      modal.confirm({
        title: `按人员名册为 ${dry.count} 人建立账号？`,
        width: 560,
        content: (
          <>
            <Typography.Paragraph>用户名为“学院代码.工号”，角色按职务确定；不生成任何密码。本人使用前，由系统管理员逐人申请“重置密码”，安全管理员批准，本人凭两段激活码自行设置密码。</Typography.Paragraph>
            {dry.skipped.length > 0 && <Typography.Paragraph type="warning">另有 {dry.skipped.length} 人的用户名已被占用，未建立。</Typography.Paragraph>}
            <Typography.Paragraph type="secondary" style={{ maxHeight: 200, overflow: 'auto' }}>{dry.accounts.map((a) => `${a.displayName}（${a.username}）`).join('、')}</Typography.Paragraph>
          </>
        ),
        okText: '建立',
        onOk: () => act(() => call(api.POST('/api/accounts/from-roster', { body: { dryRun: false } })), '已按名册建立账号'),
      });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const disableDeparted = async () => {
    try {
      const dry = await call(api.POST('/api/accounts/disable-departed', { body: { dryRun: true } }));
      if (dry.count === 0) return void message.info('没有需要停用的账号：名册中已离职、退休人员的账号均已停用');
      modal.confirm({
        title: `停用 ${dry.count} 名已离职、退休人员的账号？`,
        width: 520,
        content: <Typography.Paragraph style={{ maxHeight: 240, overflow: 'auto' }}>{dry.accounts.map((a) => `${a.displayName}（${a.username}，${PERSON_STATUS[a.personStatus] ?? a.personStatus}）`).join('、')}</Typography.Paragraph>,
        okText: '停用',
        okButtonProps: { danger: true },
        onOk: () => act(() => call(api.POST('/api/accounts/disable-departed', { body: { dryRun: false } })), '已停用，其登录已全部结束'),
      });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<Account | null>(null);
  const [form] = Form.useForm<{ username: string; displayName: string }>();
  const [roles, setRoles] = useState<string[]>([]);
  const [resetsVersion, setResetsVersion] = useState(0);
  const showHalf = (title: string, r: { username: string; requestHalf: string; expiresAt: string }) => {
    modal.success({ title, width: 520, content: <ShownOnce username={r.username} label="激活码前半段" half={r.requestHalf} expiresAt={r.expiresAt} other="安全管理员批准后给出的后半段" /> });
    setResetsVersion((v) => v + 1);
  };
  const act = (fn: () => Promise<unknown>, ok: string) => runAction(message, fn, ok, list.reload);
  const manage = can('account.manage');
  return (
    <div>
    <PageHeader title="账号管理" actions={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => (form.resetFields(), setCreating(true))}>新建账号</Button>} />
    <Card size="small">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message="三员分立：系统管理员管理账号，安全管理员授予角色，审计管理员只查看审计日志；三员账号互不兼任，不兼任业务角色，也不关联到人员。" />
      <SignInSettings />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder="姓名、用户名或工号" style={{ width: 220 }} onSearch={(q) => filter({ q: q.trim() || undefined })} data-testid="accounts-search" />
        <Select allowClear placeholder="授予的角色" style={{ width: 160 }} options={ROLE_OPTIONS} value={filters.role} onChange={(role) => filter({ role })} />
        <Select allowClear placeholder="状态" style={{ width: 170 }} options={STATUS_OPTIONS} value={filters.status} onChange={(status) => filter({ status })} />
        <DownloadButton href={exportHref} label="导出账号清单" format="Excel" />
        {manage && <Button icon={<TeamOutlined />} onClick={() => void fromRoster()}>按名册建立账号</Button>}
        {manage && <Button icon={<UserDeleteOutlined />} onClick={() => void disableDeparted()}>停用离职退休人员账号</Button>}
      </Space>
      {list.error && <Alert type="error" message={list.error} />}
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 980 }}
        pagination={{
          current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100],
          showTotal: (t) => `共 ${t} 个账号`, onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 160 },
          { title: '名称', dataIndex: 'displayName', width: 150 },
          { title: '关联人员', width: 150, render: (_, a) => (a.personName ? <span>{a.personName}{a.staffNo && <Typography.Text type="secondary">（{a.staffNo}）</Typography.Text>}</span> : '—') },
          { title: '授予的角色', dataIndex: 'roles', render: (rs: Account['roles']) => (rs.length ? rs.map((r) => <Tag key={r.role} color={['sysadmin', 'secadmin', 'auditor'].includes(r.role) ? 'red' : 'blue'}>{r.label}</Tag>) : <Typography.Text type="secondary">按职务</Typography.Text>) },
          { title: '状态', width: 170, render: (_, a) => <Space size={4} wrap>{a.disabled ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>}{a.locked && <Tag color="orange">已锁定</Tag>}{a.mustChangePassword && <Tag color="gold">待改密码</Tag>}{a.sso && <Tag color="geekblue">统一身份认证</Tag>}{a.personStatus && PERSON_STATUS[a.personStatus] && <Tag color="volcano">{PERSON_STATUS[a.personStatus]}</Tag>}</Space> },
          {
            title: '操作',
            width: 260,
            render: (_, a) =>
              a.id === me?.accountId ? (
                <Typography.Text type="secondary">本人</Typography.Text>
              ) : (
                <Space size={4}>
                  {manage && (a.disabled
                    ? <Button size="small" onClick={() => void act(() => call(api.POST('/api/accounts/{id}/enable', { params: { path: { id: a.id } } })), '已启用')}>启用</Button>
                    : <Button size="small" danger onClick={() => void act(() => call(api.POST('/api/accounts/{id}/disable', { params: { path: { id: a.id } } })), '已停用，其登录已全部结束')}>停用</Button>)}
                  {manage && !a.sso && (
                    <Button
                      size="small"
                      onClick={() =>
                        modal.confirm({
                          title: `为“${a.displayName}”申请重置密码？`,
                          content: '安全管理员批准后，原密码即时失效、登录全部退出；本人凭两段激活码自行设置新密码。批准前原密码仍可使用。',
                          onOk: () => call(api.POST('/api/accounts/{id}/reset-password', { params: { path: { id: a.id } } })).then((r) => (showHalf('已申请重置密码', r), list.reload())).catch((e) => message.error(errorText(e))),
                        })
                      }
                    >
                      重置密码
                    </Button>
                  )}
                  {can('role.manage') && <Button size="small" onClick={() => (setRoles(a.roles.map((r) => r.role)), setGranting(a))}>授予角色</Button>}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        title="新建账号"
        open={creating}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={() => submitForm(form, message, async (v) => showHalf('账号已建立，待安全管理员批准激活', await call(api.POST('/api/accounts', { body: v }))), '已新建', () => (setCreating(false), list.reload()))}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]} extra="3–32 位小写字母、数字、点、下划线或连字符"><Input /></Form.Item>
          <Form.Item name="displayName" label="名称" rules={[{ required: true, message: '请输入名称' }]}><Input /></Form.Item>
        </Form>
      </Modal>
      <Modal
        title={granting ? `授予角色：${granting.displayName}` : ''}
        open={!!granting}
        onCancel={() => setGranting(null)}
        destroyOnHidden
        onOk={() => granting && void act(() => call(api.PUT('/api/accounts/{id}/roles', { params: { path: { id: granting.id } }, body: { roles: roles as never } })), '已授予，对方下次登录生效').then((done) => done && setGranting(null))}
      >
        <Select mode="multiple" style={{ width: '100%' }} value={roles} onChange={setRoles} options={ROLE_OPTIONS} placeholder="选择角色" />
      </Modal>
      <PasswordResetsCard version={resetsVersion} onDecided={list.reload} />
    </Card>
    </div>
  );
}
