import type { ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth } from './auth';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { DutiesPage } from './pages/DutiesPage';
import { PeopleListPage } from './pages/people/PeopleListPage';
import { PersonPage } from './pages/people/PersonPage';
import { DepartmentsPage } from './pages/people/DepartmentsPage';
import { DepartmentPage } from './pages/people/DepartmentPage';
import { PolicyPage } from './pages/PolicyPage';
import { CalendarPage } from './pages/CalendarPage';
import { AuditPage } from './pages/AuditPage';
import { AccountsPage } from './pages/AccountsPage';
import { NotAllowed } from './components/NotAllowed';
import { TalksPage } from './pages/talks/TalksPage';
import { TalkNewPage } from './pages/talks/TalkNewPage';
import { TalkDetailPage } from './pages/talks/TalkDetailPage';
import { AssignmentsPage } from './pages/talks/AssignmentsPage';
import { CompletionPage } from './pages/talks/CompletionPage';
import { SidelinesPage } from './pages/sidelines/SidelinesPage';
import { ApplyPage } from './pages/sidelines/ApplyPage';
import { ApplicationPage } from './pages/sidelines/ApplicationPage';
import { SidelinePage } from './pages/sidelines/SidelinePage';
import { TolerancePage } from './pages/tolerance/TolerancePage';
import { ApplyTolerancePage } from './pages/tolerance/ApplyTolerancePage';
import { ReviewPage } from './pages/tolerance/ReviewPage';
import { CasePage } from './pages/tolerance/CasePage';
import { InterviewsPage } from './pages/interviews/InterviewsPage';
import { InterviewNewPage } from './pages/interviews/InterviewNewPage';
import { InterviewPage } from './pages/interviews/InterviewPage';
import { IncentivesPage } from './pages/incentives/IncentivesPage';

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
        <Route path="*" element={<NotAllowed notFound />} />
      </Route>
    </Routes>
  );
}
