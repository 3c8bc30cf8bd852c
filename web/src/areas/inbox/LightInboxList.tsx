import { Grid } from 'antd';
import { LightTag as Tag } from '../../components/light/LightTag';
import { LightEmpty } from '../../components/light/LightLoading';
import { Text } from '../../components/light/Text';
import { Link } from 'react-router-dom';
import type { InboxItem } from '../../api/types';
import { STATUS_COLORS } from '../../labels';
import { CitationTag } from '../../components/dutyParts';
import { LightList, LightTable, type LightColumn } from '../../components/light/LightTable';
import { Due, GoButton, InboxCardBody, NOTHING_WAITING, OwedBy } from './inboxParts';

const COLUMNS: LightColumn<InboxItem>[] = [
  { key: 'status', title: '状态', width: 90, render: (i) => <Tag color={STATUS_COLORS[i.status]}>{i.statusLabel}</Tag> },
  { key: 'area', title: '业务', width: 120, render: (i) => (<>{i.area}<Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{i.kindLabel}</Text></>) },
  {
    key: 'what',
    title: '待办理的环节',
    render: (i) => (
      <div>
        <Link to={i.link}>{i.what}</Link>
        <OwedBy i={i} />
      </div>
    ),
  },
  { key: 'whose', title: '谁的事项', width: 90, render: (i) => i.whose ?? '—' },
  { key: 'due', title: '期限', width: 130, render: (i) => <Due i={i} /> },
  { key: 'citation', title: '依据', width: 170, render: (i) => <CitationTag citation={i.citation} isDefault={i.isDefaultRule} /> },
  { key: 'go', title: '', width: 90, render: (i) => <GoButton i={i} /> },
];

/**
 * The workbench's first few waiting steps (InboxList's compact form, unpaged), drawn with the light table and list so
 * that the first screen loads no antd Table: a table on a desk, cards on a phone.
 */
export function LightInboxList({ items, loading }: { items: InboxItem[]; loading?: boolean }) {
  const phone = !Grid.useBreakpoint().md;
  const key = (i: InboxItem) => i.key;
  const empty = loading ? ' ' : <LightEmpty description={NOTHING_WAITING} />;
  if (phone) return <LightList rows={items} rowKey={key} loading={loading} pagination={false} emptyText={empty} itemTestId="inbox-item" renderItem={(i) => <InboxCardBody i={i} />} />;
  return <LightTable rows={items} rowKey={key} columns={COLUMNS} size="small" loading={loading} pagination={false} emptyText={empty} rowTestId="inbox-item" />;
}
