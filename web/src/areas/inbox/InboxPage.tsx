import { Alert, Card, Typography } from 'antd';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { InboxList } from './InboxList';

/** 待我办理: every procedure step, across the areas, that waits for the signed-in person. */
export function InboxPage() {
  const inbox = useApi(() => call(api.GET('/api/inbox')), []);
  const d = inbox.data;
  return (
    <div>
      <Typography.Title level={4}>待我办理</Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="inbox-summary">
        {d
          ? d.total
            ? `共 ${d.total} 项等待您办理${d.overdue ? `，其中 ${d.overdue} 项已逾期` : ''}。期限自送达本环节之日起，按制度规定的天数计算（制度未定的为系统默认）。`
            : '各项程序中没有等待您办理的环节。'
          : '正在读取…'}
      </Typography.Paragraph>
      {inbox.error && <Alert type="error" message={inbox.error} style={{ marginBottom: 12 }} />}
      <Card size="small" data-testid="inbox">
        <InboxList items={d?.items ?? []} loading={inbox.loading} pageSize={20} />
      </Card>
    </div>
  );
}
