import { useState } from 'react';
import { Alert, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import type { AuditPage as AuditData } from '../../api/types';
import { useApi } from '../../components/useApi';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, options } from '../../labels';
import { chinaDateTime } from '../../dates';
import { PageHeader } from '../../components/PageHeader';

type Row = AuditData['items'][number];
const OUTCOME: Record<string, [string, string]> = { success: ['成功', 'green'], denied: ['拒绝', 'red'], failed: ['失败', 'orange'] };

export function AuditPage() {
  const [f, setF] = useState<{ from?: string; to?: string; action?: string; actor?: string; outcome?: string; page: number }>({ page: 1 });
  const { data, error, loading } = useApi(() => call(api.GET('/api/audit', { params: { query: { ...f, outcome: f.outcome as never, pageSize: 50 } } })), [f]);
  const set = (p: Partial<typeof f>) => setF((x) => ({ ...x, ...p, page: 1 }));
  return (
    <div>
      <PageHeader title="审计日志" description="每一次数据变更、登录和被拒绝的访问都在此留痕。审计日志只能查看，任何人都不能修改或删除。" />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <DatePicker.RangePicker onChange={(r) => set({ from: (r?.[0] as Dayjs | null)?.format('YYYY-MM-DD'), to: (r?.[1] as Dayjs | null)?.format('YYYY-MM-DD') })} />
          <Select allowClear showSearch optionFilterProp="label" placeholder="操作" style={{ width: 180 }} options={options(AUDIT_ACTION_LABELS)} onChange={(v) => set({ action: v })} />
          <Input.Search placeholder="操作人" allowClear style={{ width: 160 }} onSearch={(v) => set({ actor: v || undefined })} />
          <Select allowClear placeholder="结果" style={{ width: 110 }} options={Object.entries(OUTCOME).map(([value, [label]]) => ({ value, label }))} onChange={(v) => set({ outcome: v })} />
        </Space>
        {error && <Alert type="error" message={error} />}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{ current: f.page, pageSize: 50, total: data?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 条`, onChange: (page) => setF((x) => ({ ...x, page })) }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => chinaDateTime(v, true) },
            { title: '操作人', dataIndex: 'actorName', width: 110 },
            { title: '操作', dataIndex: 'action', width: 150, render: (v: string) => AUDIT_ACTION_LABELS[v] ?? v },
            { title: '对象', key: 'entity', width: 200, render: (_, r) => (r.entityType ? `${AUDIT_ENTITY_LABELS[r.entityType] ?? r.entityType} ${r.entityId ?? ''}` : '—') },
            { title: '结果', dataIndex: 'outcome', width: 70, render: (v: string) => <Tag color={OUTCOME[v]?.[1]}>{OUTCOME[v]?.[0] ?? v}</Tag> },
            { title: 'IP', dataIndex: 'ip', width: 120 },
            { title: '摘要', dataIndex: 'summary', render: (v) => (v ? <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: JSON.stringify(v) }}>{JSON.stringify(v)}</Typography.Text> : '') },
          ]}
        />
      </Card>
    </div>
  );
}
