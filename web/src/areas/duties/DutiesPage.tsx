import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { api, call, errorText } from '../../api/client';
import type { DutyRow } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { DutyTable } from '../../components/DutyTable';
import { DownloadButton, hrefWith } from '../../components/DownloadButton';
import { citationText } from '../../citations';
import { PageHeader } from '../../components/PageHeader';
import { DutyBatchBar } from './DutyBatchBar';

const STATUS_OPTIONS = [
  { value: 'overdue', label: '已逾期' },
  { value: 'due_soon', label: '即将到期' },
  { value: 'open', label: '待办' },
  { value: 'done', label: '已完成' },
  { value: 'waived', label: '已免办' },
];

interface Filters {
  q?: string;
  status?: string;
  departmentId?: number;
  kind?: string;
}

export function DutiesPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const summary = useApi(() => call(api.GET('/api/duties/summary')), []);
  const [waiving, setWaiving] = useState<DutyRow | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const depts = useApi(() => call(api.GET('/api/departments')), []);
  const duties = useApi(
    () => call(api.GET('/api/duties', { params: { query: { ...filters, status: filters.status as never, ...paging } } })),
    [filters, paging],
  );
  const filter = (f: Filters) => {
    setFilters((old) => ({ ...old, ...f }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const waive = async () => {
    const { reason } = await form.validateFields();
    try {
      await call(api.POST('/api/duties/waive', { body: { key: waiving!.key, reason } }));
      message.success('已免办，理由已记录');
      setWaiving(null);
      form.resetFields();
      duties.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const open = (d: DutyRow) => d.status !== 'done' && d.status !== 'waived';
  return (
    <div>
      <PageHeader
        title="应办事项"
        description="应办事项由制度和人员、任职等事实自动推算，每项注明依据条款；不能手工录入。可按人员或关键词查找，勾选后批量豁免、提醒或指定谈话人。"
        actions={<DownloadButton href={hrefWith('/api/duties.xlsx', { ...filters })} label="导出应办事项" format="Excel" testId="duties-export" />}
      />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search allowClear placeholder="姓名或关键词（事项、责任方、依据）" style={{ width: 280, maxWidth: '100%' }} onSearch={(q) => filter({ q: q.trim() || undefined })} data-testid="duties-search" />
          <Select allowClear placeholder="类别" style={{ width: 140 }} options={(summary.data?.byKind ?? []).map((k) => ({ value: k.kind, label: k.label }))} value={filters.kind} onChange={(kind) => filter({ kind })} />
          <Select allowClear placeholder="状态" style={{ width: 140 }} options={STATUS_OPTIONS} value={filters.status} onChange={(status) => filter({ status })} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="部门"
            style={{ width: 240, maxWidth: '100%' }}
            options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            value={filters.departmentId}
            onChange={(departmentId) => filter({ departmentId })}
          />
          <Typography.Text type="secondary" data-testid="duties-total">共 {duties.data?.total ?? 0} 项</Typography.Text>
        </Space>
        <DutyBatchBar keys={selected} onClear={() => setSelected([])} onDone={duties.reload} />
        {duties.error && <Alert type="error" message={duties.error} />}
        <DutyTable
          rows={duties.data?.items ?? []}
          loading={duties.loading}
          selection={{ keys: selected, onChange: setSelected, selectable: open }}
          pagination={{
            current: paging.page, pageSize: paging.pageSize, total: duties.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100],
            onChange: (page: number, pageSize: number) => setPaging({ page, pageSize }),
          }}
          extra={can('duty.waive') ? (d) => (open(d) ? <Button size="small" onClick={() => setWaiving(d)}>免办</Button> : null) : undefined}
        />
      </Card>
      <Modal title="免办应办事项" open={!!waiving} onOk={waive} onCancel={() => setWaiving(null)} okText="确认免办" cancelText="取消" destroyOnHidden>
        <Typography.Paragraph>{waiving?.title}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          依据：{waiving?.citation ? citationText(waiving.citation) : '系统默认'}。该条款为“原则上”要求的，可写明理由后免办；理由将记入审计日志。
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label="免办理由" rules={[{ required: true, min: 5, message: '请写明免办理由（至少 5 个字）' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
