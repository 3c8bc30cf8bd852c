import { LightAlert as Alert } from '../../components/light/LightAlert';
import { Paragraph } from '../../components/light/Text';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { reloadNotifications, useNotifications } from '../notifications';
import { citationText } from '../../citations';
import { CollegeOverview } from './CollegeOverview';
import { InboxCard } from './InboxCard';
import { MyDutiesCard } from './MyDutiesCard';
import { QuickActions } from './QuickActions';
import { PageHeader } from '../../components/PageHeader';

/** How many unread notices the workbench shows as banners. */
const SHOWN_NOTICES = 3;

export function WorkbenchPage() {
  const { can } = useAuth();
  const notices = useNotifications();
  const unread = (notices.data?.items ?? []).filter((n) => !n.read);
  return (
    <div>
      <PageHeader title="工作台" />
      {/* The newest unread notices (a daily digest each day would otherwise pile up); closing one marks it read. */}
      {unread.slice(0, SHOWN_NOTICES).map((n) => (
        <Alert
          key={n.id}
          type="warning"
          showIcon
          closable
          onClose={() => void call(api.POST('/api/notifications/{id}/read', { params: { path: { id: n.id } } })).then(reloadNotifications, () => undefined)}
          style={{ marginBottom: 12 }}
          message={n.title}
          description={<span style={{ whiteSpace: 'pre-line' }}>{`${n.body}${n.citation && !n.body.includes('依据') ? `（依据：${citationText(n.citation)}）` : ''}`}</span>}
          data-testid="workbench-reminder"
        />
      ))}
      {unread.length > SHOWN_NOTICES && (
        <Paragraph type="secondary" data-testid="more-notices">
          另有 {unread.length - SHOWN_NOTICES} 条未读提醒，点右上角铃铛查看。
        </Paragraph>
      )}
      {/* Mine first: what waits for my decision, what I owe, what I can do; then what I share, then the overview. */}
      <InboxCard />
      <MyDutiesCard title="我的待办" ways={['person', 'role']} testId="my-duties" withoutSteps hint="审批、办理环节见“待我办理”，这里不重复列出。" />
      <QuickActions />
      <MyDutiesCard
        title="本部门中层干部共同的待办"
        ways={['shared']}
        testId="shared-duties"
        hint="由本部门中层干部共同承担、任一人办理即可的事项（如与本部门干部职工的年度谈心谈话、部门季度约谈计划）。"
        hideEmpty
      />
      {can('duty.dashboard') && <CollegeOverview />}
    </div>
  );
}
