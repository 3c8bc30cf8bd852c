import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';

interface NewMeasure {
  caseId: number;
  kind: string;
  requirement: string;
  responsiblePersonId: number;
  dueDate: Dayjs;
}

/** 纠错整改: every measure with its responsible person and deadline; the discipline office and org assign them, the responsible person closes them. */
export function CorrectionsTab({ caseId }: { caseId?: number }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [status, setStatus] = useState<'open' | 'closed' | undefined>();
  const { data, error, loading, reload } = useApi(() => call(api.GET('/api/corrections', { params: { query: { status, caseId } } })), [status, caseId]);
  const { data: rules } = useApi(() => call(api.GET('/api/tolerance/rules')), []);
  const readsCases = can('tolerance.read');
  const { data: cases } = useApi(() => (readsCases ? call(api.GET('/api/accountability-cases', { params: { query: {} } })) : Promise.resolve([])), [readsCases]);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<number | null>(null);
  const [form] = Form.useForm<NewMeasure>();
  const [closeForm] = Form.useForm<{ on: Dayjs; evidence: string }>();
  const [verifying, setVerifying] = useState<number | null>(null);
  const [verifyForm] = Form.useForm<{ on: Dayjs; note: string }>();
  const today = appToday().format('YYYY-MM-DD');
  if (error) return <Alert type="error" message={error} />;
  const add = () =>
    submitForm(
      form,
      message,
      (v) => call(api.POST('/api/corrections', { body: { caseId: caseId ?? v.caseId, kind: v.kind, requirement: v.requirement, responsiblePersonId: v.responsiblePersonId, dueDate: v.dueDate.format('YYYY-MM-DD') } })),
      '纠错措施已布置',
      () => {
        setAdding(false);
        reload();
      },
    );
  const close = () =>
    submitForm(
      closeForm,
      message,
      (v) => call(api.POST('/api/corrections/{id}/close', { params: { path: { id: closing! } }, body: { on: v.on.format('YYYY-MM-DD'), evidence: v.evidence } })),
      '已登记整改完成',
      () => {
        setClosing(null);
        reload();
      },
    );
  const verify = () =>
    submitForm(
      verifyForm,
      message,
      (v) => call(api.POST('/api/corrections/{id}/verify', { params: { path: { id: verifying! } }, body: { on: v.on.format('YYYY-MM-DD'), note: v.note } })),
      '已核实整改情况',
      () => {
        setVerifying(null);
        reload();
      },
    );
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select allowClear placeholder="全部" style={{ width: 140 }} value={status} onChange={setStatus} options={[{ value: 'open', label: '整改中' }, { value: 'closed', label: '已完成' }]} />
        {can('tolerance.handle') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="new-correction">
            布置纠错措施
          </Button>
        )}
        {rules && <Typography.Text type="secondary">本院纠错方式：{rules.correctionMeasures.map((m) => m.label).join('、')}（{citationText(rules.correctionCitation ?? '')}）</Typography.Text>}
      </Space>
      <CardTable
        layout={{ title: 'matter', tags: ['kindLabel'], actions: ['状态'], testId: 'correction-card' }}
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data ?? []}
        locale={{ emptyText: '暂无纠错措施' }}
        columns={[
          { title: '对象', dataIndex: 'subjectName', width: 110 },
          { title: '问责事由', dataIndex: 'matter', render: (v, m) => <Link to={`/tolerance/cases/${m.caseId}`}>{v}</Link> },
          { title: '纠错方式', dataIndex: 'kindLabel', width: 140 },
          { title: '纠错要求', dataIndex: 'requirement' },
          { title: '责任人', dataIndex: 'responsibleName', width: 90 },
          { title: '期限', dataIndex: 'dueDate', width: 110, render: (v, m) => <Typography.Text type={m.status === 'open' && v < today ? 'danger' : undefined}>{v}</Typography.Text> },
          {
            title: '状态',
            width: 200,
            render: (_, m) =>
              m.status === 'closed' ? (
                <Space wrap>
                  <Tag color="green">已完成 {m.closedOn}</Tag>
                  <Typography.Text type="secondary">{m.evidence}</Typography.Text>
                  {m.verifiedOn ? <Tag color="cyan" title={m.verification ?? ''}>已核实 {m.verifiedOn}</Tag> : <Tag>待核实</Tag>}
                  {m.mayVerify && <a onClick={() => { verifyForm.setFieldsValue({ on: appToday() }); setVerifying(m.id); }}>核实</a>}
                </Space>
              ) : (
                <Space>
                  <Tag color={m.dueDate < today ? 'red' : 'blue'}>{m.dueDate < today ? '已逾期' : '整改中'}</Tag>
                  {m.mayClose && <a onClick={() => { closeForm.setFieldsValue({ on: appToday() }); setClosing(m.id); }}>登记完成</a>}
                </Space>
              ),
          },
        ]}
      />
      <Modal title="布置纠错措施" open={adding} onOk={add} onCancel={() => setAdding(false)} okText="布置" cancelText="取消" destroyOnHidden forceRender width={620}>
        <Form form={form} layout="vertical">
          {!caseId && (
            <Form.Item name="caseId" label="问责案件" rules={[{ required: true, message: '请选择问责案件' }]}>
              <Select showSearch optionFilterProp="label" options={(cases ?? []).map((c) => ({ value: c.id, label: `${c.subjectName}：${c.matter}` }))} />
            </Form.Item>
          )}
          <Form.Item name="kind" label="纠错方式" rules={[{ required: true, message: '请选择纠错方式' }]}>
            <Select options={(rules?.correctionMeasures ?? []).map((m) => ({ value: m.key, label: m.label }))} />
          </Form.Item>
          <Form.Item name="requirement" label="纠错要求" rules={[{ required: true, min: 5, message: '请写明纠错要求（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="responsiblePersonId" label="责任人" rules={[{ required: true, message: '请选择责任人' }]}>
            <PersonPicker placeholder="输入姓名搜索" />
          </Form.Item>
          <Form.Item name="dueDate" label="完成期限" rules={[{ required: true, message: '请选择完成期限' }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title="登记整改完成" open={closing !== null} onOk={close} onCancel={() => setClosing(null)} okText="登记" cancelText="取消" destroyOnHidden forceRender>
        <Form form={closeForm} layout="vertical">
          <Form.Item name="on" label="完成日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="evidence" label="整改完成情况" rules={[{ required: true, min: 5, message: '请写明整改完成情况（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} maxLength={3000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title="核实整改情况（责任人和案件当事人回避）" open={verifying !== null} onOk={verify} onCancel={() => setVerifying(null)} okText="核实" cancelText="取消" destroyOnHidden forceRender>
        <Form form={verifyForm} layout="vertical">
          <Form.Item name="on" label="核实日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label="核实情况" rules={[{ required: true, min: 5, message: '请写明核实情况（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
