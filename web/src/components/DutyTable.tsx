import { Checkbox, Grid, List, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { DutyRow } from '../api/types';
import { STATUS_COLORS } from '../labels';
import { citationSource, citationText } from '../citations';

/** The article a rule or duty comes from; 系统默认 where the regulation fixes no value (or, for a duty, no deadline). */
export function CitationTag({ citation, isDefault, dueIsDefault }: { citation: string | null; isDefault: boolean; dueIsDefault?: boolean }) {
  if (isDefault || !citation) return <Tag>系统默认</Tag>;
  return (
    <>
      <Tooltip title={citationSource(citation)}>
        <Tag color="geekblue" data-testid="citation" style={{ whiteSpace: 'normal' }}>
          {citationText(citation)}
        </Tag>
      </Tooltip>
      {dueIsDefault && (
        <Tooltip title="制度未规定具体期限（如只写“及时”“每年定期”），期限为系统默认">
          <Tag data-testid="due-default">期限系统默认</Tag>
        </Tooltip>
      )}
    </>
  );
}

/** What a duty says beneath its title: why it is owed, and the waiver's reason. */
function DutyReasons({ d }: { d: DutyRow }) {
  return (
    <>
      {d.reasons.map((r) => (
        <Typography.Text key={r} type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {r}
        </Typography.Text>
      ))}
      {d.waiver && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          免办理由：{d.waiver.reason}
        </Typography.Text>
      )}
    </>
  );
}

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
          <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
            {selection && (
              <Checkbox
                aria-label={`选择：${d.title}`}
                data-testid="duty-select"
                disabled={selection.selectable ? !selection.selectable(d) : false}
                checked={selection.keys.includes(d.key)}
                onChange={(e) => selection.onChange(toggled(selection, d.key, e.target.checked))}
              />
            )}
            <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.kindLabel} · 期限 {d.dueDate}
              {d.doneDate ? `（办结于 ${d.doneDate}）` : ''}
            </Typography.Text>
          </div>
          <Link to={d.link} style={{ display: 'block', margin: '4px 0' }}>
            {d.title}
          </Link>
          <DutyReasons d={d} />
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginTop: 4 }}>
            <Typography.Text style={{ fontSize: 12 }}>责任方：{d.owner}</Typography.Text>
            <CitationTag citation={d.citation} isDefault={d.isDefaultRule} dueIsDefault={d.dueIsDefault} />
            {extra?.(d)}
          </div>
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
        { title: '期限', dataIndex: 'dueDate', width: 110, render: (v: string, d) => (d.doneDate ? <Tooltip title={`办结于 ${d.doneDate}`}>{v}</Tooltip> : v) },
        { title: '依据', dataIndex: 'citation', width: 170, render: (_, d) => <CitationTag citation={d.citation} isDefault={d.isDefaultRule} dueIsDefault={d.dueIsDefault} /> },
        ...(extra ? [{ title: '操作', key: 'op', width: 90, render: (_: unknown, d: DutyRow) => extra(d) }] : []),
      ]}
    />
  );
}
