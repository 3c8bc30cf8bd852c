import { Checkbox, Grid, List, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { DutyRow } from '../api/types';
import { STATUS_COLORS } from '../labels';
import { CitationTag, DutyCardBody, DutyDue, DutyReasons } from './dutyParts';

export { CitationTag } from './dutyParts';

/** Duties the user has ticked for a batch action (kept across pages), and which may be ticked. */
export interface DutySelection {
  keys: string[];
  onChange: (keys: string[]) => void;
  selectable?: (d: DutyRow) => boolean;
}

const toggled = (sel: DutySelection, key: string, on: boolean) => (on ? [...new Set([...sel.keys, key])] : sel.keys.filter((k) => k !== key));

type DutyTableProps = { rows: DutyRow[]; loading?: boolean; extra?: (d: DutyRow) => React.ReactNode; pagination?: false | object; selection?: DutySelection };

/** On a phone, duties as a list: each one a card with its state, title, owner, deadline and article (and a tick box, when selecting). */
function DutyList({ rows, loading, extra, pagination, selection }: DutyTableProps) {
  return (
    <List<DutyRow>
      loading={loading}
      dataSource={rows}
      rowKey="key"
      locale={{ emptyText: '暂无应办事项' }}
      pagination={pagination === false ? false : { pageSize: 10, size: 'small', showSizeChanger: false, ...(pagination ?? {}) }}
      renderItem={(d) => (
        <List.Item style={{ display: 'block', paddingInline: 4 }} data-testid="duty-item">
          <DutyCardBody
            d={d}
            extra={extra?.(d)}
            lead={
              selection && (
                <Checkbox
                  aria-label={`选择：${d.title}`}
                  data-testid="duty-select"
                  disabled={selection.selectable ? !selection.selectable(d) : false}
                  checked={selection.keys.includes(d.key)}
                  onChange={(e) => selection.onChange(toggled(selection, d.key, e.target.checked))}
                />
              )
            }
          />
        </List.Item>
      )}
    />
  );
}

export function DutyTable({ rows, loading, extra, pagination, selection }: DutyTableProps) {
  const phone = !Grid.useBreakpoint().md;
  if (phone) return <DutyList rows={rows} loading={loading} extra={extra} pagination={pagination} selection={selection} />;
  return (
    <Table<DutyRow>
      rowKey="key"
      rowSelection={
        selection && {
          selectedRowKeys: selection.keys,
          preserveSelectedRowKeys: true,
          getCheckboxProps: (d) => ({ disabled: selection.selectable ? !selection.selectable(d) : false, 'aria-label': `选择：${d.title}` }),
          onChange: (keys) => selection.onChange(keys as string[]),
        }
      }
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={pagination ?? { pageSize: 10, showSizeChanger: false }}
      locale={{ emptyText: '暂无应办事项' }}
      columns={[
        { title: '状态', dataIndex: 'status', width: 100, render: (_, d) => <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag> },
        { title: '类别', dataIndex: 'kindLabel', width: 100 },
        {
          title: '事项',
          dataIndex: 'title',
          render: (_, d) => (
            <div>
              <Link to={d.link}>{d.title}</Link>
              <DutyReasons d={d} />
            </div>
          ),
        },
        { title: '责任方', dataIndex: 'owner', width: 120 },
        { title: '期限', dataIndex: 'dueDate', width: 110, render: (_, d) => <DutyDue d={d} /> },
        { title: '依据', dataIndex: 'citation', width: 170, render: (_, d) => <CitationTag citation={d.citation} isDefault={d.isDefaultRule} dueIsDefault={d.dueIsDefault} /> },
        ...(extra ? [{ title: '操作', key: 'op', width: 90, render: (_: unknown, d: DutyRow) => extra(d) }] : []),
      ]}
    />
  );
}
