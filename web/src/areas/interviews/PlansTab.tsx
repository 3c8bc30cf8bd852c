import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { type Dayjs } from 'dayjs';
import { appToday } from '../../today';
import { useNavigate } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { useInterviewRules } from './useInterviewRules';
import { submitForm } from '../../components/submitForm';
import { InterviewTable, thisYear, yearOptions } from './InterviewTable';
import { PLAN_STATUS_COLORS } from './labels';
import { cited, rule } from '../../rules';
import { term } from '../../vocabulary';
import { citationText } from '../../citations';
import { CardTable } from '../../components/CardTable';
import { useDrawerWidth } from '../../components/useDrawerWidth';

type Plan = NonNullable<Awaited<ReturnType<typeof loadPlans>>>[number];
const loadPlans = (year: number) => call(api.GET('/api/interview-plans', { params: { query: { year } } }));

interface PlanForm {
  kind: 'campaign' | 'department';
  departmentId?: number;
  quarter?: number;
  title: string;
  summary: string;
}

/** 约谈计划: campaigns (planned by discipline, approved by the leading group) and departments' quarterly plans (四（三）). */
export function PlansTab() {
  const drawerWidth = useDrawerWidth(900);
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const nav = useNavigate();
  const [year, setYear] = useState(thisYear());
  const deptHeadOnly = !can('interview.manage') && !!me?.roles.some((r) => r.role === 'dept_head') && !me?.roles.some((r) => ['principal', 'leader', 'org', 'office'].includes(r.role));
  const [kind, setKind] = useState<'campaign' | 'department' | 'all'>(deptHeadOnly ? 'department' : 'campaign');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Plan | null>(null);
  const [approving, setApproving] = useState<Plan | null>(null);
  const [form] = Form.useForm<PlanForm>();
  const [approveForm] = Form.useForm<{ on: Dayjs; meetingRef: string; returnReason?: string }>();
  const { data, error, loading, reload } = useApi(() => loadPlans(year), [year]);
  const rules = useInterviewRules();
  const { data: depts } = useApi(() => call(api.GET('/api/departments')), []);
  const myDepts = (depts ?? []).filter((d) => me?.scope.all || me?.scope.departmentIds?.includes(d.id));
  const openId = open?.id;
  const planInterviews = useApi(() => (openId ? call(api.GET('/api/interviews', { params: { query: { view: 'all', planId: openId } as never } })) : Promise.resolve([])), [openId]);
  const act = async (p: Plan, body: { action: 'submit' } | { action: 'file'; on: string } | { action: 'return'; reason: string }, ok: string) => {
    try {
      await call(api.POST('/api/interview-plans/{id}/actions', { params: { path: { id: p.id } }, body }));
      message.success(ok);
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const campaigns = (data ?? []).filter((p) => p.kind === 'campaign');
  const approvedDone = campaigns.filter((p) => p.status === 'approved' && p.interviews > 0 && p.held === p.interviews).length;
  return (
    <>
      {rules && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={`集中约谈每年不少于 ${rules.campaignsPerYear} 次，本年已完成 ${approvedDone} 次；计划报学校领导小组批准后组织实施，拟谈话函询的一并纳入计划。${rule('interviews.department_plan_period') ? `各部门约谈计划${term(null, String(rule('interviews.department_plan_period')!.value))}送纪检监察室备案${cited('interviews.department_plan_period')}。` : ''}`}
          description={`依据 ${citationText(rules.planCitation ?? '')}`}
        />
      )}
      <Space style={{ marginBottom: 12 }} wrap>
        <Select value={year} onChange={setYear} options={yearOptions()} style={{ width: 110 }} />
        <Radio.Group optionType="button" value={kind} onChange={(e) => setKind(e.target.value)} options={[{ value: 'campaign', label: '集中约谈计划' }, { value: 'department', label: '部门季度计划' }, { value: 'all', label: '全部' }]} />
        {can('interview.organize') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-plan">
            制定计划
          </Button>
        )}
      </Space>
      {error && <Alert type="error" message={error} />}
      <CardTable
        layout={{ title: 'title', tags: ['statusLabel', 'kindLabel'], actions: ['办理'], testId: 'plan-card' }}
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={(data ?? []).filter((p) => kind === 'all' || p.kind === kind)}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: kind === 'department' ? '本年度还没有部门季度约谈计划' : '本年度还没有集中约谈计划' }}
        columns={[
          { title: '计划', dataIndex: 'title', render: (v, p) => <a onClick={() => setOpen(p)}>{v}</a> },
          { title: '类型', dataIndex: 'kindLabel', width: 130 },
          { title: '部门', dataIndex: 'departmentName', width: 170, render: (v) => v ?? '—' },
          { title: '约谈 / 已谈 / 函询', width: 130, render: (_, p) => `${p.interviews} / ${p.held} / ${p.inquiries}` },
          { title: '状态', dataIndex: 'statusLabel', width: 130, render: (v, p) => <Tag color={PLAN_STATUS_COLORS[p.status]}>{v}</Tag> },
          { title: '批准或报备', width: 210, render: (_, p) => (p.approvedOn ? `${p.approvedOn}（${p.meetingRef}）` : (p.filedOn ?? p.submittedOn ?? '—')) },
          {
            title: '办理',
            width: 200,
            render: (_, p) => (
              <Space>
                {p.may.submit && (
                  <Button size="small" onClick={() => act(p, { action: 'submit' }, '已报学校领导小组审批')} data-testid={`submit-plan-${p.id}`}>
                    报批
                  </Button>
                )}
                {p.may.approve && (
                  <Button size="small" type="primary" onClick={() => setApproving(p)} data-testid={`approve-plan-${p.id}`}>
                    审批
                  </Button>
                )}
                {p.may.file && (
                  <Button size="small" onClick={() => act(p, { action: 'file', on: appToday().format('YYYY-MM-DD') }, '已报纪检监察室备案')}>
                    报备
                  </Button>
                )}
                {p.may.edit && p.kind === 'campaign' && (
                  <Button size="small" onClick={() => nav(`/interviews/new?plan=${p.id}`)}>
                    增加对象
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title="制定约谈计划"
        open={creating}
        okText="保存"
        onCancel={() => setCreating(false)}
        onOk={() => submitForm(form, message, (v) => call(api.POST('/api/interview-plans', { body: { ...v, year, quarter: v.quarter ?? null, departmentId: v.departmentId ?? null } })), '计划已保存，请安排约谈对象', () => (setCreating(false), reload()))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ kind: can('interview.manage') ? 'campaign' : 'department', quarter: Math.floor(appToday().month() / 3) + 1, departmentId: myDepts[0]?.id }}>
          <Form.Item name="kind" label="计划类型">
            <Radio.Group options={[...(can('interview.manage') ? [{ value: 'campaign', label: '集中约谈计划（报领导小组批准）' }] : []), { value: 'department', label: '部门季度约谈计划（报纪检监察室备案）' }]} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('kind') === 'department' && (
                <Space>
                  <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
                    <Select style={{ width: 240 }} options={myDepts.map((d) => ({ value: d.id, label: d.name }))} />
                  </Form.Item>
                  <Form.Item name="quarter" label="季度" rules={[{ required: true }]}>
                    <InputNumber min={1} max={4} addonAfter="季度" />
                  </Form.Item>
                </Space>
              )
            }
          </Form.Item>
          <Form.Item name="title" label="计划名称" rules={[{ required: true, min: 4, message: '请填写计划名称' }]}>
            <Input placeholder={`${year} 年下半年党员干部集中约谈`} />
          </Form.Item>
          <Form.Item name="summary" label="问题线索梳理和约谈重点" rules={[{ required: true, min: 10, message: '请写明问题线索梳理情况和约谈重点（不少于 10 个字）' }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`审批：${approving?.title ?? ''}`}
        open={!!approving}
        okText="批准"
        onCancel={() => setApproving(null)}
        footer={(_, { OkBtn, CancelBtn }) => (
          <>
            <CancelBtn />
            <Button
              danger
              onClick={() => {
                const reason = (approveForm.getFieldValue('returnReason') as string | undefined)?.trim();
                if (!reason || reason.length < 5) return approveForm.setFields([{ name: 'returnReason', errors: ['退回须写明理由（不少于 5 个字）'] }]);
                void act(approving!, { action: 'return', reason }, '已退回纪检监察室').then(() => setApproving(null));
              }}
            >
              退回
            </Button>
            <OkBtn />
          </>
        )}
        onOk={() =>
          submitForm(
            approveForm,
            message,
            (v) => call(api.POST('/api/interview-plans/{id}/actions', { params: { path: { id: approving!.id } }, body: { action: 'approve', on: v.on.format('YYYY-MM-DD'), meetingRef: v.meetingRef } })),
            '领导小组已批准，可以组织实施',
            () => (setApproving(null), reload()),
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{approving?.summary}</Typography.Paragraph>
        <Form form={approveForm} layout="vertical" initialValues={{ on: appToday() }}>
          <Form.Item name="on" label="领导小组审批日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="meetingRef" label="会议纪要编号" rules={[{ required: true, message: '请填写会议纪要编号' }]}>
            <Input placeholder="约谈领导小组〔2026〕6号" />
          </Form.Item>
          <Form.Item name="returnReason" label="退回理由（退回时填写）">
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Drawer width={drawerWidth} open={!!open} onClose={() => setOpen(null)} title={open?.title}>
        {open && (
          <>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered items={[
              { label: '类型', children: open.kindLabel },
              { label: '状态', children: <Tag color={PLAN_STATUS_COLORS[open.status]}>{open.statusLabel}</Tag> },
              { label: '问题线索和约谈重点', children: open.summary, span: 'filled' as const },
              ...(open.returnReason ? [{ label: '退回理由', children: open.returnReason, span: 'filled' as const }] : []),
            ]} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>计划中的约谈</Typography.Title>
            <InterviewTable rows={planInterviews.data ?? []} loading={planInterviews.loading} empty="计划中还没有约谈对象" />
          </>
        )}
      </Drawer>
    </>
  );
}
