import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { api, call, errorText } from '../../api/client';
import type { DutyRow } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { DutyTable } from '../../components/DutyTable';
import { citationText } from '../../citations';
import { PageHeader } from '../../components/PageHeader';

const STATUS_OPTIONS = [
  { value: 'overdue', label: '已逾期' },
  { value: 'due_soon', label: '即将到期' },
  { value: 'open', label: '待办' },
  { value: 'done', label: '已完成' },
  { value: 'waived', label: '已免办' },
];

export function DutiesPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string | undefined>();
  const [departmentId, setDepartmentId] = useState<number | undefined>();
  const [kind, setKind] = useState<string | undefined>();
  const summary = useApi(() => call(api.GET('/api/duties/summary')), []);
  const [waiving, setWaiving] = useState<DutyRow | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const depts = useApi(() => call(api.GET('/api/departments')), []);
  const duties = useApi(
    () => call(api.GET('/api/duties', { params: { query: { status: status as never, departmentId, kind, pageSize: 500 } } })),
    [status, departmentId, kind],
  );
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
  return (
    <div>
      <PageHeader title="应办事项" description="应办事项由制度和人员、任职等事实自动推算，每项注明依据条款；不能手工录入。" />
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <Select allowClear placeholder="类别" style={{ width: 140 }} options={(summary.data?.byKind ?? []).map((k) => ({ value: k.kind, label: k.label }))} value={kind} onChange={setKind} />
          <Select allowClear placeholder="状态" style={{ width: 140 }} options={STATUS_OPTIONS} value={status} onChange={setStatus} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="部门"
            style={{ width: 240 }}
            options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            value={departmentId}
            onChange={setDepartmentId}
          />
          <Typography.Text type="secondary">共 {duties.data?.total ?? 0} 项</Typography.Text>
        </Space>
        {duties.error && <Alert type="error" message={duties.error} />}
        <DutyTable
          rows={duties.data?.items ?? []}
          loading={duties.loading}
          pagination={{ pageSize: 20 }}
          extra={can('duty.waive') ? (d) => (d.status === 'done' || d.status === 'waived' ? null : <Button size="small" onClick={() => setWaiving(d)}>免办</Button>) : undefined}
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
