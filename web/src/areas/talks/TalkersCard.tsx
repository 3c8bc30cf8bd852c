import { useState } from 'react';
import { Card, Empty, Grid, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { api, call } from '../../api/client';
import type { GetResponse } from '../../api/types';
import { useApi } from '../../components/useApi';
import { cited } from '../../rules';
import { CompletionBar } from './CompletionBar';
import { SHARED_LABEL } from './TalkerDrawer';

type Row = GetResponse<'/api/talks/completion/people'>['items'][number];

/** The names still owed, the first few of them (all of them in the drawer). */
function OwedNames({ r, max = 6 }: { r: Row; max?: number }) {
  if (!r.owedNames.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const more = r.owedNames.length - max;
  return (
    <Typography.Text>
      {r.owedNames.slice(0, max).join('、')}
      {more > 0 ? ` 等 ${r.owedNames.length} 人` : ''}
    </Typography.Text>
  );
}

const counts = (r: Row) => (
  <>
    未完成 <Typography.Text type={r.behind ? 'danger' : undefined}>{r.behind}</Typography.Text> 人
    {r.shared > 0 && <Tag color="purple" style={{ marginLeft: 6 }}>{SHARED_LABEL} {r.shared}</Tag>}
  </>
);

/**
 * 按谈话人（个人）: every talker (a person), least complete first, searchable by name and filtered by their department;
 * a row opens the talker (`onOpen`). A table on a desk, cards on a phone.
 */
export function TalkersCard({ year, departmentId, onDepartment, onOpen }: { year: number; departmentId: number | undefined; onDepartment: (id: number | undefined) => void; onOpen: (personId: number) => void }) {
  const phone = !Grid.useBreakpoint().md;
  const [q, setQ] = useState('');
  const { data, error, loading } = useApi(() => call(api.GET('/api/talks/completion/people', { params: { query: { year, departmentId, q: q || undefined } } })), [year, departmentId, q]);
  const depts = useApi(() => call(api.GET('/api/departments')), []);
  const items = data?.items ?? [];
  const open = (r: Row) => onOpen(r.personId);
  return (
    <Card size="small" title={`按谈话人（个人，完成率由低到高）${cited('talks.responsibility')}`} style={{ marginBottom: 16 }} data-testid="talkers-card">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search placeholder="按姓名查找谈话人" allowClear onSearch={(v) => setQ(v.trim())} style={{ width: 220 }} data-testid="talkers-search" />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="谈话人所在部门"
          value={departmentId}
          onChange={(v?: number) => onDepartment(v)}
          options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          style={{ width: 220 }}
          data-testid="talkers-department"
        />
      </Space>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {phone ? (
        <List
          loading={loading}
          dataSource={items}
          pagination={items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的谈话人" /> }}
          renderItem={(r) => (
            <List.Item data-testid="talker-row" onClick={() => open(r)} style={{ display: 'block', cursor: 'pointer' }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Typography.Link strong>{r.name}</Typography.Link>
                <Typography.Text type="secondary" style={{ textAlign: 'right' }}>{[r.departmentName, r.postTitle].filter(Boolean).join(' ')}</Typography.Text>
              </div>
              <CompletionBar percent={r.percent} testId="talker-row-percent" />
              <div>
                应谈 {r.required} 次，已谈 {r.held} 次；{counts(r)}
              </div>
              <div style={{ marginTop: 2 }}>
                <Typography.Text type="secondary">尚未谈：</Typography.Text>
                <OwedNames r={r} max={4} />
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Table<Row>
          rowKey="personId"
          size="small"
          loading={loading}
          dataSource={items}
          pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false, showTotal: (n) => `共 ${n} 名谈话人` }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合条件的谈话人" /> }}
          onRow={(r) => ({ onClick: () => open(r), style: { cursor: 'pointer' }, 'data-testid': 'talker-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '谈话人', dataIndex: 'name', width: 110, render: (v: string) => <Typography.Link>{v}</Typography.Link> },
            { title: '部门（单位）', dataIndex: 'departmentName', width: 200, render: (v: string | null, r) => <>{v ?? '—'}<Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{r.postTitle}</Typography.Text></> },
            { title: '应谈', dataIndex: 'required', width: 60, align: 'right' },
            { title: '已谈', dataIndex: 'held', width: 60, align: 'right' },
            { title: '未完成对象', key: 'behind', width: 170, render: (_, r) => counts(r) },
            { title: '完成率', dataIndex: 'percent', width: 180, render: (v: number) => <CompletionBar percent={v} testId="talker-row-percent" /> },
            { title: '尚未谈话的对象', key: 'owed', render: (_, r) => <OwedNames r={r} /> },
          ]}
        />
      )}
    </Card>
  );
}
