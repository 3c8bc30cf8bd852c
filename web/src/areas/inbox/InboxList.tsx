import { Empty, Grid, List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { InboxItem } from '../../api/types';
import { STATUS_COLORS } from '../../labels';
import { CitationTag } from '../../components/dutyParts';
import { Due, GoButton, InboxCardBody, NOTHING_WAITING, OwedBy } from './inboxParts';

/** On a phone: each waiting step a card with its state, area, title, whose case, dates, article and the way to it. */
function InboxCards({ items, loading, pageSize }: { items: InboxItem[]; loading?: boolean; pageSize: number | false }) {
  return (
    <List<InboxItem>
      loading={loading}
      dataSource={items}
      rowKey="key"
      locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={NOTHING_WAITING} /> }}
      pagination={pageSize && items.length > pageSize ? { pageSize, size: 'small', showSizeChanger: false } : false}
      renderItem={(i) => (
        <List.Item style={{ display: 'block', paddingInline: 4 }} data-testid="inbox-item">
          <InboxCardBody i={i} />
        </List.Item>
      )}
    />
  );
}

/** 待我办理 as a table on a desk and as cards on a phone; each step links to the page where it is done (the workbench's few: LightInboxList). */
export function InboxList({ items, loading, pageSize = 10 }: { items: InboxItem[]; loading?: boolean; pageSize?: number | false }) {
  const phone = !Grid.useBreakpoint().md;
  if (phone) return <InboxCards items={items} loading={loading} pageSize={pageSize} />;
  return (
    <Table<InboxItem>
      rowKey="key"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={pageSize && items.length > pageSize ? { pageSize, showSizeChanger: false } : false}
      locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={NOTHING_WAITING} /> }}
      onRow={() => ({ 'data-testid': 'inbox-item' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '状态', dataIndex: 'status', width: 90, render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag> },
        { title: '业务', dataIndex: 'area', width: 120, render: (_, i) => (<>{i.area}<Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{i.kindLabel}</Typography.Text></>) },
        {
          title: '待办理的环节',
          dataIndex: 'what',
          render: (_, i) => (
            <div>
              <Link to={i.link}>{i.what}</Link>
              <OwedBy i={i} />
              {i.reasons.map((r) => (
                <Typography.Text key={r} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {r}
                </Typography.Text>
              ))}
            </div>
          ),
        },
        { title: '谁的事项', dataIndex: 'whose', width: 90, render: (v: string | null) => v ?? '—' },
        { title: '送达', dataIndex: 'since', width: 110, render: (v: string | null) => v ?? '—' },
        { title: '期限', dataIndex: 'dueDate', width: 130, render: (_: unknown, i: InboxItem) => <Due i={i} /> },
        { title: '依据', dataIndex: 'citation', width: 170, render: (_: unknown, i: InboxItem) => <CitationTag citation={i.citation} isDefault={i.isDefaultRule} /> },
        {
          title: '',
          key: 'go',
          width: 90,
          render: (_: unknown, i: InboxItem) => <GoButton i={i} />,
        },
      ]}
    />
  );
}
