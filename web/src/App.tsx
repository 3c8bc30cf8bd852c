import { lazy, type ComponentType, type ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PageLoading } from './components/light/LightLoading';
import { landingOnWorkbench } from './landing';
import { useAuth } from './auth';
import { AppLayout } from './layout/AppLayout';
import { prefetchOverview } from './areas/duties/prefetchOverview';
import { LoadFailed, preloadable } from './components/preloadable';

/**
 * Pages load when first opened (one chunk each, shared code in chunks of its own). The shell itself loads after sign-in
 * (main.tsx), so the sign-in page carries none of this.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
// 无权访问 / 页面不存在 (antd's Result and its pictures) load when shown.
const NotAllowed = lazy(() => import('./components/NotAllowed').then((m) => ({ default: m.NotAllowed })));
// The page most people land on is fetched with the shell, beside the session check, not after it, and drawn as soon as
// the shell is (preloadable: no Suspense round).
const workbench = preloadable(
  () => import('./areas/duties/WorkbenchPage').then((m) => m.WorkbenchPage),
  (_, failed) => (failed ? <LoadFailed /> : <PageLoading />),
);
let overviewAsked = false;
if (landingOnWorkbench) workbench.preload().catch(() => undefined); // asked again when drawn
const WorkbenchPage = workbench.Component;
const InboxPage = page(() => import('./areas/inbox/InboxPage'), 'InboxPage');
const DutiesPage = page(() => import('./areas/duties/DutiesPage'), 'DutiesPage');
const PeopleListPage = page(() => import('./areas/people/PeopleListPage'), 'PeopleListPage');
const PersonPage = page(() => import('./areas/people/PersonPage'), 'PersonPage');
const DepartmentsPage = page(() => import('./areas/people/DepartmentsPage'), 'DepartmentsPage');
const DepartmentPage = page(() => import('./areas/people/DepartmentPage'), 'DepartmentPage');
const PolicyPage = page(() => import('./areas/policy/PolicyPage'), 'PolicyPage');
const CalendarPage = page(() => import('./areas/policy/CalendarPage'), 'CalendarPage');
const AuditPage = page(() => import('./areas/admin/AuditPage'), 'AuditPage');
const GoLivePage = page(() => import('./areas/golive/GoLivePage'), 'GoLivePage');
const AccountsPage = page(() => import('./areas/admin/AccountsPage'), 'AccountsPage');
const TalksPage = page(() => import('./areas/talks/TalksPage'), 'TalksPage');
const TalkNewPage = page(() => import('./areas/talks/TalkNewPage'), 'TalkNewPage');
const TalkDetailPage = page(() => import('./areas/talks/TalkDetailPage'), 'TalkDetailPage');
const AssignmentsPage = page(() => import('./areas/talks/AssignmentsPage'), 'AssignmentsPage');
const CompletionPage = page(() => import('./areas/talks/CompletionPage'), 'CompletionPage');
const SidelinesPage = page(() => import('./areas/sidelines/SidelinesPage'), 'SidelinesPage');
const ApplyPage = page(() => import('./areas/sidelines/ApplyPage'), 'ApplyPage');
const ApplicationPage = page(() => import('./areas/sidelines/ApplicationPage'), 'ApplicationPage');
const SidelinePage = page(() => import('./areas/sidelines/SidelinePage'), 'SidelinePage');
const TolerancePage = page(() => import('./areas/tolerance/TolerancePage'), 'TolerancePage');
const ApplyTolerancePage = page(() => import('./areas/tolerance/ApplyTolerancePage'), 'ApplyTolerancePage');
const ReviewPage = page(() => import('./areas/tolerance/ReviewPage'), 'ReviewPage');
const CasePage = page(() => import('./areas/tolerance/CasePage'), 'CasePage');
const InterviewsPage = page(() => import('./areas/interviews/InterviewsPage'), 'InterviewsPage');
const InterviewNewPage = page(() => import('./areas/interviews/InterviewNewPage'), 'InterviewNewPage');
const PlanPage = page(() => import('./areas/interviews/PlanPage'), 'PlanPage');
const InterviewPage = page(() => import('./areas/interviews/InterviewPage'), 'InterviewPage');
const NotificationSettingsPage = page(() => import('./areas/notifications/NotificationSettingsPage'), 'NotificationSettingsPage');
const DeliveriesPage = page(() => import('./areas/notifications/DeliveriesPage'), 'DeliveriesPage');
const IncentivesPage = page(() => import('./areas/incentives/IncentivesPage'), 'IncentivesPage');

export function App() {
  const { me, can } = useAuth();
  if (!me) return null;
  // …and its figures and charts library as soon as the session says who is here (prefetchOverview), once: for the
  // first person signed in after the page loaded on the workbench. In the render, not an effect, so that they are asked
  // for before the layout and the page are drawn, beside the page's code rather than after it.
  if (landingOnWorkbench && !overviewAsked && can('duty.dashboard')) {
    overviewAsked = true;
    prefetchOverview();
  }
  const guard = (perm: string, el: ReactElement) => (can(perm) ? el : <NotAllowed />);
  const home = can('duty.read') ? '/workbench' : can('audit.read') ? '/audit' : can('account.read') ? '/accounts' : '/calendar';
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/" element={<Navigate to={home} replace />} />
        <Route path="/login" element={<Navigate to={home} replace />} />
        <Route path="/workbench" element={guard('duty.read', <WorkbenchPage />)} />
        <Route path="/inbox" element={guard('duty.read', <InboxPage />)} />
        <Route path="/duties" element={guard('duty.dashboard', <DutiesPage />)} />
        <Route path="/people" element={guard('roster.read', <PeopleListPage />)} />
        <Route path="/people/:id" element={guard('roster.read', <PersonPage />)} />
        <Route path="/departments" element={guard('roster.read', <DepartmentsPage />)} />
        <Route path="/departments/:id" element={guard('roster.read', <DepartmentPage />)} />
        <Route path="/policy" element={guard('policy.read', <PolicyPage />)} />
        <Route path="/calendar" element={guard('calendar.read', <CalendarPage />)} />
        <Route path="/audit" element={guard('audit.read', <AuditPage />)} />
        <Route path="/go-live" element={guard('golive.import', <GoLivePage />)} />
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
        <Route path="/interviews/plans/:id" element={guard('interview.read', <PlanPage />)} />
        <Route path="/interviews/:id" element={guard('interview.read', <InterviewPage />)} />
        <Route path="/incentives" element={guard('duty.read', <IncentivesPage />)} />
        <Route path="/me/notifications" element={me.personId ? <NotificationSettingsPage /> : <NotAllowed />} />
        <Route path="/notification-deliveries" element={guard('notification.log', <DeliveriesPage />)} />
        <Route path="*" element={<NotAllowed notFound />} />
      </Route>
    </Routes>
  );
}
