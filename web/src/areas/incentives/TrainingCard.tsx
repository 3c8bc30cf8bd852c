import { Card } from 'antd';
import { CardTable } from '../../components/CardTable';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';

/** 培训记录 on a person's page (一人一档). */
export function TrainingCard({ personId }: { personId: number }) {
  const { data, loading } = useApi(() => call(api.GET('/api/persons/{id}/training', { params: { path: { id: personId } } })), [personId]);
  const byYear = new Map<string, number>();
  for (const r of data ?? []) byYear.set(r.endDate.slice(0, 4), (byYear.get(r.endDate.slice(0, 4)) ?? 0) + r.hours);
  return (
    <Card size="small" title={`培训记录${byYear.size ? `（${[...byYear].map(([y, h]) => `${y} 年 ${h} 学时`).join('，')}）` : ''}`} style={{ marginBottom: 16 }} data-testid="person-training">
      <CardTable
        layout={{ title: 'title', tags: ['kindLabel'], testId: 'person-training-card' }}
        rowKey={(r) => `${r.title}-${r.startDate}`}
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无培训记录' }}
        columns={[
          { title: '培训名称', dataIndex: 'title' },
          { title: '主办单位', dataIndex: 'organizer', width: 200 },
          { title: '类别', dataIndex: 'kindLabel', width: 170 },
          { title: '日期', width: 190, render: (_, r) => (r.startDate === r.endDate ? r.startDate : `${r.startDate} 至 ${r.endDate}`) },
          { title: '学时', dataIndex: 'hours', width: 60 },
        ]}
      />
    </Card>
  );
}
