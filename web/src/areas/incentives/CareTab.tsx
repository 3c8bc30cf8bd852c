import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';

type Case = NonNullable<Awaited<ReturnType<typeof load>>>[number];
const load = () => call(api.GET('/api/care/cases', { params: { query: {} } }));

/** 关怀帮扶 (第10条): hardships registered, visits owed and made, help given. */
export function CareTab() {
  const { message } = App.useApp();
  const { data, loading, reload } = useApi(load, []);
  const { data: rules } = useApi(() => call(api.GET('/api/care/rules')), []);
  const [registering, setRegistering] = useState(false);
  const [visiting, setVisiting] = useState<Case | null>(null);
  const [form] = Form.useForm<{ personId: number; situation: string; description: string; registeredOn: Dayjs }>();
  const [visitForm] = Form.useForm<{ on: Dayjs; visitors: string; help: string; amountYuan?: number }>();
  const today = appToday().format('YYYY-MM-DD');
  const close = async (c: Case) => {
    try {
      await call(api.POST('/api/care/cases/{id}/close', { params: { path: { id: c.id } }, body: { on: today } }));
      message.success('已结束帮扶');
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <>
      {rules && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          message={`落实定期走访慰问制度，对遇到家庭生活困难或重大变故的干部，及时给予帮扶救助（${citationText(rules.citation ?? '')}）。登记后应在 ${rules.visitDays} 天内走访${rules.visitDaysIsDefault ? '（系统默认）' : ''}。`}
        />
      )}
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setRegistering(true)}>
        登记困难或变故
      </Button>
      <CardTable
        layout={{ title: 'name', tags: ['status', 'situationLabel'], testId: 'care-card' }}
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ rowExpandable: (c) => c.visits.length > 0, expandedRowRender: (c) => c.visits.map((v) => <div key={v.id}>{v.on}　{v.visitors}：{v.help}{v.amountYuan ? `（慰问金 ${v.amountYuan} 元）` : ''}</div>) }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100, render: (v, c) => <Link to={`/people/${c.personId}`}>{v}</Link> },
          { title: '情形', dataIndex: 'situationLabel', width: 180 },
          { title: '具体情况', dataIndex: 'description' },
          { title: '登记日期', dataIndex: 'registeredOn', width: 110 },
          {
            title: '走访',
            width: 200,
            render: (_, c) =>
              c.visits.length ? <Typography.Text type="success">{c.visits[0].on} 已走访{c.visits.length > 1 ? `（共 ${c.visits.length} 次）` : ''}</Typography.Text>
              : <Typography.Text type={c.visitDue < today ? 'danger' : 'warning'}>应于 {c.visitDue} 前走访{c.visitDue < today ? '（已逾期）' : ''}</Typography.Text>,
          },
          { title: '状态', dataIndex: 'status', width: 90, render: (s) => <Tag color={s === 'open' ? 'processing' : 'default'}>{s === 'open' ? '帮扶中' : '已结束'}</Tag> },
          {
            title: '',
            width: 170,
            render: (_, c) =>
              c.status === 'open' && (
                <Space>
                  <Button size="small" type="primary" onClick={() => (visitForm.setFieldsValue({ on: appToday() }), setVisiting(c))}>登记走访</Button>
                  {c.visits.length > 0 && <Button size="small" onClick={() => void close(c)}>结束</Button>}
                </Space>
              ),
          },
        ]}
      />
      <Modal
        title="登记困难或变故"
        open={registering}
        onCancel={() => setRegistering(false)}
        destroyOnHidden
        onOk={() => submitForm(form, message, (v) => call(api.POST('/api/care/cases', { body: { ...v, registeredOn: v.registeredOn.format('YYYY-MM-DD') } })), '已登记，已列入走访慰问事项', () => (setRegistering(false), reload()))}
      >
        <Form form={form} layout="vertical" initialValues={{ registeredOn: appToday(), situation: 'family_hardship' }}>
          <Form.Item name="personId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="situation" label="情形">
            <Select options={(rules?.situations ?? []).map((x) => ({ value: x.key, label: x.label }))} />
          </Form.Item>
          <Form.Item name="description" label="具体情况" rules={[{ required: true, min: 5, message: '请写明具体情况' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="registeredOn" label="登记日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`登记走访慰问：${visiting?.name ?? ''}`}
        open={!!visiting}
        onCancel={() => setVisiting(null)}
        destroyOnHidden
        onOk={() => submitForm(visitForm, message, (v) => call(api.POST('/api/care/cases/{id}/visits', { params: { path: { id: visiting!.id } }, body: { ...v, on: v.on.format('YYYY-MM-DD'), amountYuan: v.amountYuan ?? null } })), '已登记走访', () => (setVisiting(null), reload()))}
      >
        <Form form={visitForm} layout="vertical">
          <Form.Item name="on" label="走访日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="visitors" label="走访人员" rules={[{ required: true, message: '请填写走访人员' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="help" label="慰问帮扶情况" rules={[{ required: true, min: 5, message: '请写明慰问帮扶情况' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="amountYuan" label="慰问金（元）">
            <InputNumber min={0} max={200000} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
