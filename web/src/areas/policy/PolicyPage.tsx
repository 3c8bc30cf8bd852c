import { Alert, Card, Collapse, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import type { PolicyView } from '../../api/types';
import { useApi } from '../../components/useApi';
import { CitationTag } from '../../components/DutyTable';
import { PageHeader } from '../../components/PageHeader';

type Rule = PolicyView['rules'][number];

export function PolicyPage() {
  const { data, error } = useApi(() => call(api.GET('/api/policy')), []);
  if (error) return <Alert type="error" message={error} />;
  if (!data) return <Card loading />;
  return (
    <div>
      <PageHeader title="制度" description={`本院现行有效的规则（截至 ${data.asOf}）。每条规则注明出处条款；标为“系统默认”的数值是制度未作规定、由系统预设的，可由组织部门确认后调整。`} />
      <Card size="small" title="适用制度" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={1}>
          {data.areas.map((a) => (
            <Descriptions.Item key={a.area} label={a.label}>
              {a.packId ? (
                <Space wrap size={4}>
                  <span>{a.regulations.map((t) => `《${t}》`).join('')}</span>
                  <Tag color={a.adopted ? 'default' : 'red'}>{a.adopted ? `参照${a.institution ?? ''}执行` : '本院制度'}</Tag>
                </Space>
              ) : (
                <Typography.Text type="secondary">未规定</Typography.Text>
              )}
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 12 }}>制度文件</Typography.Title>
        <ul style={{ margin: 0 }}>
          {data.documents.map((d) => (
            <li key={`${d.packId}-${d.id}`}>
              {d.institution} {d.label && `${d.label} `}《{d.title}》{d.docNo && `（${d.docNo}）`}
              {d.issued && <Typography.Text type="secondary">，{d.issued} 印发</Typography.Text>}
            </li>
          ))}
        </ul>
      </Card>
      <Collapse
        defaultActiveKey={data.areas.map((a) => a.area)}
        items={data.areas
          .filter((a) => data.rules.some((r) => r.area === a.area))
          .map((a) => ({
            key: a.area,
            label: `${a.label}（${data.rules.filter((r) => r.area === a.area).length} 条）`,
            children: (
              <Table<Rule>
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={data.rules.filter((r) => r.area === a.area)}
                columns={[
                  { title: '规则', dataIndex: 'description', render: (v, r) => <>{v}{r.note && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>理解：{r.note}</Typography.Text>}</> },
                  { title: '现行值', dataIndex: 'valueText', width: 280 },
                  { title: '出处', key: 'src', width: 220, render: (_, r) => <CitationTag citation={r.citation} isDefault={r.isDefault} /> },
                  { title: '生效', key: 'dates', width: 170, render: (_, r) => `${r.since} 起${r.until ? `至 ${r.until}` : ''}` },
                ]}
              />
            ),
          }))}
      />
    </div>
  );
}
