import { Table, Tag, Tooltip, Typography } from 'antd';
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

export function DutyTable({ rows, loading, extra, pagination }: { rows: DutyRow[]; loading?: boolean; extra?: (d: DutyRow) => React.ReactNode; pagination?: false | object }) {
  return (
    <Table<DutyRow>
      rowKey="key"
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
