import { Grid } from 'antd';
import { LightTag as Tag } from './light/LightTag';
import { Link } from 'react-router-dom';
import type { DutyRow } from '../api/types';
import { STATUS_COLORS } from '../labels';
import { CitationTag, DutyCardBody, DutyDue, DutyReasons } from './dutyParts';
import { LightList, LightTable, type LightColumn, type LightPaging } from './light/LightTable';

const COLUMNS: LightColumn<DutyRow>[] = [
  { key: 'status', title: '状态', width: 100, render: (d) => <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag> },
  { key: 'kind', title: '类别', width: 100, render: (d) => d.kindLabel },
  {
    key: 'title',
    title: '事项',
    render: (d) => (
      <div>
        <Link to={d.link}>{d.title}</Link>
        <DutyReasons d={d} />
      </div>
    ),
  },
  { key: 'owner', title: '责任方', width: 120, render: (d) => d.owner },
  { key: 'due', title: '期限', width: 110, render: (d) => <DutyDue d={d} /> },
  { key: 'citation', title: '依据', width: 170, render: (d) => <CitationTag citation={d.citation} isDefault={d.isDefaultRule} dueIsDefault={d.dueIsDefault} /> },
];

/**
 * DutyTable for reading only (no ticking, no actions), drawn with the light table and list: the workbench's duty cards
 * look as DutyTable does without loading antd's Table on the first screen.
 */
export function LightDutyTable({ rows, loading, pagination }: { rows: DutyRow[]; loading?: boolean; pagination?: LightPaging }) {
  const phone = !Grid.useBreakpoint().md;
  const key = (d: DutyRow) => d.key;
  if (phone) return <LightList rows={rows} rowKey={key} loading={loading} pagination={pagination} emptyText="暂无应办事项" itemTestId="duty-item" renderItem={(d) => <DutyCardBody d={d} />} />;
  return <LightTable rows={rows} rowKey={key} columns={COLUMNS} loading={loading} pagination={pagination} emptyText="暂无应办事项" />;
}
