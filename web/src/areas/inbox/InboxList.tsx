import { Button, Empty, Grid, List, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { InboxItem } from '../../api/types';
import { STATUS_COLORS } from '../../labels';
import { CitationTag } from '../../components/DutyTable';

/** What nothing waiting looks like. */
export const NOTHING_WAITING = '目前没有等待您办理的环节';

/** Who owes the step, beside its title: nobody else (本人), one of the department's middle cadres, or a role. */
function OwedBy({ i }: { i: InboxItem }) {
  if (i.owedAs === 'person') return null;
  return (
    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
      {i.owedAs === 'role' ? `以${i.owner}身份办理` : `${i.owner}任一人办理即可`}
    </Typography.Text>
  );
}

function Due({ i }: { i: InboxItem }) {
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{i.dueDate}</span>
      {i.dueIsDefault && (
        <Tooltip title="制度未规定具体期限（如只写“及时”），期限为系统默认">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}（默认）
          </Typography.Text>
        </Tooltip>
      )}
    </>
  );
}

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
          <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.area} · {i.kindLabel}
            </Typography.Text>
          </div>
          <Link to={i.link} style={{ display: 'block', margin: '4px 0', overflowWrap: 'anywhere' }}>
            {i.what}
          </Link>
          <OwedBy i={i} />
          <Typography.Text style={{ display: 'block', fontSize: 12 }}>
            {i.whose ? `${i.whose} · ` : ''}
            {i.since ? `${i.since} 送达 · ` : ''}期限 <Due i={i} />
          </Typography.Text>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 4 }}>
            <CitationTag citation={i.citation} isDefault={i.isDefaultRule} />
            <Link to={i.link}>
              <Button size="small" type="primary">
                去办理
              </Button>
            </Link>
          </div>
        </List.Item>
      )}
    />
  );
}

/** 待我办理 as a table on a desk and as cards on a phone; each step links to the page where it is done. */
export function InboxList({ items, loading, pageSize = 10, compact }: { items: InboxItem[]; loading?: boolean; pageSize?: number | false; compact?: boolean }) {
  const phone = !Grid.useBreakpoint().md;
  if (phone) return <InboxCards items={items} loading={loading} pageSize={pageSize} />;
  return (
    <Table<InboxItem>
      rowKey="key"
      size={compact ? 'small' : 'middle'}
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
              {!compact && i.reasons.map((r) => (
                <Typography.Text key={r} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {r}
                </Typography.Text>
              ))}
            </div>
          ),
        },
        { title: '谁的事项', dataIndex: 'whose', width: 90, render: (v: string | null) => v ?? '—' },
        ...(compact ? [] : [{ title: '送达', dataIndex: 'since', width: 110, render: (v: string | null) => v ?? '—' }]),
        { title: '期限', dataIndex: 'dueDate', width: 130, render: (_: unknown, i: InboxItem) => <Due i={i} /> },
        { title: '依据', dataIndex: 'citation', width: 170, render: (_: unknown, i: InboxItem) => <CitationTag citation={i.citation} isDefault={i.isDefaultRule} /> },
        {
          title: '',
          key: 'go',
          width: 90,
          render: (_: unknown, i: InboxItem) => (
            <Link to={i.link}>
              <Button size="small" type="primary">
                去办理
              </Button>
            </Link>
          ),
        },
      ]}
    />
  );
}
