import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { citationText } from '../../citations';

/** 免责保护: on a person's page, what an exemption protects (for which matter) and any running impact period. */
export function ProtectionsCard({ personId }: { personId: number }) {
  const { data } = useApi(() => call(api.GET('/api/people/{id}/tolerance-protections', { params: { path: { id: personId } } })), [personId]);
  if (!data || (data.exemptions.length === 0 && data.impactPeriods.length === 0)) return null;
  return (
    <Card size="small" title="容错免责保护" style={{ marginBottom: 16 }} data-testid="person-protections">
      {data.exemptions.length === 0 && <Empty description="无免责事项" />}
      <List
        size="small"
        dataSource={data.exemptions}
        renderItem={(e) => (
          <List.Item>
            <Space direction="vertical" size={2}>
              <Typography.Text>
                <Link to={`/tolerance/reviews/${e.reviewId}`}>{e.matter}</Link>：{e.decidedOn} 经党委认定免责，以下方面不受影响
              </Typography.Text>
              <Space wrap size={4}>
                {e.protections.map((p) => <Tag color="green" key={p.key}>{p.label}</Tag>)}
                <Typography.Text type="secondary">{citationText(e.citation ?? '')}</Typography.Text>
              </Space>
            </Space>
          </List.Item>
        )}
      />
      {data.impactPeriods.map((i) => (
        <Typography.Paragraph key={i.reviewId} style={{ margin: '8px 0 0' }}>
          <Tag color="orange">影响期</Tag>
          <Link to={`/tolerance/reviews/${i.reviewId}`}>{i.matter}</Link>：减责处理，影响期至 {i.impactUntil}，期满后提拔任用不受影响
        </Typography.Paragraph>
      ))}
    </Card>
  );
}
