import { LightAlert as Alert } from '../../components/light/LightAlert';
import { Text } from '../../components/light/Text';
import { LightCard } from '../../components/light/LightCard';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { LightInboxList, NOTHING_WAITING } from '../inbox';

/** How many waiting steps the workbench lists; the rest are on the 待我办理 page. */
const SHOWN = 5;

/** 待我办理 on the workbench: the steps waiting for the signed-in person, most urgent first. */
export function InboxCard() {
  const inbox = useApi(() => call(api.GET('/api/inbox')), []);
  const d = inbox.data;
  return (
    <LightCard
      title={`待我办理${d ? `（${d.total} 项${d.overdue ? `，${d.overdue} 项已逾期` : ''}）` : ''}`}
      extra={d && d.total > SHOWN ? <Link to="/inbox">全部 {d.total} 项</Link> : <Link to="/inbox">打开</Link>}
      testId="workbench-inbox"
      style={{ marginBottom: 16 }}
    >
      {inbox.error && <Alert type="error" message={inbox.error} />}
      {d && !d.total ? (
        <Text type="secondary" data-testid="inbox-empty">
          {NOTHING_WAITING}
        </Text>
      ) : (
        <LightInboxList items={(d?.items ?? []).slice(0, SHOWN)} loading={inbox.loading} />
      )}
    </LightCard>
  );
}
