import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { INTERVIEW_KIND_COLORS } from './labels';

/** 建议约谈对象 (三): who the system finds should be interviewed, of which kind, and why. */
export function SuggestionsTab() {
  const nav = useNavigate();
  const { data, error, loading } = useApi(() => call(api.GET('/api/interviews/suggestions')), []);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="按制度第三部分列出的约谈对象，系统根据任职、问题线索、函询处置、纠错措施、问责处理和澄清正名情况提出建议；本年度已安排同类约谈的不再列出。"
      />
      {error && <Alert type="error" message={error} />}
      <Table
        rowKey={(r) => `${r.personId}-${r.kind}`}
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无建议约谈对象' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '部门及职务', width: 240, render: (_, r) => `${r.departmentName}${r.title ?? ''}` },
          { title: '建议约谈形式', dataIndex: 'kindLabel', width: 130, render: (v, r) => <Tag color={INTERVIEW_KIND_COLORS[r.kind]}>{v}</Tag> },
          {
            title: '原因',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.reasons.map((x) => (
                  <Typography.Text key={x}>{x}</Typography.Text>
                ))}
                <Typography.Text type="secondary">依据 {r.article}</Typography.Text>
              </Space>
            ),
          },
          {
            title: '',
            width: 100,
            render: (_, r) => (
              <Button size="small" onClick={() => nav(`/interviews/new?kind=${r.kind}&person=${r.personId}&reason=${encodeURIComponent(r.sources.map((s) => s.label).join('；'))}`)}>
                安排约谈
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
