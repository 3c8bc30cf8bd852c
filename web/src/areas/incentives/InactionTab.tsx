import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Timeline, Typography } from 'antd';
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

type Case = NonNullable<Awaited<ReturnType<typeof load>>>[number];
type Action = 'remind' | 'verify' | 'admonish' | 'propose' | 'decide';
const load = () => call(api.GET('/api/inaction'));
const NEXT: Record<string, Action[]> = { signaled: ['remind', 'propose'], reminded: ['verify'], admonished: ['verify'], uncorrected: ['admonish', 'propose'], proposed: ['decide'] };
const TITLES: Record<Action, string> = { remind: '提醒并提出整改要求', verify: '核查整改情况', admonish: '诫勉处理', propose: '提出组织调整建议', decide: '集体研究决定' };
const COLORS: Record<string, string> = { signaled: 'orange', reminded: 'processing', admonished: 'processing', uncorrected: 'red', corrected: 'green', proposed: 'volcano', decided: 'default' };

interface Values {
  on: Dayjs;
  requirements?: string;
  deadline?: Dayjs;
  corrected?: boolean;
  note?: string;
  adjustment?: string;
  reason?: string;
  meetingRef?: string;
  decision?: string;
}

/** 为官不为 (第14条): each matter from its signal to its end, the next step offered as the regulation allows it. */
export function InactionTab() {
  const { message } = App.useApp();
  const { data, loading, reload } = useApi(load, []);
  const { data: rules } = useApi(() => call(api.GET('/api/inaction/rules')), []);
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<{ c: Case; action: Action } | null>(null);
  const [form] = Form.useForm<{ personId: number; signal: string; signalDetail: string; signaledOn: Dayjs }>();
  const [actForm] = Form.useForm<Values>();
  const adjustments = (rules?.adjustments ?? []).map((a) => ({ value: a.key, label: a.label }));
  const run = (v: Values) => {
    const on = v.on.format('YYYY-MM-DD');
    const a = acting!.action;
    const body =
      a === 'remind' ? { action: a, on, requirements: v.requirements ?? '', deadline: v.deadline!.format('YYYY-MM-DD') }
      : a === 'admonish' ? { action: a, on, note: v.note ?? '', deadline: v.deadline!.format('YYYY-MM-DD') }
      : a === 'verify' ? { action: a, on, corrected: !!v.corrected, note: v.note ?? '' }
      : a === 'propose' ? { action: a, on, adjustment: v.adjustment ?? '', reason: v.reason ?? '' }
      : { action: a, on, meetingRef: v.meetingRef ?? null, decision: v.decision ?? '', note: v.note ?? '' };
    return call(api.POST('/api/inaction/{id}/actions', { params: { path: { id: acting!.c.id } }, body }));
  };
  return (
    <>
      {rules && <Alert style={{ marginBottom: 12 }} type="info" showIcon message={`对不作为苗头性、倾向性问题及时提醒并提出整改要求；经教育提醒、诫勉处理没有改正或群众反映比较强烈的，采取${adjustments.map((a) => a.label).join('、')}等方式进行组织处理（${citationText(rules.citation ?? '')}）。`} />}
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setCreating(true)}>
        登记不作为问题
      </Button>
      <CardTable
        layout={{ title: 'name', tags: ['状态', 'signalLabel'], testId: 'inaction-card' }}
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (c) => <Timeline items={c.steps.map((s) => ({ children: <span>{s.on} {s.action}：{s.note}（{s.actorName}）</span> }))} /> }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90, render: (v, c) => <Link to={`/people/${c.personId}`}>{v}</Link> },
          { title: '渠道', dataIndex: 'signalLabel', width: 150 },
          { title: '反映的问题', dataIndex: 'signalDetail', ellipsis: true },
          { title: '发现日期', dataIndex: 'signaledOn', width: 110 },
          { title: '整改期限', dataIndex: 'deadline', width: 110, render: (v, c) => (v && ['reminded', 'admonished'].includes(c.status) ? <Typography.Text type={v < appToday().format('YYYY-MM-DD') ? 'danger' : undefined}>{v}</Typography.Text> : '—') },
          { title: '状态', width: 200, render: (_, c) => <Space direction="vertical" size={0}><Tag color={COLORS[c.status]}>{c.statusLabel}</Tag>{c.proposedAdjustmentLabel && <Typography.Text type="secondary">建议：{c.proposedAdjustmentLabel}</Typography.Text>}{c.decisionLabel && <Typography.Text>决定：{c.decisionLabel}</Typography.Text>}</Space> },
          {
            title: '',
            width: 230,
            render: (_, c) => (
              <Space wrap>
                {(NEXT[c.status] ?? []).filter((a) => a !== 'propose' || c.status === 'uncorrected' || c.signal === 'strong_feedback' || c.signal === 'rotation_refusal').map((a) => (
                  <Button key={a} size="small" onClick={() => (actForm.resetFields(), setActing({ c, action: a }))}>
                    {TITLES[a]}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title="登记不作为问题"
        open={creating}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={() => submitForm(form, message, (v) => call(api.POST('/api/inaction', { body: { ...v, signaledOn: v.signaledOn.format('YYYY-MM-DD') } })), '已登记', () => (setCreating(false), reload()))}
      >
        <Form form={form} layout="vertical" initialValues={{ signal: 'complaint', signaledOn: appToday() }}>
          <Form.Item name="personId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="signal" label="发现渠道">
            <Select options={(rules?.signals ?? []).map((s) => ({ value: s.key, label: s.label }))} />
          </Form.Item>
          <Form.Item name="signalDetail" label="反映的问题" rules={[{ required: true, min: 5, message: '请写明反映的问题' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="signaledOn" label="发现日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={acting ? `${TITLES[acting.action]}：${acting.c.name}` : ''} open={!!acting} onCancel={() => setActing(null)} destroyOnHidden onOk={() => submitForm(actForm, message, run, '已办理', () => (setActing(null), reload()))}>
        <Form form={actForm} layout="vertical" initialValues={{ on: appToday(), corrected: true }}>
          <Form.Item name="on" label={acting?.action === 'decide' ? '会议日期' : '日期'} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          {acting?.action === 'remind' && (
            <Form.Item name="requirements" label="整改要求" rules={[{ required: true, min: 5, message: '请写明整改要求' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {(acting?.action === 'remind' || acting?.action === 'admonish') && (
            <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
              <DatePicker />
            </Form.Item>
          )}
          {acting?.action === 'verify' && (
            <Form.Item name="corrected" label="核查结论">
              <Radio.Group options={[{ value: true, label: '已改正' }, { value: false, label: '未改正' }]} />
            </Form.Item>
          )}
          {acting?.action === 'propose' && (
            <>
              <Form.Item name="adjustment" label="组织调整方式" rules={[{ required: true, message: '请选择' }]}>
                <Select options={acting.c.signal === 'rotation_refusal' ? (rules?.refusalAdjustments ?? []).map((a) => ({ value: a.key, label: a.label })) : adjustments} />
              </Form.Item>
              <Form.Item name="reason" label="建议理由" rules={[{ required: true, min: 5, message: '请写明理由' }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
          {acting?.action === 'decide' && (
            <>
              <Form.Item name="meetingRef" label="会议纪要编号" rules={[{ required: true, message: '组织调整须经集体研究决定' }]}>
                <Input />
              </Form.Item>
              <Form.Item name="decision" label="决定" rules={[{ required: true, message: '请选择' }]}>
                <Select options={[...adjustments, { value: 'not_adjusted', label: '不作组织调整' }]} />
              </Form.Item>
            </>
          )}
          {acting && ['verify', 'admonish', 'decide'].includes(acting.action) && (
            <Form.Item name="note" label={acting.action === 'verify' ? '核查情况' : acting.action === 'admonish' ? '诫勉情况' : '决定内容'} rules={[{ required: true, min: acting.action === 'decide' ? 2 : 5, message: '请填写' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
