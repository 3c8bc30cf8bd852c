import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';

type Row = NonNullable<Awaited<ReturnType<typeof load>>>[number];
const load = () => call(api.GET('/api/petitions'));
const CHANNELS = { letter: '来信', visit: '来访', phone: '电话', online: '网络举报', referral: '上级转办' };
const OUTCOMES = { true: '属实', partly_true: '部分属实', untrue: '失实（查无实据）', mistaken: '错告', malicious: '诬告' };
const STATUS_COLORS: Record<string, string> = { received: 'gold', checking: 'processing', concluded: 'purple', closed: 'default' };
const NEXT: Record<string, { value: string; label: string }[]> = {
  received: [{ value: 'check', label: '开始核查' }],
  checking: [{ value: 'conclude', label: '作出核查结论' }],
};

function actionsFor(p: Row) {
  if (p.status !== 'concluded') return NEXT[p.status] ?? [];
  const out: { value: string; label: string }[] = [];
  if (p.clearanceDue && !p.clearedOn) out.push({ value: 'clear', label: '澄清正名' });
  if (p.referralDue && !p.referredOn) out.push({ value: 'refer', label: '移送查处诬告' });
  out.push({ value: 'close', label: '办结' });
  return out;
}

/** 澄清保护: the register of reports (reporter identity: discipline only), their checking, clearance and referral. */
export function PetitionsTab() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi(load, []);
  const { data: rules } = useApi(() => call(api.GET('/api/tolerance/rules')), []);
  const [adding, setAdding] = useState(false);
  const [acting, setActing] = useState<Row | null>(null);
  const [form] = Form.useForm();
  const [actForm] = Form.useForm();
  const anonymous = Form.useWatch('anonymous', form);
  const action = Form.useWatch('action', actForm);
  const outcome = Form.useWatch('outcome', actForm);
  const today = appToday().format('YYYY-MM-DD');
  if (error) return <Alert type="error" message={error} />;
  const add = () =>
    submitForm(
      form,
      message,
      (v: { receivedOn: Dayjs; channel: 'letter'; reportedPersonId: number; allegation: string; anonymous?: boolean; reporterName?: string; reporterContact?: string }) =>
        call(api.POST('/api/petitions', { body: { ...v, anonymous: !!v.anonymous, receivedOn: v.receivedOn.format('YYYY-MM-DD') } })),
      '信访举报已登记',
      () => {
        setAdding(false);
        reload();
      },
    );
  const act = () =>
    submitForm(
      actForm,
      message,
      (v: { action: string; on: Dayjs; outcome?: string; conclusion?: string; disposition?: string; scope?: string; detail?: string; note?: string }) =>
        call(api.POST('/api/petitions/{id}/actions', { params: { path: { id: acting!.id } }, body: { ...v, on: v.on.format('YYYY-MM-DD') } as never })),
      '已登记',
      () => {
        setActing(null);
        reload();
      },
    );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.setFieldsValue({ receivedOn: appToday(), channel: 'letter' }); setAdding(true); }} data-testid="new-petition">
          登记信访举报
        </Button>
        <Typography.Text type="secondary">举报人信息仅纪委可见。反映失实的及时澄清正名（{citationText(rules?.clearanceCitation ?? '')}）。</Typography.Text>
      </Space>
      <CardTable<Row>
        layout={{ title: 'allegation', tags: ['statusLabel', 'channelLabel'], testId: 'petition-card' }}
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data ?? []}
        expandable={{
          expandedRowRender: (p) => (
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="举报人">{p.anonymous ? '匿名' : `${p.reporterName ?? ''} ${p.reporterContact ?? ''}`}</Descriptions.Item>
              <Descriptions.Item label="核查结论">{p.conclusion ?? '—'}</Descriptions.Item>
              {p.disposition && <Descriptions.Item label="处置方式">{rules?.dispositions.find((d) => d.key === p.disposition)?.label ?? p.disposition}</Descriptions.Item>}
              {p.clearedOn && <Descriptions.Item label="澄清">{`${p.clearedOn}：${p.clearanceDetail}`}</Descriptions.Item>}
              {p.referredOn && <Descriptions.Item label="移送查处">{`${p.referredOn}：${p.referralNote}`}</Descriptions.Item>}
            </Descriptions>
          ),
        }}
        columns={[
          { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
          { title: '渠道', dataIndex: 'channelLabel', width: 90 },
          { title: '被反映人', dataIndex: 'reportedName', width: 100, render: (v, p) => (p.reportedPersonId ? <Link to={`/people/${p.reportedPersonId}`}>{v}</Link> : v) },
          { title: '反映问题', dataIndex: 'allegation' },
          { title: '状态', dataIndex: 'statusLabel', width: 130, render: (v, p) => <Tag color={STATUS_COLORS[p.status]}>{v}</Tag> },
          { title: '核查结论', dataIndex: 'outcomeLabel', width: 130, render: (v) => v ?? '—' },
          {
            title: '澄清/移送',
            width: 190,
            render: (_, p) => (p.clearanceDue || p.referralDue) && (
              <Space direction="vertical" size={0}>
                {p.clearanceDue && (p.clearedOn ? <Tag color="green">已澄清 {p.clearedOn}</Tag> : <Typography.Text type={p.clearanceDue < today ? 'danger' : undefined}>澄清期限 {p.clearanceDue}</Typography.Text>)}
                {p.referralDue && (p.referredOn ? <Tag color="green">已移送 {p.referredOn}</Tag> : <Typography.Text type={p.referralDue < today ? 'danger' : undefined}>移送期限 {p.referralDue}</Typography.Text>)}
              </Space>
            ),
          },
          { title: '', width: 70, render: (_, p) => (actionsFor(p).length ? <a onClick={() => { actForm.setFieldsValue({ action: actionsFor(p)[0].value, on: appToday() }); setActing(p); }}>办理</a> : null) },
        ]}
      />
      <Modal title="登记信访举报" open={adding} onOk={add} onCancel={() => setAdding(false)} okText="登记" cancelText="取消" destroyOnHidden forceRender width={620}>
        <Form form={form} layout="vertical">
          <Space>
            <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="channel" label="渠道" rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Space>
          <Form.Item name="reportedPersonId" label="被反映人" rules={[{ required: true, message: '请选择被反映人' }]}>
            <PersonPicker placeholder="输入姓名搜索" />
          </Form.Item>
          <Form.Item name="allegation" label="反映的问题" rules={[{ required: true, min: 5, message: '请写明反映的问题（不少于 5 个字）' }]}>
            <Input.TextArea rows={3} maxLength={3000} />
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox>匿名举报</Checkbox>
          </Form.Item>
          {!anonymous && (
            <Space>
              <Form.Item name="reporterName" label="举报人" rules={[{ required: true, message: '实名举报请填写举报人' }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="reporterContact" label="联系方式">
                <Input maxLength={100} />
              </Form.Item>
            </Space>
          )}
        </Form>
      </Modal>
      <Modal title={acting ? `办理：${acting.reportedName}（${acting.allegation}）` : ''} open={acting !== null} onOk={act} onCancel={() => setActing(null)} okText="登记" cancelText="取消" destroyOnHidden forceRender width={620}>
        <Form form={actForm} layout="vertical">
          <Form.Item name="action" label="办理事项">
            <Radio.Group optionType="button" buttonStyle="solid" options={acting ? actionsFor(acting) : []} />
          </Form.Item>
          <Form.Item name="on" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          {action === 'conclude' && (
            <>
              <Form.Item name="outcome" label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]}>
                <Radio.Group options={Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item name="conclusion" label="核查情况" rules={[{ required: true, min: 5, message: '请写明核查情况（不少于 5 个字）' }]}>
                <Input.TextArea rows={3} maxLength={3000} />
              </Form.Item>
              {(outcome === 'true' || outcome === 'partly_true') && (
                <Form.Item name="disposition" label={`轻微问题的处置方式（可选，${citationText(rules?.dispositionsCitation ?? '')}）`}>
                  <Select allowClear options={(rules?.dispositions ?? []).map((d) => ({ value: d.key, label: d.label }))} />
                </Form.Item>
              )}
            </>
          )}
          {action === 'clear' && (
            <>
              <Form.Item name="scope" label={`澄清方式（${citationText(rules?.clearanceCitation ?? '')}）`} rules={[{ required: true, message: '请选择澄清方式' }]}>
                <Radio.Group options={(rules?.clearanceScopes ?? []).map((d) => ({ value: d.key, label: d.label }))} />
              </Form.Item>
              <Form.Item name="detail" label="澄清的范围和方式" rules={[{ required: true, min: 2, message: '请写明澄清的范围和方式' }]}>
                <Input maxLength={500} placeholder="如：在所在部门全体教职工会议上澄清事实" />
              </Form.Item>
            </>
          )}
          {action === 'refer' && (
            <Form.Item name="note" label="移送情况" rules={[{ required: true, min: 5, message: '请写明移送情况（不少于 5 个字）' }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
