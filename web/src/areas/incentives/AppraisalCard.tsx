import { Card, Tag, Typography } from 'antd';
import { CardTable } from '../../components/CardTable';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';

export const GRADE_COLORS: Record<string, string> = { excellent: 'gold', competent: 'green', basic: 'orange', incompetent: 'red' };

/** 历年年度考核 on a person's page (一人一档); the facts behind an adverse grade only for org and the person. */
export function AppraisalCard({ personId }: { personId: number }) {
  const { data, loading } = useApi(() => call(api.GET('/api/persons/{id}/appraisals', { params: { path: { id: personId } } })), [personId]);
  return (
    <Card size="small" title="年度考核" style={{ marginBottom: 16 }} data-testid="person-appraisals">
      <CardTable
        layout={{ title: 'year', tags: ['gradeLabel'], blocks: ['说明'], testId: 'appraisal-card' }}
        rowKey="year"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data ?? []}
        locale={{ emptyText: '暂无年度考核记录' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '等次', dataIndex: 'gradeLabel', width: 120, render: (v, r) => <Tag color={GRADE_COLORS[r.grade]}>{v}</Tag> },
          { title: '考核时所在部门', dataIndex: 'departmentName', width: 220 },
          { title: '说明', render: (_, r) => (r.reason ? r.reason : r.overQuota ? <Typography.Text type="secondary">超出部门优秀名额，经研究确定</Typography.Text> : '') },
          { title: '登记日期', dataIndex: 'recordedOn', width: 110 },
        ]}
      />
    </Card>
  );
}
