import { Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { INTERVIEW_KIND_COLORS, INTERVIEW_STATUS_COLORS } from './labels';
import { appToday } from '../../today';
import { CardTable } from '../../components/CardTable';

export type InterviewRow = NonNullable<Awaited<ReturnType<typeof loadInterviews>>>[number];
export const loadInterviews = (query: { view: 'mine' | 'organizing' | 'leading' | 'all'; year?: number; kind?: string; status?: string; q?: string }) =>
  call(api.GET('/api/interviews', { params: { query: query as never } }));

export const thisYear = () => appToday().year();
export const yearOptions = () => [0, 1, 2].map((d) => ({ value: thisYear() - d, label: `${thisYear() - d} 年` }));

/** One table of interviews: whom, which kind, who leads, when, what is still owed. */
export function InterviewTable({ rows, loading, empty }: { rows: InterviewRow[]; loading: boolean; empty: string }) {
  return (
    <CardTable<InterviewRow>
      layout={{ title: '约谈对象', tags: ['状态', 'kindLabel'], hide: ['organizerLabel'], testId: 'interview-card' }}
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: empty }}
      columns={[
        { title: '约谈对象', render: (_, r) => <Link to={`/interviews/${r.id}`}>{r.targets.map((t) => t.name).join('、') || '（本人）'}</Link> },
        { title: '约谈形式', dataIndex: 'kindLabel', width: 130, render: (v, r) => <Tag color={INTERVIEW_KIND_COLORS[r.kind]}>{v}</Tag> },
        { title: '方式', dataIndex: 'formLabel', width: 90 },
        { title: '事由', dataIndex: 'topic', ellipsis: true },
        { title: '主谈人', dataIndex: 'leadName', width: 90 },
        { title: '组织实施', dataIndex: 'organizerLabel', width: 150, ellipsis: true },
        { title: '时间', width: 110, render: (_, r) => r.heldOn ?? r.scheduledOn },
        {
          title: '状态',
          width: 190,
          render: (_, r) => {
            const owed = r.targets.filter((t) => !t.materialOn && !t.waivedReason).length;
            return (
              <Space size={4}>
                <Tag color={INTERVIEW_STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>
                {r.status === 'held' && owed > 0 && r.targets.length > 1 && <Typography.Text type="warning">{owed} 人未交</Typography.Text>}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
