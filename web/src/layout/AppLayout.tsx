import { Grid } from 'antd';
import { LightAlert } from '../components/light/LightAlert';
import { LightBadge } from '../components/light/LightBadge';
import { LightButton } from '../components/light/LightButton';
import { PageLoading } from '../components/light/LightLoading';
import { LightTag } from '../components/light/LightTag';
import { Text, Title4 } from '../components/light/Text';
import { MenuOutlined, AlertOutlined, AuditOutlined, TrophyOutlined, CommentOutlined, PieChartOutlined, BookOutlined, CalendarOutlined, DashboardOutlined, LogoutOutlined, KeyOutlined, TeamOutlined, ApartmentOutlined, UnorderedListOutlined, UserOutlined, SolutionOutlined, SafetyCertificateOutlined, DesktopOutlined, SendOutlined, NotificationOutlined, InboxOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth';
import { Bell } from '../areas/notifications';
import { lazyDialog } from '../components/lazyDialog';
import { lazy, Suspense, useState } from 'react';
import { LazyDropdown } from '../components/LazyDropdown';
import { SideMenu } from './SideMenu';
import { useInboxCount } from '../areas/inbox';

// The account's dialogs load when first opened: their forms are not part of every page's first load.
const PasswordModal = lazyDialog(() => import('./PasswordModal').then((m) => m.PasswordModal));
const TotpModal = lazyDialog(() => import('./TotpModal').then((m) => m.TotpModal));
const SessionsModal = lazyDialog(() => import('./SessionsModal').then((m) => m.SessionsModal));

// The phone's menu drawer loads when first opened.
const Drawer = lazy(() => import('../components/drawer').then((m) => ({ default: m.Drawer })));

const ITEMS = [
  { key: '/workbench', label: '工作台', icon: <DashboardOutlined />, perm: 'duty.read' },
  { key: '/inbox', label: '待我办理', icon: <InboxOutlined />, perm: 'duty.read' },
  { key: '/duties', label: '应办事项', icon: <UnorderedListOutlined />, perm: 'duty.dashboard' },
  { key: '/talks', label: '谈心谈话', icon: <CommentOutlined />, perm: 'talk.read' },
  { key: '/talk-completion', label: '谈话完成情况', icon: <PieChartOutlined />, perm: 'talk.supervise' },
  { key: '/sidelines', label: '领导干部兼职', icon: <SolutionOutlined />, perm: 'sideline.apply' },
  { key: '/tolerance', label: '容错纠错', icon: <SafetyCertificateOutlined />, perm: 'tolerance.apply' },
  { key: '/interviews', label: '干部约谈', icon: <AlertOutlined />, perm: 'interview.read' },
  { key: '/incentives', label: '激励担当作为', icon: <TrophyOutlined />, perm: 'duty.read' },
  { key: '/people', label: '人员', icon: <TeamOutlined />, perm: 'roster.read' },
  { key: '/departments', label: '部门', icon: <ApartmentOutlined />, perm: 'roster.read' },
  { key: '/go-live', label: '上线导入', icon: <CloudUploadOutlined />, perm: 'golive.import' },
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
  const [drawer, setDrawer] = useState(false);
  const [drawerLoaded, setDrawerLoaded] = useState(false);
  // A phone (below md, 768 px): the menu is a drawer over the page, the header keeps the name and the bell only.
  const phone = !Grid.useBreakpoint().md;
  const selected = ITEMS.find((i) => loc.pathname.startsWith(i.key))?.key;
  // 待我办理 carries its count, read again on every page change (a step done elsewhere leaves it).
  const waiting = useInboxCount(can('duty.read'), loc.pathname);
  const menu = (
    <SideMenu
      selected={selected}
      items={ITEMS.filter((i) => can(i.perm)).map(({ perm: _p, ...i }) =>
        i.key === '/inbox' && waiting
          ? {
              ...i,
              label: (
                <span data-testid="inbox-menu">
                  {i.label} <LightBadge count={waiting.total} color={waiting.overdue ? '#cf1322' : '#1677ff'} title={`${waiting.total} 项待办理${waiting.overdue ? `，${waiting.overdue} 项已逾期` : ''}`} data-testid="inbox-count" />
                </span>
              ),
            }
          : i,
      )}
      onSelect={(key) => (setDrawer(false), nav(key))}
    />
  );
  return (
    <div className="light-layout">
      <header className="light-header" style={{ gap: phone ? 8 : 16, background: '#8e1414', paddingInline: phone ? 8 : 24 }}>
        {phone && <LightButton type="text" aria-label="菜单" icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />} onClick={() => (setDrawerLoaded(true), setDrawer(true))} data-testid="menu-button" />}
        <Title4 style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap', fontSize: phone ? 17 : undefined }}>
          干部管理监督平台
        </Title4>
        {!phone && <Text style={{ color: '#f5d0d0', whiteSpace: 'nowrap' }}>{me?.institution.name}</Text>}
        <div style={{ flex: 1 }} />
        {me?.personId && <Bell />}
        <LazyDropdown menu={{ items: [{ key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => setChanging(true) }, { key: 'totp', icon: <SafetyCertificateOutlined />, label: me?.totpEnabled ? '更换动态口令' : '设置动态口令', onClick: () => setTotp(true) }, { key: 'sessions', icon: <DesktopOutlined />, label: '登录设备', onClick: () => setSessions(true) }, ...(me?.personId ? [{ key: 'notify', icon: <NotificationOutlined />, label: '通知设置', onClick: () => nav('/me/notifications') }] : []), { key: 'data', icon: <UserOutlined />, label: <a href="/api/me/personal-data">下载我的个人信息</a> }, { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void logout().then(() => nav('/login')) }] }}>
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, color: '#fff', cursor: 'pointer', whiteSpace: 'nowrap' }} data-testid="user-menu">
            <UserOutlined />
            {me?.displayName}
            {!phone && me?.roles.filter((r) => r.role !== 'staff').map((r) => (
              <LightTag key={r.role} color="gold">
                {r.label}
              </LightTag>
            ))}
          </span>
        </LazyDropdown>
      </header>
      <SessionsModal open={sessions} onClose={() => setSessions(false)} />
      <TotpModal open={totp || (!!me?.totpRequired && !me?.mustChangePassword)} forced={!!me?.totpRequired} replacing={!!me?.totpEnabled} onClose={() => setTotp(false)} onDone={() => (setTotp(false), void refresh())} />
      {me?.totpRequired && (
        <LightAlert banner type="warning" message="系统管理员、安全管理员、审计管理员须先启用动态口令（双因素认证），然后才能使用系统。" action={<LightButton size="small" onClick={() => setTotp(true)}>立即设置</LightButton>} />
      )}
      <PasswordModal open={changing || !!me?.mustChangePassword} forced={!!me?.mustChangePassword} minLength={me?.passwordMinLength} onCancel={() => setChanging(false)} onDone={() => (setChanging(false), void refresh())} />
      <div className="light-layout-body">
        {phone ? (
          drawerLoaded && (
            <Suspense fallback={null}>
              <Drawer placement="left" open={drawer} onClose={() => setDrawer(false)} width={240} title={me?.institution.name} styles={{ body: { padding: 0 } }}>
                {menu}
              </Drawer>
            </Suspense>
          )
        ) : (
          <aside className="light-sider">{menu}</aside>
        )}
        <main className="light-content" style={{ padding: phone ? 10 : 20 }}>
          {/* Pages load again once a forced password change or second-factor setup is done. */}
          <Suspense fallback={<PageLoading />}>
            <Outlet key={`${!!me?.mustChangePassword}-${!!me?.totpRequired}`} />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
