import { Alert, Button, Layout, Menu, Dropdown, Space, Spin, Typography, Tag } from 'antd';
import { AlertOutlined, AuditOutlined, TrophyOutlined, CommentOutlined, PieChartOutlined, BookOutlined, CalendarOutlined, DashboardOutlined, LogoutOutlined, KeyOutlined, TeamOutlined, ApartmentOutlined, UnorderedListOutlined, UserOutlined, SolutionOutlined, SafetyCertificateOutlined, DesktopOutlined, SendOutlined, NotificationOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth';
import { Bell } from '../components/Bell';
import { PasswordModal } from './PasswordModal';
import { TotpModal } from './TotpModal';
import { SessionsModal } from './SessionsModal';
import { Suspense, useState } from 'react';

const ITEMS = [
  { key: '/workbench', label: '工作台', icon: <DashboardOutlined />, perm: 'duty.read' },
  { key: '/duties', label: '应办事项', icon: <UnorderedListOutlined />, perm: 'duty.dashboard' },
  { key: '/talks', label: '谈心谈话', icon: <CommentOutlined />, perm: 'talk.read' },
  { key: '/talk-completion', label: '谈话完成情况', icon: <PieChartOutlined />, perm: 'talk.supervise' },
  { key: '/sidelines', label: '领导干部兼职', icon: <SolutionOutlined />, perm: 'sideline.apply' },
  { key: '/tolerance', label: '容错纠错', icon: <SafetyCertificateOutlined />, perm: 'tolerance.apply' },
  { key: '/interviews', label: '干部约谈', icon: <AlertOutlined />, perm: 'interview.read' },
  { key: '/incentives', label: '激励担当作为', icon: <TrophyOutlined />, perm: 'duty.read' },
  { key: '/people', label: '人员', icon: <TeamOutlined />, perm: 'roster.read' },
  { key: '/departments', label: '部门', icon: <ApartmentOutlined />, perm: 'roster.read' },
  { key: '/policy', label: '制度', icon: <BookOutlined />, perm: 'policy.read' },
  { key: '/calendar', label: '工作日历', icon: <CalendarOutlined />, perm: 'calendar.read' },
  { key: '/accounts', label: '账号管理', icon: <KeyOutlined />, perm: 'account.read' },
  { key: '/audit', label: '审计日志', icon: <AuditOutlined />, perm: 'audit.read' },
  { key: '/notification-deliveries', label: '通知发送', icon: <SendOutlined />, perm: 'notification.log' },
];

export function AppLayout() {
  const { me, can, logout, refresh } = useAuth();
  const [changing, setChanging] = useState(false);
  const [totp, setTotp] = useState(false);
  const [sessions, setSessions] = useState(false);
  const nav = useNavigate();
  const loc = useLocation();
  const selected = ITEMS.find((i) => loc.pathname.startsWith(i.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#8e1414', paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          干部管理监督平台
        </Typography.Title>
        <Typography.Text style={{ color: '#f5d0d0' }}>{me?.institution.name}</Typography.Text>
        <div style={{ flex: 1 }} />
        {me?.personId && <Bell />}
        <Dropdown menu={{ items: [{ key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => setChanging(true) }, { key: 'totp', icon: <SafetyCertificateOutlined />, label: me?.totpEnabled ? '更换动态口令' : '设置动态口令', onClick: () => setTotp(true) }, { key: 'sessions', icon: <DesktopOutlined />, label: '登录设备', onClick: () => setSessions(true) }, ...(me?.personId ? [{ key: 'notify', icon: <NotificationOutlined />, label: '通知设置', onClick: () => nav('/me/notifications') }] : []), { key: 'data', icon: <UserOutlined />, label: <a href="/api/me/personal-data">下载我的个人信息</a> }, { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void logout().then(() => nav('/login')) }] }}>
          <Space style={{ color: '#fff', cursor: 'pointer' }} data-testid="user-menu">
            <UserOutlined />
            {me?.displayName}
            {me?.roles.filter((r) => r.role !== 'staff').map((r) => (
              <Tag key={r.role} color="gold">
                {r.label}
              </Tag>
            ))}
          </Space>
        </Dropdown>
      </Layout.Header>
      <SessionsModal open={sessions} onClose={() => setSessions(false)} />
      <TotpModal open={totp || (!!me?.totpRequired && !me?.mustChangePassword)} forced={!!me?.totpRequired} replacing={!!me?.totpEnabled} onClose={() => setTotp(false)} onDone={() => (setTotp(false), void refresh())} />
      {me?.totpRequired && (
        <Alert banner type="warning" message="系统管理员、安全管理员、审计管理员须先启用动态口令（双因素认证），然后才能使用系统。" action={<Button size="small" onClick={() => setTotp(true)}>立即设置</Button>} />
      )}
      <PasswordModal open={changing || !!me?.mustChangePassword} forced={!!me?.mustChangePassword} minLength={me?.passwordMinLength} onCancel={() => setChanging(false)} onDone={() => (setChanging(false), void refresh())} />
      <Layout>
        <Layout.Sider width={180} theme="light" breakpoint="lg" collapsedWidth={0}>
          <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={ITEMS.filter((i) => can(i.perm)).map(({ perm: _p, ...i }) => i)} onClick={(e) => nav(e.key)} style={{ height: '100%' }} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 20, background: '#f5f5f5' }}>
          {/* Pages load again once a forced password change or second-factor setup is done. */}
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} tip="加载中"><div /></Spin>}>
            <Outlet key={`${!!me?.mustChangePassword}-${!!me?.totpRequired}`} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
