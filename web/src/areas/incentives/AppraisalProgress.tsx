import { Card, Grid, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';

type ProgressData = Awaited<ReturnType<typeof loadProgress>>;
type Dept = ProgressData['departments'][number];
export const loadProgress = (cycleId: number) => call(api.GET('/api/appraisal-cycles/{id}/progress', { params: { path: { id: cycleId } } }));

const pct = (d: { graded: number; population: number }) => (d.population ? Math.round((d.graded / d.population) * 100) : 0);

/** 考核进度 by department (第6条): graded of appraised, excellent of the quota; a department opens its grid. */
export function AppraisalProgress({ data, loading, onPick }: { data: ProgressData | null; loading: boolean; onPick: (d: Dept) => void }) {
  const phone = !Grid.useBreakpoint().md;
  const depts = data?.departments ?? [];
  const quota = (d: Dept) => <Tag color={d.excellent > d.quota ? 'red' : 'default'}>优秀 {d.excellent}/{d.quota}</Tag>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="appraisal-progress">
      {data && (
        <Space wrap size={[16, 4]}>
          <Typography.Text strong>全院进度</Typography.Text>
          <Progress percent={pct(data)} format={(p) => `${p}%`} style={{ width: 220, margin: 0 }} size="small" />
          <Typography.Text>已登记 {data.graded} / {data.population} 人，{data.departments.filter((d) => d.graded === d.population).length} / {data.departments.length} 个部门完成</Typography.Text>
        </Space>
      )}
      {phone ? (
        <List
          loading={loading}
          dataSource={depts}
          renderItem={(d) => (
            <Card size="small" style={{ marginBottom: 8, cursor: 'pointer' }} onClick={() => onPick(d)} data-testid={`progress-${d.departmentId}`}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap size={4}><Typography.Link>{d.name}</Typography.Link>{quota(d)}</Space>
                <Progress percent={pct(d)} size="small" format={(p) => `${p}%`} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>已登记 {d.graded} / {d.population} 人</Typography.Text>
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table
          rowKey="departmentId"
          size="small"
          loading={loading}
          dataSource={depts}
          pagination={{ pageSize: 100, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个部门` }}
          onRow={(d) => ({ onClick: () => onPick(d), style: { cursor: 'pointer' }, 'data-testid': `progress-${d.departmentId}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '部门', dataIndex: 'name', render: (v) => <Typography.Link>{v}</Typography.Link> },
            { title: '参加考核', dataIndex: 'population', width: 100, render: (v) => `${v} 人` },
            { title: '已登记', width: 260, render: (_, d) => <Space><Progress percent={pct(d)} size="small" format={(p) => `${p}%`} style={{ width: 140, margin: 0 }} /><span>{d.graded}/{d.population}</span></Space> },
            { title: '优秀 / 名额', width: 120, render: (_, d) => quota(d) },
            { title: '负面评价', dataIndex: 'adverse', width: 100, render: (v) => (v ? <Tag color="orange">{v} 人</Tag> : '—') },
          ]}
        />
      )}
    </Space>
  );
}
