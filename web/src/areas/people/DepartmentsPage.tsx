import { useState } from 'react';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { DepartmentRow } from '../../api/types';
import { useApi } from '../../components/useApi';
import { term, termOptions } from '../../vocabulary';
import { useAuth } from '../../auth';
import { DepartmentModal } from './DepartmentEditors';
import { PageHeader } from '../../components/PageHeader';

export function DepartmentsPage() {
  const { data, error, loading, reload } = useApi(() => call(api.GET('/api/departments')), []);
  const { can } = useAuth();
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <PageHeader
        title="部门"
        actions={can('roster.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增部门
          </Button>
        )}
      />
      <DepartmentModal open={creating} onClose={() => setCreating(false)} onDone={() => { setCreating(false); reload(); }} />
      {error && <Alert type="error" message={error} />}
      <Card size="small">
        <Table<DepartmentRow>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data ?? []}
          pagination={false}
          columns={[
            { title: '部门（单位）', dataIndex: 'name', render: (v, d) => <Link to={`/departments/${d.id}`}>{v}</Link> },
            { title: '类别', dataIndex: 'kind', render: (v) => term('departmentKind', v), filters: termOptions('departmentKind').map((o) => ({ value: o.value, text: o.label })), onFilter: (v, d) => d.kind === v },
            { title: '在岗人数', dataIndex: 'headcount', align: 'right' },
            { title: '中层干部', dataIndex: 'cadreCount', align: 'right' },
            {
              title: '分管（联系）院领导',
              key: 'leaders',
              render: (_, d) =>
                d.code === 'yld' ? '—' : d.leaders.length ? d.leaders.map((l) => <Link key={l.personId} to={`/people/${l.personId}`} style={{ marginRight: 8 }}>{l.name}</Link>) : <Tag color="orange">未设置</Tag>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
