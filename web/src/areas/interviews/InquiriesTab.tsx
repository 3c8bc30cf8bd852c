import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { useInterviewRules } from './useInterviewRules';
import { submitForm } from '../../components/submitForm';
import { PersonPicker } from '../../components/PersonPicker';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';

type Inquiry = NonNullable<Awaited<ReturnType<typeof load>>>[number];
const load = () => call(api.GET('/api/written-inquiries', { params: { query: {} } }));
type Step = { w: Inquiry; action: 'send' | 'reply' | 'assess' };
const STATUS_COLORS: Record<string, string> = { draft: 'default', sent: 'processing', replied: 'warning', assessed: 'success' };

/** 谈话函询: letters, reply deadlines in working days, replies and their assessment. */
export function InquiriesTab() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const [form] = Form.useForm<{ targetPersonId: number; planId?: number; matter: string; questions: string }>();
  const [stepForm] = Form.useForm<{ on: Dayjs; reply?: string; assessment?: string; note?: string }>();
  const { data, error, loading, reload } = useApi(load, []);
  const rules = useInterviewRules();
  const manage = can('interview.manage');
  const { data: plans } = useApi(() => (manage ? call(api.GET('/api/interview-plans', { params: { query: { kind: 'campaign' } } })) : Promise.resolve([])), [manage]);
  const today = appToday().format('YYYY-MM-DD');
  return (
    <>
      {rules && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`被函询人应自发函之日起 ${rules.inquiryReplyWorkingDays} 个工作日内书面答复${rules.inquiryReplyIsDefault ? '（期限为系统默认，参照监督执纪工作规则）' : ''}。拟谈话函询的须纳入约谈计划，经学校领导小组批准后发函（${citationText(rules.planCitation ?? '')}）。`}
        />
      )}
      {can('interview.manage') && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setCreating(true)}>
          拟谈话函询
        </Button>
      )}
      {error && <Alert type="error" message={error} />}
      <CardTable
        layout={{ title: 'matter', tags: ['状态'], testId: 'inquiry-card' }}
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有谈话函询' }}
        expandable={{ expandedRowRender: (w) => <Space direction="vertical">{w.questions && <span>需说明的问题：{w.questions}</span>}{w.reply && <span>答复：{w.reply}</span>}{w.assessmentNote && <span>评估意见：{w.assessmentNote}</span>}</Space> }}
        columns={[
          { title: '被函询人', dataIndex: 'targetName', width: 90 },
          { title: '部门', dataIndex: 'departmentName', width: 160 },
          { title: '反映的问题', dataIndex: 'matter', ellipsis: true },
          { title: '所属计划', dataIndex: 'planTitle', width: 200, ellipsis: true, render: (v) => v ?? <Typography.Text type="warning">未纳入计划</Typography.Text> },
          { title: '发函', dataIndex: 'sentOn', width: 100, render: (v) => v ?? '—' },
          {
            title: '答复期限',
            width: 150,
            render: (_, w) => (w.replyDue ? <Typography.Text type={w.overdue ? 'danger' : undefined}>{w.replyDue}{w.overdue ? '（已逾期）' : ''}{w.replyDueProvisional ? '（暂按周末推算）' : ''}</Typography.Text> : '—'),
          },
          { title: '状态', width: 170, render: (_, w) => <Space size={4}><Tag color={STATUS_COLORS[w.status]}>{w.statusLabel}</Tag>{w.assessmentLabel && <Tag>{w.assessmentLabel}</Tag>}</Space> },
          {
            title: '',
            width: 90,
            render: (_, w) =>
              w.may.send ? <Button size="small" onClick={() => setStep({ w, action: 'send' })}>发函</Button>
              : w.may.reply ? <Button size="small" type="primary" onClick={() => setStep({ w, action: 'reply' })}>{w.mine ? '答复' : '登记答复'}</Button>
              : w.may.assess ? <Button size="small" onClick={() => setStep({ w, action: 'assess' })}>评估</Button>
              : null,
          },
        ]}
      />
      <Modal
        title="拟谈话函询"
        open={creating}
        okText="保存"
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={() => submitForm(form, message, (v) => call(api.POST('/api/written-inquiries', { body: { ...v, planId: v.planId ?? null } })), '已保存；计划经领导小组批准后即可发函', () => (setCreating(false), reload()))}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="targetPersonId" label="被函询人" rules={[{ required: true, message: '请选择被函询人' }]}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="planId" label="纳入约谈计划">
            <Select allowClear options={(plans ?? []).filter((p) => p.may.edit).map((p) => ({ value: p.id, label: p.title }))} placeholder="选择草拟中的集中约谈计划" />
          </Form.Item>
          <Form.Item name="matter" label="反映的问题" rules={[{ required: true, min: 5, message: '请写明反映的问题' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="questions" label="需说明的问题" rules={[{ required: true, min: 5, message: '请写明需说明的问题' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={step?.action === 'send' ? '发出函询' : step?.action === 'reply' ? '书面答复' : '评估答复'}
        open={!!step}
        onCancel={() => setStep(null)}
        destroyOnHidden
        onOk={() =>
          submitForm(
            stepForm,
            message,
            (v) => {
              const on = v.on.format('YYYY-MM-DD');
              const body = step!.action === 'send' ? { action: 'send' as const, on } : step!.action === 'reply' ? { action: 'reply' as const, on, reply: v.reply ?? '' } : { action: 'assess' as const, on, assessment: v.assessment as 'accepted', note: v.note ?? '' };
              return call(api.POST('/api/written-inquiries/{id}/actions', { params: { path: { id: step!.w.id } }, body }));
            },
            '已办理',
            () => (setStep(null), reload()),
          )
        }
      >
        <Form form={stepForm} layout="vertical" initialValues={{ on: appToday() }}>
          <Form.Item name="on" label={step?.action === 'send' ? '发函日期' : step?.action === 'reply' ? '答复日期' : '评估日期'} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
          </Form.Item>
          {step?.action === 'reply' && (
            <Form.Item name="reply" label="答复内容" rules={[{ required: true, min: 10, message: '请如实作出书面说明（不少于 10 个字）' }]}>
              <Input.TextArea rows={6} />
            </Form.Item>
          )}
          {step?.action === 'assess' && (
            <>
              <Form.Item name="assessment" label="评估结论" rules={[{ required: true, message: '请选择评估结论' }]}>
                <Select options={[{ value: 'accepted', label: '采信了结' }, { value: 'further_check', label: '需进一步核实' }, { value: 'interview', label: '转询问示警约谈' }, { value: 'handling', label: '提出处理意见' }]} />
              </Form.Item>
              <Form.Item name="note" label="评估意见" rules={[{ required: true, min: 5, message: '请写明评估意见' }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
