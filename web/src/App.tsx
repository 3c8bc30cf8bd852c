import { lazy, type ComponentType, type ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth } from './auth';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { NotAllowed } from './components/NotAllowed';

/**
 * Pages load when first opened (one chunk each, shared code in chunks of its own), so the sign-in page does not carry
 * the charts and forms of every area.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const WorkbenchPage = page(() => import('./pages/WorkbenchPage'), 'WorkbenchPage');
const DutiesPage = page(() => import('./pages/DutiesPage'), 'DutiesPage');
const PeopleListPage = page(() => import('./pages/people/PeopleListPage'), 'PeopleListPage');
const PersonPage = page(() => import('./pages/people/PersonPage'), 'PersonPage');
const DepartmentsPage = page(() => import('./pages/people/DepartmentsPage'), 'DepartmentsPage');
const DepartmentPage = page(() => import('./pages/people/DepartmentPage'), 'DepartmentPage');
const PolicyPage = page(() => import('./pages/PolicyPage'), 'PolicyPage');
const CalendarPage = page(() => import('./pages/CalendarPage'), 'CalendarPage');
const AuditPage = page(() => import('./pages/AuditPage'), 'AuditPage');
const AccountsPage = page(() => import('./pages/AccountsPage'), 'AccountsPage');
const TalksPage = page(() => import('./pages/talks/TalksPage'), 'TalksPage');
const TalkNewPage = page(() => import('./pages/talks/TalkNewPage'), 'TalkNewPage');
const TalkDetailPage = page(() => import('./pages/talks/TalkDetailPage'), 'TalkDetailPage');
const AssignmentsPage = page(() => import('./pages/talks/AssignmentsPage'), 'AssignmentsPage');
const CompletionPage = page(() => import('./pages/talks/CompletionPage'), 'CompletionPage');
const SidelinesPage = page(() => import('./pages/sidelines/SidelinesPage'), 'SidelinesPage');
const ApplyPage = page(() => import('./pages/sidelines/ApplyPage'), 'ApplyPage');
const ApplicationPage = page(() => import('./pages/sidelines/ApplicationPage'), 'ApplicationPage');
const SidelinePage = page(() => import('./pages/sidelines/SidelinePage'), 'SidelinePage');
const TolerancePage = page(() => import('./pages/tolerance/TolerancePage'), 'TolerancePage');
const ApplyTolerancePage = page(() => import('./pages/tolerance/ApplyTolerancePage'), 'ApplyTolerancePage');
const ReviewPage = page(() => import('./pages/tolerance/ReviewPage'), 'ReviewPage');
const CasePage = page(() => import('./pages/tolerance/CasePage'), 'CasePage');
const InterviewsPage = page(() => import('./pages/interviews/InterviewsPage'), 'InterviewsPage');
const InterviewNewPage = page(() => import('./pages/interviews/InterviewNewPage'), 'InterviewNewPage');
const InterviewPage = page(() => import('./pages/interviews/InterviewPage'), 'InterviewPage');
const NotificationSettingsPage = page(() => import('./pages/NotificationSettingsPage'), 'NotificationSettingsPage');
const DeliveriesPage = page(() => import('./pages/DeliveriesPage'), 'DeliveriesPage');
const IncentivesPage = page(() => import('./pages/incentives/IncentivesPage'), 'IncentivesPage');

export function App() {
  const { me, loading, can } = useAuth();
  if (loading) return <Spin fullscreen tip="加载中" />;
  if (!me)
    return (
      <Routes>
        <Route path="*" element={<LoginPage />} />
      </Routes>
    );
  const guard = (perm: string, el: ReactElement) => (can(perm) ? el : <NotAllowed />);
  const home = can('duty.read') ? '/workbench' : can('audit.read') ? '/audit' : can('account.read') ? '/accounts' : '/calendar';
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/" element={<Navigate to={home} replace />} />
        <Route path="/login" element={<Navigate to={home} replace />} />
        <Route path="/workbench" element={guard('duty.read', <WorkbenchPage />)} />
        <Route path="/duties" element={guard('duty.dashboard', <DutiesPage />)} />
        <Route path="/people" element={guard('roster.read', <PeopleListPage />)} />
        <Route path="/people/:id" element={guard('roster.read', <PersonPage />)} />
        <Route path="/departments" element={guard('roster.read', <DepartmentsPage />)} />
        <Route path="/departments/:id" element={guard('roster.read', <DepartmentPage />)} />
        <Route path="/policy" element={guard('policy.read', <PolicyPage />)} />
        <Route path="/calendar" element={guard('calendar.read', <CalendarPage />)} />
        <Route path="/audit" element={guard('audit.read', <AuditPage />)} />
        <Route path="/accounts" element={guard('account.read', <AccountsPage />)} />
        <Route path="/talks" element={guard('talk.read', <TalksPage />)} />
        <Route path="/talks/new" element={guard('talk.record', <TalkNewPage />)} />
        <Route path="/talks/assignments" element={guard('talk.assign', <AssignmentsPage />)} />
        <Route path="/talks/:id" element={guard('talk.read', <TalkDetailPage />)} />
        <Route path="/talk-completion" element={guard('talk.supervise', <CompletionPage />)} />
        <Route path="/sidelines" element={guard('sideline.apply', <SidelinesPage />)} />
        <Route path="/sidelines/apply" element={guard('sideline.apply', <ApplyPage />)} />
        <Route path="/sidelines/applications/:id" element={guard('sideline.apply', <ApplicationPage />)} />
        <Route path="/sidelines/:id" element={guard('sideline.apply', <SidelinePage />)} />
        <Route path="/tolerance" element={guard('tolerance.apply', <TolerancePage />)} />
        <Route path="/tolerance/apply" element={guard('tolerance.apply', <ApplyTolerancePage />)} />
        <Route path="/tolerance/reviews/:id" element={guard('tolerance.apply', <ReviewPage />)} />
        <Route path="/tolerance/cases/:id" element={guard('tolerance.apply', <CasePage />)} />
        <Route path="/interviews" element={guard('interview.read', <InterviewsPage />)} />
        <Route path="/interviews/new" element={guard('interview.organize', <InterviewNewPage />)} />
        <Route path="/interviews/:id" element={guard('interview.read', <InterviewPage />)} />
        <Route path="/incentives" element={guard('duty.read', <IncentivesPage />)} />
        <Route path="/me/notifications" element={me.personId ? <NotificationSettingsPage /> : <NotAllowed />} />
        <Route path="/notification-deliveries" element={guard('notification.log', <DeliveriesPage />)} />
        <Route path="*" element={<NotAllowed notFound />} />
      </Route>
    </Routes>
  );
}
