import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, call } from '../../api/client';
import type { AuditPage as AuditData } from '../../api/types';
import { useApi } from '../../components/useApi';
import { chinaDateTime } from '../../dates';
import { PageHeader } from '../../components/PageHeader';

type Row = AuditData['items'][number];
type Filters = { from?: string; to?: string; action?: string; actor?: string; outcome?: string };
/** Each outcome's colour; its words come from the server (结果). */
const OUTCOME_COLOUR: Record<string, string> = { success: 'green', denied: 'red', failed: 'orange' };

/** The export's address for the filters on screen (the server audits the download). */
const exportHref = (f: Filters) => `/api/audit/export.xlsx?${new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => !!e[1])).toString()}`;

/** 审计日志: read-only, in words, filtered by time, action, actor and outcome, exported as shown. */
export function AuditPage() {
  const [f, setF] = useState<Filters & { page: number }>({ page: 1 });
  const { data, error, loading } = useApi(() => call(api.GET('/api/audit', { params: { query: { ...f, outcome: f.outcome as never, pageSize: 50 } } })), [f]);
  const actions = useApi(() => call(api.GET('/api/audit/actions')), []).data ?? [];
  const outcomes = useApi(() => call(api.GET('/api/audit/outcomes')), []).data ?? [];
  const set = (p: Partial<Filters>) => setF((x) => ({ ...x, ...p, page: 1 }));
  const { page: _page, ...filters } = f;
  return (
    <div>
      <PageHeader title="审计日志" description="每一次数据变更、登录和被拒绝的访问都在此留痕。审计日志只能查看，任何人都不能修改或删除；导出也留痕。" />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <DatePicker.RangePicker onChange={(r) => set({ from: (r?.[0] as Dayjs | null)?.format('YYYY-MM-DD'), to: (r?.[1] as Dayjs | null)?.format('YYYY-MM-DD') })} />
          <Select allowClear showSearch optionFilterProp="label" placeholder="操作" style={{ width: 200 }} options={actions} onChange={(v) => set({ action: v })} data-testid="audit-action" />
          <Input.Search placeholder="操作人" allowClear style={{ width: 160 }} onSearch={(v) => set({ actor: v || undefined })} />
          <Select allowClear placeholder="结果" style={{ width: 110 }} options={outcomes} onChange={(v) => set({ outcome: v })} />
          <Button icon={<DownloadOutlined />} href={exportHref(filters)} data-testid="audit-export">
            导出审计日志（Excel）
          </Button>
        </Space>
        {error && <Alert type="error" message={error} />}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          tableLayout="fixed"
          scroll={{ x: 1100 }}
          pagination={{ current: f.page, pageSize: 50, total: data?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 条`, onChange: (page) => setF((x) => ({ ...x, page })) }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 160, render: (v: string) => chinaDateTime(v, true) },
            { title: '操作人', dataIndex: 'actorName', width: 110, ellipsis: true, render: (v: string | null) => v ?? '（未登录）' },
            { title: '操作', dataIndex: 'actionLabel', width: 170, ellipsis: true },
            { title: '对象', key: 'entity', width: 190, ellipsis: true, render: (_, r) => (r.entityLabel ? `${r.entityLabel} ${r.entityId ?? ''}` : '—') },
            { title: '结果', dataIndex: 'outcome', width: 64, render: (v: string, r) => <Tag color={OUTCOME_COLOUR[v]}>{r.outcomeLabel}</Tag> },
            { title: 'IP', dataIndex: 'ip', width: 120, ellipsis: true },
            { title: '摘要', dataIndex: 'summaryText', render: (v: string) => (v ? <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: v }}>{v}</Typography.Text> : '') },
          ]}
        />
      </Card>
    </div>
  );
}
